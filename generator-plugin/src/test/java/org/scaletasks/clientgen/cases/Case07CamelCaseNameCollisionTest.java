package org.scaletasks.clientgen.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scaletasks.clientgen.cases.CaseHarness.assertJsonEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scaletasks.clientgen.cases.CaseHarness.GeneratedClient;
import org.scaletasks.clientgen.cases.CaseHarness.SpecVariant;

/** JSON names that all become {@code unitPrice} in camelCase. */
class Case07CamelCaseNameCollisionTest {

  private static final String CASE = "07-camelcase-name-collision";
  private static final List<String> PRICE_NAMES =
      List.of("unit_price", "unitPrice", "unit-price", "__unit_price", "currency_code", "currencyCode");

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
  void priceEntryKeepsEachValueUnderItsKey() throws Exception {
    String json =
        "{\"unit_price\":1,\"unitPrice\":2,\"unit-price\":3,\"__unit_price\":4,\"currency_code\":\"eur\",\"currencyCode\":\"EUR\"}";
    assertJsonEquals(json, client.write(client.read(json, client.model("PriceEntry"))));
  }

  @Test
  void onlyUnitPriceSetWritesOneKey() throws Exception {
    Object entry = client.build(client.model("PriceEntry"), Map.of("unitPrice", new BigDecimal("2")));
    assertJsonEquals("{\"unitPrice\":2}", client.write(entry));
  }

  @Test
  void priceEntryHasSixProperties() {
    assertThat(client.properties(client.model("PriceEntry")).keySet()).containsExactlyInAnyOrderElementsOf(PRICE_NAMES);
  }

  @Test
  void exactJsonNameKeepsJavaName() throws Exception {
    Class<?> type = client.model("PriceEntry");
    Map<String, String> names = accessorNames(client, type);
    assertThat(names.get("unitPrice")).isEqualTo("unitPrice");
    assertThat(names.values()).doesNotHaveDuplicates();

    GeneratedClient again = CaseHarness.generate(CASE, SpecVariant.ORIGINAL, work.resolve("again"));
    assertThat(accessorNames(again, again.model("PriceEntry"))).isEqualTo(names);
  }

  private static Map<String, String> accessorNames(GeneratedClient generated, Class<?> type) {
    Map<String, String> names = new LinkedHashMap<>();
    for (String jsonName : PRICE_NAMES) {
      names.put(jsonName, generated.accessorName(type, jsonName));
    }
    return names;
  }

  @Test
  void listPricesSendsEachParameter() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      server.answer(200, "[]");
      Object api = client.client(server.baseUrl());
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("pageSize", 20L);
      values.put("pageSize2", 10L);
      values.put("pageSize3", "x");
      CaseHarness.GeneratedClient.invoke(api, "listPrices", client.params("ListPricesParams", values));
      LoopbackServer.Request request = server.onlyRequest();
      assertThat(CaseHarness.formDecodedQuery(request.rawQuery()))
          .containsExactly(Map.entry("page_size", "10"), Map.entry("pageSize", "20"));
      assertThat(request.headers().get("Page-size")).containsExactly("x");
    }
  }
}
