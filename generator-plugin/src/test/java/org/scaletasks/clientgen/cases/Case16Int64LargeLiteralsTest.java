package org.scaletasks.clientgen.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scaletasks.clientgen.cases.CaseHarness.assertJsonEquals;
import static org.scaletasks.clientgen.cases.CaseHarness.should;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scaletasks.clientgen.cases.CaseHarness.GeneratedClient;
import org.scaletasks.clientgen.cases.CaseHarness.SpecVariant;

/** int64 values, bounds and defaults beyond the int range and beyond 2^53. */
class Case16Int64LargeLiteralsTest {

  private static final String CASE = "16-int64-large-literals";

  @TempDir static Path work;
  private static GeneratedClient client;

  @BeforeAll
  static void generate() throws Exception {
    client = CaseHarness.generate(CASE, SpecVariant.ORIGINAL, work);
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
  void limitBytesKeepsAllDigits() throws Exception {
    String json = "{\"limitBytes\":9007199254740993}";
    Object quota = client.read(json, client.model("Quota"));
    assertThat(client.get(quota, "limitBytes")).isEqualTo(9007199254740993L);
    assertThat(client.write(quota)).isEqualTo(json);
  }

  @Test
  void usedBytesHoldsMoreThanInt() throws Exception {
    String json = "{\"usedBytes\":3000000000}";
    Object quota = client.read(json, client.model("Quota"));
    assertThat(String.valueOf(client.get(quota, "usedBytes"))).isEqualTo("3000000000");
    assertThat(client.write(quota)).isEqualTo(json);
  }

  @Test
  void filesRejectsValueBeyondInt32() {
    assertThatThrownBy(() -> client.read("{\"files\":3000000000}", client.model("Quota")))
        .isInstanceOf(com.fasterxml.jackson.core.JacksonException.class);
  }

  @Test
  void exactSizeKeepsDigits() throws Exception {
    for (String json : List.of("{\"exactSize\":0.1}", "{\"exactSize\":12345678901234567890}")) {
      String written = client.write(client.read(json, client.model("Quota")));
      assertThat(written).isEqualTo(json);
    }
  }

  @Test
  void getQuotaPutsMaxLongInPath() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      server.answer(200, "{}");
      CaseHarness.GeneratedClient.invoke(client.client(server.baseUrl()), "getQuota", 9223372036854775807L);
      assertThat(server.onlyRequest().rawPath()).isEqualTo("/quotas/9223372036854775807");
    }
  }

  @Test
  void boundsKeepFullValue() {
    Class<?> quota = client.model("Quota");
    client.build(quota, Map.of("limitBytes", 10000000000000L, "usedBytes", 1000000000000L));
    boolean limitChecked = rejects(quota, Map.of("limitBytes", 10000000000001L));
    boolean usedChecked = rejects(quota, Map.of("usedBytes", 1000000000001L));
    boolean minimumChecked = rejects(quota, Map.of("limitBytes", -1L));
    should(limitChecked && usedChecked && minimumChecked,
        "validate() does not enforce maximum 10000000000000 and minimum 0 of limitBytes, or maximum 1e12 of usedBytes");
  }

  private static boolean rejects(Class<?> type, Map<String, ?> values) {
    try {
      client.build(type, values);
      return false;
    } catch (IllegalArgumentException e) {
      return true;
    }
  }
}
