package org.scaletasks.clientgen.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scaletasks.clientgen.cases.CaseHarness.should;

import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scaletasks.clientgen.cases.CaseHarness.GeneratedClient;
import org.scaletasks.clientgen.cases.CaseHarness.SpecVariant;

/** A Scale task response with members, enumeration values and shapes the spec does not list. */
class Case37ScaleTaskUnknownValuesTest {

  private static final String CASE = "37-scale-task-unknown-values";
  private static final String TASK_JSON =
      "{\"task_id\":\"6425f1\",\"created_at\":\"2024-05-01T10:00:00.000Z\",\"updated_at\":\"2024-05-01T10:00:01.000Z\","
          + "\"type\":\"imageannotation\",\"status\":\"on_hold\",\"instruction\":\"Label cars\",\"is_test\":false,"
          + "\"urgency\":\"standard\",\"metadata\":{\"batch-no\":7},\"project\":\"p\",\"callback_url\":\"http://cb.test/x\","
          + "\"work_started\":false,\"params\":{\"attachment_type\":\"website\",\"attachment\":[\"u1\",\"u2\"]},"
          + "\"audit\":{\"reviewer\":\"r1\",\"passes\":2},\"sequence\":12}";

  @TempDir static Path work;
  private static GeneratedClient client;
  private static Object task;

  @BeforeAll
  static void generate() throws Exception {
    client = CaseHarness.generate(CASE, SpecVariant.ORIGINAL, work);
  }

  private static Object fetchTask() throws Exception {
    if (task == null) {
      try (LoopbackServer server = new LoopbackServer()) {
        server.answer(200, TASK_JSON);
        Object api = client.client(server.baseUrl());
        java.lang.reflect.Method create = null;
        for (java.lang.reflect.Method method : api.getClass().getMethods()) {
          if (method.getName().equals("createVideoPlaybackAnnotationTask") && method.getParameterCount() == 1) {
            create = method;
          }
        }
        assertThat(create).isNotNull();
        Object request = client.build(create.getParameterTypes()[0], Map.of("attachment", "a"));
        task = create.invoke(api, request);
      }
    }
    return task;
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
  void taskReadsKnownMembers() throws Exception {
    Object read = fetchTask();
    assertThat(client.get(read, "task_id")).isEqualTo("6425f1");
    assertThat(client.get(read, "is_test")).isEqualTo(false);
    assertThat(((Map<?, ?>) client.get(read, "metadata")).get("batch-no")).isEqualTo(7);
  }

  @Test
  void unknownEnumValuesStayDistinct() throws Exception {
    Object read = fetchTask();
    assertUnknown(client.get(read, "type"), client.model("TaskType"), "imageannotation");
    assertUnknown(client.get(read, "status"), client.model("TaskStatus"), "on_hold");
  }

  private static void assertUnknown(Object value, Class<?> type, String text) throws Exception {
    assertThat(value).isNotNull();
    assertThat(String.valueOf(value)).isEqualTo(text);
    assertThat(CaseHarness.GeneratedClient.invoke(value, "isKnown")).isEqualTo(false);
    for (var field : type.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == type) {
        assertThat(value).isNotEqualTo(field.get(null));
      }
    }
  }

  @Test
  void unknownMembersAreKept() throws Exception {
    Map<String, ?> extra = (Map<String, ?>) CaseHarness.GeneratedClient.invoke(fetchTask(), "additionalProperties");
    assertThat(extra.keySet()).containsExactlyInAnyOrder("audit", "sequence");
  }

  @Test
  void paramsKeepsResponseShapes() throws Exception {
    Map<?, ?> params = (Map<?, ?>) client.get(fetchTask(), "params");
    assertThat(params.get("attachment")).isEqualTo(List.of("u1", "u2"));
    assertThat(params.get("attachment_type")).isEqualTo("website");
  }

  @Test
  void taskSerializesAsReceived() throws Exception {
    String written = client.write(fetchTask());
    JsonEquality equality = new JsonEquality(written);
    should(equality.equalsJson(TASK_JSON), "the serialized task differs: " + written);
  }

  @Test
  void knownValuesGiveConstants() throws Exception {
    Object read = client.read("{\"task_id\":\"t\",\"type\":\"videoannotation\",\"status\":\"completed\"}", client.model("Task"));
    assertThat(client.get(read, "type")).isSameAs(client.model("TaskType").getField("VIDEOANNOTATION").get(null));
    assertThat(client.get(read, "status")).isSameAs(client.model("TaskStatus").getField("COMPLETED").get(null));
  }

  /** A non-failing form of {@link CaseHarness#assertJsonEquals}, for a SHOULD check. */
  private record JsonEquality(String actual) {
    boolean equalsJson(String expected) {
      try {
        CaseHarness.assertJsonEquals(expected, actual);
        return true;
      } catch (AssertionError e) {
        return false;
      }
    }
  }
}
