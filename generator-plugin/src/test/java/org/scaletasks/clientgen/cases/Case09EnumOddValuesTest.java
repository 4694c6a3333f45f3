package org.scaletasks.clientgen.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scaletasks.clientgen.cases.CaseHarness.assertJsonEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scaletasks.clientgen.cases.CaseHarness.GeneratedClient;
import org.scaletasks.clientgen.cases.CaseHarness.SpecVariant;

/** Enumeration values that are not identifiers or collide once sanitized; numeric enumerations. */
class Case09EnumOddValuesTest {

  private static final String CASE = "09-enum-odd-values";
  private static final List<String> OFFSETS = List.of("UTC+1", "UTC-1", "UTC+01", "UTC");
  private static final List<String> BANDS =
      List.of("1", "5G", "5g", "", "a-b", "a_b", "A_B", "a b", "null", "TRUE", "class", "_");
  private static final List<String> MODES = List.of("+", "-", "*", "/");

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
  void stringValuesRoundTrip() throws Exception {
    Map<String, List<String>> values =
        Map.of("UtcOffset", OFFSETS, "Band", BANDS, "RadioConfig$Mode", MODES);
    for (Map.Entry<String, List<String>> entry : values.entrySet()) {
      Class<?> type = client.model(entry.getKey());
      for (String value : entry.getValue()) {
        String json = client.mapper().writeValueAsString(value);
        assertThat(client.write(client.read(json, type))).as("%s %s", entry.getKey(), json).isEqualTo(json);
      }
    }
  }

  @Test
  void constantsAreDistinct() throws Exception {
    assertDistinctConstants("UtcOffset", OFFSETS);
    assertDistinctConstants("Band", BANDS);
    assertDistinctConstants("RadioConfig$Mode", MODES);
  }

  private static void assertDistinctConstants(String typeName, List<String> values) throws Exception {
    Class<?> type = client.model(typeName);
    Set<Object> constants = new HashSet<>();
    for (var field : type.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == type) {
        constants.add(field.get(null));
      }
    }
    assertThat(constants).as("constants of %s", typeName).hasSize(values.size());
    Set<Object> read = new HashSet<>();
    for (String value : values) {
      Object constant = client.read(client.mapper().writeValueAsString(value), type);
      assertThat(constants).as("%s value '%s' gives a constant", typeName, value).contains(constant);
      read.add(System.identityHashCode(constant));
    }
    assertThat(read).as("%s values give distinct constants", typeName).hasSize(values.size());
  }

  @Test
  void stepIsJsonNumber() throws Exception {
    Class<?> config = client.model("RadioConfig");
    JsonNode written = client.tree(client.write(client.read("{\"step\":-1}", config)));
    assertThat(written.get("step").isNumber()).isTrue();
    assertThat(written.get("step").asLong()).isEqualTo(-1);
    Object ten = client.get(client.read("{\"step\":10}", config), "step");
    assertThat(new BigDecimal(String.valueOf(ten))).isEqualByComparingTo("10");
  }

  @Test
  void gainIsJsonNumber() throws Exception {
    Class<?> config = client.model("RadioConfig");
    for (String json : List.of("{\"gain\":1.5}", "{\"gain\":0.5}", "{\"gain\":1}")) {
      String written = client.write(client.read(json, config));
      assertJsonEquals(json, written);
      assertThat(client.tree(written).get("gain").isNumber()).isTrue();
    }
  }

  @Test
  void nullTextIsNotJavaNull() throws Exception {
    Class<?> config = client.model("RadioConfig");
    Object band = client.get(client.read("{\"band\":\"null\"}", config), "band");
    assertThat(band).isNotNull();
    assertThat(String.valueOf(band)).isEqualTo("null");
    assertThat(client.get(client.read("{\"band\":null}", config), "band")).isNull();
  }

  @Test
  void putRadioSendsBandAndOffset() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      Object api = client.client(server.baseUrl());
      Object config =
          client.build(
              client.model("RadioConfig"),
              Map.of("band", client.enumOf(client.model("Band"), "5G"), "offset", client.enumOf(client.model("UtcOffset"), "UTC-1")));
      CaseHarness.GeneratedClient.invoke(api, "putRadio", config);
      assertJsonEquals("{\"band\":\"5G\",\"offset\":\"UTC-1\"}", server.onlyRequest().body());
    }
  }
}
