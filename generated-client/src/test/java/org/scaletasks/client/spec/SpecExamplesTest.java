package org.scaletasks.client.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Validates every request example and 200 response example of the document against its schema. */
class SpecExamplesTest {

  private static SpecValidator validator;

  @BeforeAll
  static void createValidator() {
    validator = new SpecValidator();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"segmentannotation", "videoannotation", "videoplaybackannotation"})
  void examplesMatchTheirSchemas(String taskType) throws Exception {
    String path = "/task/" + taskType;
    JsonNode operation = validator.document().path("paths").path(path).path("post");
    JsonNode requestExamples =
        operation.path("requestBody").path("content").path("application/json").path("examples");
    JsonNode responseExamples =
        operation.path("responses").path("200").path("content").path("application/json").path("examples");

    assertThat(requestExamples.size()).as("request examples of POST %s", path).isPositive();
    assertThat(responseExamples.size()).as("200 examples of POST %s", path).isPositive();

    for (Map.Entry<String, JsonNode> example : requestExamples.properties()) {
      String body = SpecValidator.JSON.writeValueAsString(example.getValue().path("value"));
      List<SpecValidator.Finding> findings = validator.validateRequest(path, body);
      assertThat(findings).as("request example %s of POST %s", example.getKey(), path).isEmpty();
    }
    for (Map.Entry<String, JsonNode> example : responseExamples.properties()) {
      JsonNode value = example.getValue().path("value");
      List<SpecValidator.Finding> findings =
          validator.validateResponse(path, SpecValidator.JSON.writeValueAsString(value));
      assertThat(findings).as("200 example %s of POST %s", example.getKey(), path).isEmpty();
      assertThat(value.path("type").asText())
          .as("type of 200 example %s of POST %s", example.getKey(), path)
          .isEqualTo(taskType);
    }
  }
}
