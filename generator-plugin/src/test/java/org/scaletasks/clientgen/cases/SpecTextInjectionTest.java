package org.scaletasks.clientgen.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scaletasks.clientgen.ClientGenerator;
import org.scaletasks.clientgen.spec.SpecException;

/**
 * Puts hostile text from a fixed pool into every place of a document that reaches the generated
 * code (titles, descriptions, summaries, operation ids, schema and property names, enum values,
 * defaults and examples), with a seeded random choice per place. Schema names come from a pool
 * of names that OpenAPI allows but Java does not take as they are. The output must compile,
 * document cleanly under doclint, and declare no member whose name comes from the hostile text.
 */
class SpecTextInjectionTest {

  /** Text that would break out of a comment, a string literal or a template if not escaped. */
  private static final List<String> HOSTILE =
      List.of(
          "*/ public static void evilMethod() {} /*",
          "\\u000a public static int evilField; //",
          "\" + evilCall() + \"",
          "\\\"; evilCall(); //",
          "{{#model}}evil{{/model}}",
          "}}{{{evilName}}}{{",
          "<script>alert('evil')</script> &amp; &lt;",
          "line\u2028separator\u2029paragraph",
          "@param evil {@link Evil} @throws",
          "crlf\r\ninjected\tline",
          "gr\u00f6\u00dfe \ud83d\ude00 \u00e9t\u00e9",
          "x".repeat(3000),
          "class",
          "default",
          "__proto__",
          "$ref",
          "-",
          "",
          " ",
          "\\",
          "/* unterminated",
          "evilName */",
          "${evilProperty}");

  /**
   * Schema names that OpenAPI allows ({@code ^[a-zA-Z0-9.\-_]+$}) but that clash with Java:
   * keywords, {@code java.lang} types, names the generated code uses, leading digits.
   */
  private static final List<String> SCHEMA_NAMES =
      List.of(
          "class", "default", "Object", "String", "List", "Builder", "Json", "Violations", "1st",
          "a.b", "_", "-", "x--y", "ToString", "ApiException", "HostileClient", "model", "Model");

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path work;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void hostileTextStaysInert(int seed) throws Exception {
    Random random = new Random(seed);
    Path spec = work.resolve("spec.json");
    Files.writeString(spec, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document(random)));
    Path sources = work.resolve("generated");

    try {
      new ClientGenerator()
          .generate(
              new ClientGenerator.Settings(
                  spec, null, sources, work.resolve("state.properties"), "org.example.hostile", "HostileClient", "test", true));
    } catch (SpecException e) {
      throw new AssertionError("generation rejected a valid document: " + e.getMessage(), e);
    }

    Path classes = Files.createDirectories(work.resolve("classes"));
    assertThat(CaseHarness.compile(sources, classes)).as("javac errors").isEmpty();
    if (seed <= 2) {
      assertThat(CaseHarness.javadoc(sources, work.resolve("javadoc"))).as("javadoc errors").isEmpty();
    }
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      for (Path file : CaseHarness.javaFiles(sources)) {
        String relative = sources.relativize(file).toString().replace('\\', '/');
        String className = relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
        assertNoInjectedMember(loader.loadClass(className));
      }
    }
  }

  private static void assertNoInjectedMember(Class<?> type) {
    List<String> names = new ArrayList<>();
    names.add(type.getSimpleName());
    for (Method method : type.getDeclaredMethods()) {
      names.add(method.getName());
    }
    for (Field field : type.getDeclaredFields()) {
      names.add(field.getName());
    }
    for (Class<?> nested : type.getDeclaredClasses()) {
      assertNoInjectedMember(nested);
    }
    for (String name : names) {
      String lower = name.toLowerCase(Locale.ROOT);
      boolean fromHostileCode =
          lower.equals("evilmethod") || lower.equals("evilfield") || lower.equals("evilcall");
      assertThat(fromHostileCode).as("member %s of %s comes from document text", name, type.getName()).isFalse();
    }
  }

  private static String pick(Random random) {
    return HOSTILE.get(random.nextInt(HOSTILE.size()));
  }

  /** A document with one operation, a model with three properties and an enumeration. */
  private static ObjectNode document(Random random) {
    ObjectNode document = JSON.createObjectNode();
    document.put("openapi", "3.0.3");
    ObjectNode info = document.putObject("info");
    info.put("title", pick(random));
    info.put("description", pick(random));
    info.put("version", pick(random).isBlank() ? "1" : pick(random));
    document.putArray("servers").addObject().put("url", "https://api.example.com/v1");

    String modelName = SCHEMA_NAMES.get(random.nextInt(SCHEMA_NAMES.size()));
    String enumName = SCHEMA_NAMES.get(random.nextInt(SCHEMA_NAMES.size())) + "Kind";
    ObjectNode operation = document.putObject("paths").putObject("/things").putObject("post");
    operation.put("operationId", "create " + pick(random));
    operation.put("summary", pick(random));
    operation.put("description", pick(random));
    operation
        .putObject("requestBody")
        .put("required", true)
        .putObject("content")
        .putObject("application/json")
        .putObject("schema")
        .put("$ref", "#/components/schemas/" + pointerEscape(modelName));
    ObjectNode ok = operation.putObject("responses").putObject("200");
    ok.put("description", pick(random));
    ok.putObject("content").putObject("application/json").putObject("schema")
        .put("$ref", "#/components/schemas/" + pointerEscape(modelName));

    ObjectNode schemas = document.putObject("components").putObject("schemas");
    ObjectNode model = schemas.putObject(modelName);
    model.put("type", "object");
    model.put("description", pick(random));
    ObjectNode properties = model.putObject("properties");
    for (int i = 0; i < 3; i++) {
      ObjectNode property = properties.putObject(pick(random) + i);
      property.put("type", "string");
      property.put("description", pick(random));
      property.put("default", pick(random));
      property.put("example", pick(random));
      property.put("pattern", "^.*$");
    }
    properties.putObject("kind").put("$ref", "#/components/schemas/" + pointerEscape(enumName));

    ObjectNode enumeration = schemas.putObject(enumName);
    enumeration.put("type", "string");
    enumeration.put("description", pick(random));
    ArrayNode values = enumeration.putArray("enum");
    for (int i = 0; i < 4; i++) {
      values.add(pick(random) + (i == 0 ? "" : Integer.toString(i)));
    }
    return document;
  }

  private static String pointerEscape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
