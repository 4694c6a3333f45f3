package org.scaletasks.clientgen.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scaletasks.clientgen.cases.CaseHarness.assertJsonEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scaletasks.clientgen.cases.CaseHarness.GeneratedClient;
import org.scaletasks.clientgen.cases.CaseHarness.SpecVariant;

/** The comment terminator {@code *}{@code /} in every text that may reach Javadoc. */
class Case01JavadocCommentTerminatorTest {

  private static final String CASE = "01-javadoc-comment-terminator";
  private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|lt|gt|amp|quot|apos);");

  @TempDir static Path work;
  private static GeneratedClient client;
  private static List<String> javadocErrors;

  @BeforeAll
  static void generate() throws Exception {
    client = CaseHarness.generate(CASE, SpecVariant.ORIGINAL, work);
    javadocErrors = CaseHarness.javadoc(client.sourceFolder(), work.resolve("html"));
  }

  @Test
  void generateSucceeds() throws Exception {
    CaseHarness.generateSources(CASE, SpecVariant.ORIGINAL, work.resolve("original"));
  }

  @Test
  void generatedSourcesCompile() {
    assertThat(client.compileErrors()).isEmpty();
  }

  @Test
  void javadocReportsNoErrors() {
    assertThat(javadocErrors).isEmpty();
  }

  @Test
  void archiveListPageKeepsTerminatorText() throws Exception {
    Path page = work.resolve("html").resolve(client.packageName().replace('.', '/')).resolve("model/ArchiveList.html");
    assertThat(decodedText(page)).contains("each path may contain */ segments");
  }

  @Test
  void clientPageKeepsParameterDescription() throws Exception {
    Path page = work.resolve("html").resolve(client.packageName().replace('.', '/')).resolve("CaseClient.html");
    assertThat(decodedText(page)).contains("Glob pattern, for example */2024/*");
  }

  @Test
  void archiveListRoundTrips() throws Exception {
    String json = "{\"paths\":[\"logs/*/app.log\",\"*/\"],\"kind\":\"glob\"}";
    assertJsonEquals(json, client.write(client.read(json, client.model("ArchiveList"))));
  }

  @Test
  void searchArchivesSendsPatternVerbatim() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      server.answer(200, "{\"paths\":[],\"kind\":\"glob\"}");
      Object api = client.client(server.baseUrl());
      Object params = client.params("SearchArchivesParams", Map.of("pattern", "*/daily/*"));
      CaseHarness.GeneratedClient.invoke(api, "searchArchives", params);
      List<Map.Entry<String, String>> query = CaseHarness.formDecodedQuery(server.onlyRequest().rawQuery());
      assertThat(query).containsExactly(Map.entry("pattern", "*/daily/*"));
    }
  }

  /** Returns the page's text with tags removed, entities decoded and white space collapsed. */
  private static String decodedText(Path page) throws Exception {
    String html = Files.readString(page, StandardCharsets.UTF_8).replaceAll("<[^>]*>", "");
    Matcher matcher = ENTITY.matcher(html);
    StringBuilder text = new StringBuilder();
    while (matcher.find()) {
      String entity = matcher.group(1);
      String decoded =
          switch (entity) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> Character.toString(
                entity.startsWith("#x")
                    ? Integer.parseInt(entity.substring(2), 16)
                    : Integer.parseInt(entity.substring(1)));
          };
      matcher.appendReplacement(text, Matcher.quoteReplacement(decoded));
    }
    matcher.appendTail(text);
    return text.toString().replaceAll("\\s+", " ");
  }
}
