package org.scaletasks.clientgen.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scaletasks.clientgen.cases.CaseHarness.assertJsonEquals;
import static org.scaletasks.clientgen.cases.CaseHarness.should;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scaletasks.clientgen.cases.CaseHarness.GeneratedClient;
import org.scaletasks.clientgen.cases.CaseHarness.SpecVariant;

/** Scale metadata and annotation attributes keyed by arbitrary strings. */
class Case34ScaleMetadataHyphenKeysTest {

  private static final String CASE = "34-scale-metadata-hyphen-keys";
  private static final String METADATA_JSON =
      "{\"newKey\":\"New Value\",\"newKey-1\":\"New Value\",\"\":\"empty key\",\"a.b\":{\"c\":[1,true,null]},"
          + "\"\u043a\u043b\u044e\u0447\":\"\u0437\u043d\u0430\u0447\u0435\u043d\u0438\u0435\",\"with space\":1.5}";

  @TempDir static Path work;
  private static GeneratedClient client;
  private static String sentMetadata;

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
  void requestHasOnlyDeclaredProperties() {
    Class<?> request = client.model("VideoAnnotationTaskRequest");
    assertThat(client.properties(request).keySet())
        .containsExactlyInAnyOrder("attachment", "metadata", "annotation_attributes");
    Class<?> metadataType =
        CaseHarness.GeneratedClient.method(request, client.accessorName(request, "metadata")).getReturnType();
    assertThat(Map.class).isAssignableFrom(metadataType);
  }

  private static String sendMetadata() throws Exception {
    if (sentMetadata != null) {
      return sentMetadata;
    }
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("newKey", "New Value");
    metadata.put("newKey-1", "New Value");
    metadata.put("", "empty key");
    metadata.put("a.b", Map.of("c", Arrays.asList(1, true, null)));
    metadata.put("\u043a\u043b\u044e\u0447", "\u0437\u043d\u0430\u0447\u0435\u043d\u0438\u0435");
    metadata.put("with space", 1.5);
    Object request =
        client.build(
            client.model("VideoAnnotationTaskRequest"),
            Map.of("attachment", "https://example.test/clip.mp4", "metadata", metadata));
    try (LoopbackServer server = new LoopbackServer()) {
      server.answer(200, "{\"task_id\":\"t1\"}");
      CaseHarness.GeneratedClient.invoke(client.client(server.baseUrl()), "createVideoAnnotationTask", request);
      sentMetadata = CaseHarness.parseStrict(server.onlyRequest().body()).get("metadata").toString();
      return sentMetadata;
    }
  }

  @Test
  void metadataKeysSentVerbatim() throws Exception {
    assertJsonEquals(METADATA_JSON, sendMetadata());
  }

  @Test
  void metadataKeepsInsertionOrder() throws Exception {
    List<String> sent = CaseHarness.fieldNames(CaseHarness.parseStrict(sendMetadata()));
    should(sent.equals(CaseHarness.fieldNames(CaseHarness.parseStrict(METADATA_JSON))),
        "metadata members are sent in the order " + sent);
  }

  @Test
  void annotationAttributesRoundTrip() throws Exception {
    String json =
        "{\"attachment\":\"https://example.test/c.mp4\",\"annotation_attributes\":{\"newKey-1\":{\"type\":\"category\",\"description\":\"d\","
            + "\"choices\":[\"yes\",\"no\"],\"conditions\":{\"label_condition\":[\"car\"],\"attribute_conditions\":{\"newKey-1\":\"New Value\",\"x y\":\"z\"}}}}}";
    assertJsonEquals(json, client.write(client.read(json, client.model("VideoAnnotationTaskRequest"))));
  }

  @Test
  void responseMetadataEmptyOrAbsent() throws Exception {
    for (String answer : List.of("{\"task_id\":\"t1\",\"metadata\":{}}", "{\"task_id\":\"t1\"}")) {
      try (LoopbackServer server = new LoopbackServer()) {
        server.answer(200, answer);
        Object request =
            client.build(client.model("VideoAnnotationTaskRequest"), Map.of("attachment", "https://example.test/clip.mp4"));
        Object task = CaseHarness.GeneratedClient.invoke(client.client(server.baseUrl()), "createVideoAnnotationTask", request);
        Object metadata = client.get(task, "metadata");
        JsonNode expected = CaseHarness.parseStrict(answer).get("metadata");
        if (expected != null) {
          assertThat((Map<?, ?>) metadata).isEmpty();
        } else {
          assertThat(metadata == null || ((Map<?, ?>) metadata).isEmpty()).isTrue();
        }
      }
    }
  }
}
