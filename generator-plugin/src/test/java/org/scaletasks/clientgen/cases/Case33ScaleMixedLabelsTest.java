package org.scaletasks.clientgen.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scaletasks.clientgen.cases.CaseHarness.assertJsonEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scaletasks.clientgen.cases.CaseHarness.GeneratedClient;
import org.scaletasks.clientgen.cases.CaseHarness.SpecVariant;

/** Scale segmentation labels that mix strings and LabelDescription objects, recursively. */
class Case33ScaleMixedLabelsTest {

  private static final String CASE = "33-scale-mixed-labels";

  @TempDir static Path work;
  private static GeneratedClient client;

  @BeforeAll
  static void generate() throws Exception {
    client = CaseHarness.generate(CASE, SpecVariant.ORIGINAL, work);
  }

  @Test
  void generateSucceeds() throws Exception {
    CaseHarness.generateSources(CASE, SpecVariant.ORIGINAL, work.resolve("again"));
  }

  @Test
  void generatedSourcesCompile() {
    assertThat(client.compileErrors()).isEmpty();
  }

  private static Object label(Object value) {
    return client.unionOf(client.model("Label"), value);
  }

  @Test
  void createTaskSendsMixedLabelsInOrder() throws Exception {
    Class<?> description = client.model("LabelDescription");
    Object truck = client.build(description, Map.of("choice", "truck", "description", "Any truck"));
    Object vehicle2 =
        client.build(description, Map.of("choice", "vehicle 2", "subchoices", List.of(label("car"), label(truck))));
    Object request =
        client.build(
            client.model("SegmentAnnotationTaskRequest"),
            Map.of(
                "attachment", "https://example.test/a.png",
                "labels", List.of(label("vehicle"), label(vehicle2), label("pedestrian"))));
    try (LoopbackServer server = new LoopbackServer()) {
      server.answer(200, "{\"task_id\":\"t1\"}");
      CaseHarness.GeneratedClient.invoke(client.client(server.baseUrl()), "createSegmentAnnotationTask", request);
      assertJsonEquals(
          "[\"vehicle\",{\"choice\":\"vehicle 2\",\"subchoices\":[\"car\",{\"choice\":\"truck\",\"description\":\"Any truck\"}]},\"pedestrian\"]",
          CaseHarness.parseStrict(server.onlyRequest().body()).get("labels").toString());
    }
  }

  @Test
  void responseLabelsKeepNulls() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      server.answer(
          200,
          "{\"task_id\":\"t1\",\"type\":\"segmentannotation\",\"status\":\"pending\",\"params\":{\"labels\":[\"vehicle\",null,{\"choice\":\"b\"}],\"instance_labels\":[null]}}");
      Object request =
          client.build(
              client.model("SegmentAnnotationTaskRequest"),
              Map.of("attachment", "https://example.test/a.png", "labels", List.of(label("x"))));
      Object task = CaseHarness.GeneratedClient.invoke(client.client(server.baseUrl()), "createSegmentAnnotationTask", request);
      Object params = client.get(task, "params");
      List<?> labels = (List<?>) client.get(params, "labels");
      assertThat(labels).hasSize(3);
      assertThat(CaseHarness.GeneratedClient.invoke(labels.get(0), "asString")).isEqualTo("vehicle");
      assertThat(labels.get(1)).isNull();
      Object described = CaseHarness.GeneratedClient.invoke(labels.get(2), "asLabelDescription");
      assertThat(client.get(described, "choice")).isEqualTo("b");
      List<?> instanceLabels = (List<?>) client.get(params, "instance_labels");
      assertThat(instanceLabels).hasSize(1);
      assertThat(instanceLabels.get(0)).isNull();
    }
  }

  @Test
  void nestedArrayLabelIsRejected() {
    String json = "{\"attachment\":\"https://example.test/a.png\",\"labels\":[[\"vehicle\"],\"vehicle 2\"]}";
    assertThatThrownBy(() -> client.read(json, client.model("SegmentAnnotationTaskRequest")))
        .hasMessageContaining("labels");
  }

  @Test
  void labelDescriptionRoundTripsRecursively() throws Exception {
    String json = "{\"choice\":\"a\",\"subchoices\":[{\"choice\":\"b\",\"subchoices\":[\"c\"]}]}";
    assertJsonEquals(json, client.write(client.read(json, client.model("LabelDescription"))));
  }
}
