package org.scaletasks.client.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lints the OpenAPI document with Spectral 6 and the ruleset {@code spec/.spectral.yaml}. Spectral
 * is installed into {@code spec/node_modules} from {@code spec/package-lock.json} when needed.
 */
class SpectralLintTest {

  private static final int SPECTRAL_TIMEOUT_MINUTES = 2;
  private static final int SEVERITY_ERROR = 0;

  @Test
  void spectralReportsNoError() throws Exception {
    String node = NodeTooling.installed();

    NodeTooling.Result lint =
        NodeTooling.run(
            List.of(node, "node_modules/.bin/spectral", "lint", "scale-tasks.yaml", "--format", "json"),
            SPECTRAL_TIMEOUT_MINUTES);
    JsonNode results;
    try {
      results = SpecValidator.JSON.readTree(lint.stdout());
    } catch (IOException e) {
      throw new AssertionError(
          "spectral lint wrote no JSON (exit code " + lint.exitCode() + "): " + lint.stdout() + lint.stderr(), e);
    }
    assertThat(results.isArray()).as("spectral output is a JSON array: %s", lint.stdout()).isTrue();

    List<String> errors = new ArrayList<>();
    for (JsonNode result : results) {
      String line = describe(result);
      if (result.path("severity").asInt() == SEVERITY_ERROR) {
        errors.add(line);
      } else {
        System.out.println("spectral warning: " + line);
      }
    }
    assertThat(errors).as("spectral errors in spec/scale-tasks.yaml").isEmpty();
  }

  /** Formats one result as {@code line:column code message}, with 1-based line and column. */
  private static String describe(JsonNode result) {
    JsonNode start = result.path("range").path("start");
    return (start.path("line").asInt() + 1) + ":" + (start.path("character").asInt() + 1)
        + " " + result.path("code").asText() + " " + result.path("message").asText()
        + " at " + result.path("path").toString();
  }
}
