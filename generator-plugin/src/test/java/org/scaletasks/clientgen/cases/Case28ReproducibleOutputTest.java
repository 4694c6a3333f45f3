package org.scaletasks.clientgen.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scaletasks.clientgen.ClientGenerator;
import org.scaletasks.clientgen.cases.CaseHarness.GeneratedClient;
import org.scaletasks.clientgen.render.TemplateLocator;

/**
 * Byte-identical output across runs, locales, time zones, default charsets, line separators,
 * schema order and template line endings. Runs A and B each generate in a new JVM, B with a
 * Turkish locale, the Tokyo time zone, ISO-8859-1 as default charset and CR LF as line separator.
 * The case's parameters are removed first, because the generator rejects them.
 */
class Case28ReproducibleOutputTest {

  private static final String CASE = "28-reproducible-output";
  private static final String PACKAGE = CaseHarness.packageName(CASE);
  private static final List<String> ITEM_ORDER =
      List.of("zeta", "alpha", "item_id", "status", "größe", "image", "tags");

  @TempDir static Path work;
  private static Path runA;
  private static Path runA2;
  private static Path runB;
  private static Path runC;
  private static GeneratedClient client;
  private static final List<LocalDate> RUN_DATES = new ArrayList<>();

  @BeforeAll
  static void generateRuns() throws Exception {
    Path specs = CaseHarness.copyWithoutParameters(CASE, work.resolve("spec"));
    Path spec = specs.resolve("spec.yaml");
    Path reversed = reverseSchemas(spec, specs.resolve("spec-reversed.yaml"));

    recordDates();
    runA = fork(List.of(), spec, "a");
    runA2 = fork(List.of(), spec, "a2");
    runB =
        fork(
            List.of(
                "-Duser.timezone=Asia/Tokyo",
                "-Duser.language=tr",
                "-Duser.country=TR",
                "-Dfile.encoding=ISO-8859-1",
                "-Dline.separator=\r\n"),
            spec,
            "b");
    runC = fork(List.of(), reversed, "c");
    recordDates();
    client = CaseHarness.generate(CASE, CaseHarness.SpecVariant.ORIGINAL, work.resolve("compiled"));
  }

  @Test
  void turkishLocaleOutputIsIdentical() throws IOException {
    assertThat(Case32ParseErrorLocationTest.snapshot(runB).keySet())
        .isEqualTo(Case32ParseErrorLocationTest.snapshot(runA).keySet());
    assertSameBytes(runA, runB);
  }

  @Test
  void noRunDateInOutput() throws IOException {
    for (Map.Entry<String, byte[]> file : Case32ParseErrorLocationTest.snapshot(runA).entrySet()) {
      String text = new String(file.getValue(), StandardCharsets.UTF_8);
      for (LocalDate date : RUN_DATES) {
        assertThat(text).as(file.getKey()).doesNotContain(date.toString());
      }
    }
  }

  @Test
  void outputIsUtf8WithLineFeeds() throws IOException {
    for (Map.Entry<String, byte[]> file : Case32ParseErrorLocationTest.snapshot(runB).entrySet()) {
      assertThat(isUtf8(file.getValue())).as(file.getKey() + " is UTF-8").isTrue();
      assertThat(new String(file.getValue(), StandardCharsets.UTF_8)).as(file.getKey()).doesNotContain("\r");
    }
  }

  @Test
  void descriptionAppearsInUtf8() throws IOException {
    assertThat(Files.readString(item(runB), StandardCharsets.UTF_8)).contains("Ein Artikel mit Größe.");
  }

  @Test
  void enumConstantsStayAscii() throws IOException {
    Path status = findEnum(runB);
    String source = Files.readString(status, StandardCharsets.UTF_8);

    for (String constant : List.of("PENDING", "IN_REVIEW", "ICE", "IDENTIFIED")) {
      assertThat(source).contains(" " + constant + " ");
    }
    // Javadoc may quote the document's text as it is; identifiers must stay ASCII.
    for (Map.Entry<String, byte[]> file : Case32ParseErrorLocationTest.snapshot(runB).entrySet()) {
      String code =
          new String(file.getValue(), StandardCharsets.UTF_8)
              .lines()
              .filter(line -> !line.strip().startsWith("*") && !line.strip().startsWith("/*") && !line.strip().startsWith("//"))
              .collect(java.util.stream.Collectors.joining("\n"));
      assertThat(code).as(file.getKey()).doesNotContain("İ");
    }
  }

  @Test
  void itemFieldsFollowSpecOrder() throws IOException {
    String source = Files.readString(item(runA), StandardCharsets.UTF_8);
    List<Integer> positions = new ArrayList<>();
    for (String name : ITEM_ORDER) {
      int position = source.indexOf("@JsonProperty(\"" + javaLiteral(name) + "\")");
      assertThat(position).as("@JsonProperty of " + name).isNotNegative();
      positions.add(position);
    }
    assertThat(positions).isSorted();
  }

