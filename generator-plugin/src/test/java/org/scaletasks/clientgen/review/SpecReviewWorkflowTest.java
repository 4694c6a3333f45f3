package org.scaletasks.clientgen.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Checks that {@code .github/workflows/spec-review.yml} runs the commands that {@link
 * GitBaselineReviewTest} runs locally.
 */
class SpecReviewWorkflowTest {

  @Test
  void triggersOnSpecAndTemplateChanges() {
    List<String> paths = new ArrayList<>();
    WorkflowFile.read().path("on").path("pull_request").path("paths").forEach(path -> paths.add(path.asText()));

    assertThat(paths).containsExactlyInAnyOrder("spec/**", "templates/**");
  }

  @Test
  void checksOutFullHistory() {
    JsonNode checkout = step("actions/checkout");

    assertThat(checkout.path("with").path("fetch-depth").asInt(-1)).isZero();
  }

  @Test
  void setsUpJdk17AndNode20() {
    assertThat(step("actions/setup-java").path("with").path("java-version").asText()).isEqualTo("17");
    assertThat(step("actions/setup-node").path("with").path("node-version").asText()).isEqualTo("20");
  }

  @Test
  void buildsPluginThenRunsReview() {
    List<String> commands = WorkflowFile.runCommands();

    assertThat(commands.get(0)).isEqualTo("./mvnw -B -ntp -pl generator-plugin -am install -DskipTests");
    assertThat(commands.get(1)).startsWith("./mvnw -B -ntp -N " + WorkflowFile.REVIEW_GOAL + " ");
  }

  @Test
  void reviewUsesLocalTestParameters() {
    Map<String, String> properties = WorkflowFile.reviewProperties();

    assertThat(properties)
        .containsExactly(
            Map.entry("clientgen.spec", "spec/scale-tasks.yaml"),
            Map.entry("clientgen.baselineRef", "origin/${{ github.base_ref }}"),
            Map.entry("clientgen.packageName", "org.scaletasks.client"),
            Map.entry("clientgen.clientClassName", "ScaleClient"));
  }

  @Test
  void reviewDoesNotAcceptBreaking() {
    assertThat(WorkflowFile.reviewProperties()).doesNotContainKey("clientgen.acceptBreaking");
  }

  @Test
  void publishesReportToStepSummary() {
    JsonNode publish = null;
    for (JsonNode step : WorkflowFile.read().path("jobs").path("review").path("steps")) {
      if (step.path("run").asText().contains("GITHUB_STEP_SUMMARY")) {
        publish = step;
      }
    }

    assertThat(publish).as("a step that writes to $GITHUB_STEP_SUMMARY").isNotNull();

    assertThat(publish.path("if").asText()).isEqualTo("always()");
    assertThat(publish.path("run").asText()).contains("cat target/clientgen-review.md >> \"$GITHUB_STEP_SUMMARY\"");
  }

  private static JsonNode step(String action) {
    for (JsonNode step : WorkflowFile.read().path("jobs").path("review").path("steps")) {
      if (step.path("uses").asText().startsWith(action + "@")) {
        return step;
      }
    }
    throw new AssertionError("no step uses " + action);
  }
}
