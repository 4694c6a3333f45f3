package org.scaletasks.client.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checks the OpenAPI document itself: parser messages and the parameters of each endpoint. */
class SpecDocumentTest {

  private static final Path README = Path.of("..", "spec", "README.md");
  private static final Pattern COUNT_ROW =
      Pattern.compile("^\\| (\\w+) \\| [^|]+ \\| (\\d+) \\|", Pattern.MULTILINE);

  @Test
  void swaggerParserReportsNoMessage() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result =
        new OpenAPIV3Parser().readLocation(SpecValidator.SPEC.toString(), null, options);

    assertThat(result.getOpenAPI()).as("parsed document").isNotNull();
    assertThat(result.getMessages()).as("swagger-parser messages").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "segmentannotation, SegmentAnnotationTaskRequest, 15",
    "videoannotation, VideoAnnotationTaskRequest, 28",
    "videoplaybackannotation, VideoPlaybackAnnotationTaskRequest, 26"
  })
  void requestParametersMatchReadmeAndBuilder(String endpoint, String schema, int expectedCount)
      throws Exception {
    Set<String> properties = requestProperties(schema);

    assertThat(properties).as("properties of %s", schema).hasSize(expectedCount);
    assertThat(readmeCounts()).as("spec column of the parameter count table in %s", README)
        .containsEntry(endpoint, expectedCount);

    Class<?> builder = Class.forName("org.scaletasks.client.model." + schema + "$Builder");
    for (String property : properties) {
      String method = camelCase(property);
      assertThat(Arrays.stream(builder.getMethods()))
          .as("public one-argument method %s on %s for JSON property %s", method, builder.getName(), property)
          .anyMatch(m -> isSetter(m, method));
    }
  }

  /** Collects the properties of a request schema, flattening its allOf parts. */
  private static Set<String> requestProperties(String schema) {
    JsonNode schemas = new SpecValidator().document().path("components").path("schemas");
    Set<String> properties = new LinkedHashSet<>();
    for (JsonNode part : schemas.path(schema).path("allOf")) {
      JsonNode resolved = part;
      if (part.has("$ref")) {
        String ref = part.path("$ref").asText();
        resolved = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
      }
      resolved.path("properties").fieldNames().forEachRemaining(properties::add);
    }
    return properties;
  }

  private static Map<String, Integer> readmeCounts() throws IOException {
    String readme = Files.readString(README);
    String table = readme.substring(readme.indexOf("## Parameter counts"));
    Map<String, Integer> counts = new LinkedHashMap<>();
    Matcher matcher = COUNT_ROW.matcher(table);
    while (matcher.find()) {
      counts.put(matcher.group(1), Integer.parseInt(matcher.group(2)));
    }
    return counts;
  }

  private static boolean isSetter(Method method, String name) {
    return method.getName().equals(name)
        && method.getParameterCount() == 1
        && Modifier.isPublic(method.getModifiers());
  }

  /** Converts a JSON name to its Java name: {@code callback_url} to {@code callbackUrl}. */
  static String camelCase(String jsonName) {
    String[] words = jsonName.split("_");
    StringBuilder name = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return name.toString();
  }
}