  @Test
  void itemJsonKeysFollowSpecOrder() throws Exception {
    String json =
        "{\"tags\":[\"x\"],\"image\":{\"uri\":\"u\"},\"größe\":3,\"status\":\"ice\",\"item_id\":\"i\","
            + "\"alpha\":\"a\",\"zeta\":\"z\"}";
    JsonNode written = client.tree(client.write(client.read(json, client.model("Item"))));

    List<String> keys = new ArrayList<>();
    written.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactlyElementsOf(ITEM_ORDER);
  }

  @Test
  void schemaOrderDoesNotChangeModels() throws IOException {
    assertSameBytes(runA, runC);
  }

  @Test
  void backToBackRunsAreIdentical() throws IOException {
    assertSameBytes(runA, runA2);
  }

  @Test
  void uniqueTagsKeepOrder() throws Exception {
    String json = "{\"tags\":[\"b\",\"a\",\"c\"]}";

    assertThat(client.roundTrip(json, client.model("Item"))).isEqualTo(client.tree(json));
  }

  @Test
  void crlfTemplatesGiveSameOutput() throws Exception {
    Path templates = Files.createDirectories(work.resolve("crlf-templates"));
    for (String name : TemplateLocator.BUILT_IN_TEMPLATES) {
      try (InputStream in =
          TemplateLocator.class.getClassLoader().getResourceAsStream(TemplateLocator.BUILT_IN_FOLDER + name)) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        Files.writeString(templates.resolve(name), text.replace("\r\n", "\n").replace("\n", "\r\n"), StandardCharsets.UTF_8);
      }
    }
    Path spec = work.resolve("spec/spec.yaml");
    Path lf = generateInProcess(spec, null, "lf");
    Path crlf = generateInProcess(spec, templates, "crlf");

    assertSameBytes(lf, crlf);
    assertSameBytes(runA, lf);
  }

  private static Path generateInProcess(Path spec, Path templates, String name) throws Exception {
    Path output = work.resolve(name);
    new ClientGenerator()
        .generate(
            new ClientGenerator.Settings(
                spec, templates, output, work.resolve(name + ".state.properties"), PACKAGE, CaseHarness.CLIENT_CLASS, "test", true));
    return output;
  }

  private static Path fork(List<String> options, Path spec, String name) throws Exception {
    Path output = work.resolve(name);
    ForkedGeneration.run(options, work, spec.toString(), output.toString(), PACKAGE);
    return output;
  }

  private static void assertSameBytes(Path expected, Path actual) throws IOException {
    Map<String, byte[]> a = Case32ParseErrorLocationTest.snapshot(expected);
    Map<String, byte[]> b = Case32ParseErrorLocationTest.snapshot(actual);
    assertThat(b.keySet()).isEqualTo(a.keySet());
    for (Map.Entry<String, byte[]> file : a.entrySet()) {
      assertThat(b.get(file.getKey())).as(file.getKey()).isEqualTo(file.getValue());
    }
  }

  /** Returns the text of a Java string literal for {@code text}, with non-ASCII as escapes. */
  private static String javaLiteral(String text) {
    StringBuilder literal = new StringBuilder();
    for (char c : text.toCharArray()) {
      literal.append(c < 0x80 ? String.valueOf(c) : String.format(Locale.ROOT, "\\u%04x", (int) c));
    }
    return literal.toString();
  }

  private static Path item(Path output) {
    return output.resolve(PACKAGE.replace('.', '/') + "/model/Item.java");
  }

  private static Path findEnum(Path output) throws IOException {
    Path models = output.resolve(PACKAGE.replace('.', '/') + "/model");
    try (var files = Files.list(models)) {
      return files
          .filter(file -> {
            try {
              return Files.readString(file, StandardCharsets.UTF_8).contains("\"in_review\"");
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          })
          .findFirst()
          .orElseThrow(() -> new AssertionError("no model holds the status values"));
    }
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static void recordDates() {
    for (ZoneId zone : Set.of(ZoneOffset.UTC, ZoneId.of("Asia/Tokyo"), ZoneId.systemDefault())) {
      RUN_DATES.add(LocalDate.now(zone));
    }
  }

  /** Writes a copy of the spec with the component schemas in reverse order. */
  private static Path reverseSchemas(Path spec, Path target) throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    JsonNode root = yaml.readTree(spec.toFile());
    ObjectNode schemas = (ObjectNode) root.path("components").path("schemas");
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = schemas.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    Collections.reverse(names);
    ObjectNode reversed = schemas.objectNode();
    for (String name : names) {
      reversed.set(name, schemas.get(name));
    }
    ((ObjectNode) root.path("components")).set("schemas", reversed);
    yaml.writeValue(target.toFile(), root);
    return target;
  }
}
