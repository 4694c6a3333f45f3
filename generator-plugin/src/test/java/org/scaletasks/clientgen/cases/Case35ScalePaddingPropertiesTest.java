package org.scaletasks.clientgen.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scaletasks.clientgen.cases.CaseHarness.assertJsonEquals;
import static org.scaletasks.clientgen.cases.CaseHarness.should;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scaletasks.clientgen.cases.CaseHarness.GeneratedClient;
import org.scaletasks.clientgen.cases.CaseHarness.SpecVariant;

/** Scale video padding fields: camelCase next to snake_case, and 0 apart from "not set". */
class Case35ScalePaddingPropertiesTest {

  private static final String CASE = "35-scale-padding-properties";

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

  @Test
  void jsonNamesKeptExactly() {
    assertThat(client.properties(client.model("VideoFrameSettings")).keySet())
        .containsExactlyInAnyOrder(
            "attachment", "frame_rate", "start_time", "padding", "paddingX", "paddingY", "priority", "can_add_base_annotations");
  }

  private static String send(Map<String, ?> values) throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      server.answer(200, "{\"task_id\":\"t1\"}");
      Object request = client.build(client.model("VideoFrameSettings"), values);
      CaseHarness.GeneratedClient.invoke(client.client(server.baseUrl()), "createVideoAnnotationTask", request);
      return server.onlyRequest().body();
    }
  }

  @Test
  void zeroPaddingSentAndRestAbsent() throws Exception {
    assertJsonEquals("{\"attachment\":\"a\",\"padding\":0}", send(Map.of("attachment", "a", "padding", 0)));
  }

  @Test
  void zeroPaddingXSentBesidePadding() throws Exception {
    JsonNode body = CaseHarness.parseStrict(send(Map.of("attachment", "a", "padding", 10, "paddingX", 0)));
    assertThat(body.get("padding").asInt()).isEqualTo(10);
    assertThat(body.get("paddingX").isNumber()).isTrue();
    assertThat(body.get("paddingX").asInt()).isZero();
    assertThat(body.has("paddingY")).isFalse();
  }

  @Test
  void priorityIsJsonNumber() throws Exception {
    JsonNode body = CaseHarness.parseStrict(send(Map.of("attachment", "a", "priority", 30)));
    assertThat(body.get("priority").isNumber()).isTrue();
    assertThat(body.get("priority").asInt()).isEqualTo(30);
  }

  @Test
  void unsetPaddingStaysUnset() throws Exception {
    String json = "{\"attachment\":\"a\",\"paddingY\":5,\"frame_rate\":2}";
    Object settings = client.read(json, client.model("VideoFrameSettings"));
    assertThat(client.get(settings, "paddingY")).isEqualTo(5);
    assertThat(client.get(settings, "frame_rate")).isEqualTo(2);
    assertThat(client.get(settings, "padding")).isNull();
    assertThat(client.get(settings, "paddingX")).isNull();
    assertJsonEquals(json, client.write(settings));
  }

  @Test
  void gettersUseGetPrefix() {
    Class<?> type = client.model("VideoFrameSettings");
    List<String> names =
        List.of(
            client.accessorName(type, "padding"),
            client.accessorName(type, "paddingX"),
            client.accessorName(type, "paddingY"),
            client.accessorName(type, "frame_rate"));
    should(names.equals(List.of("getPadding", "getPaddingX", "getPaddingY", "getFrameRate")),
        "accessors are " + names + "; generated accessors have no get prefix by design");
  }
}
