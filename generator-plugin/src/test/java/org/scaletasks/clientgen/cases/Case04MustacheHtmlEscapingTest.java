package org.scaletasks.clientgen.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scaletasks.clientgen.cases.CaseHarness.GeneratedClient;
import org.scaletasks.clientgen.cases.CaseHarness.SpecVariant;

/** Characters that Mustache HTML-escapes, in values that land in Java code and HTTP headers. */
class Case04MustacheHtmlEscapingTest {

  private static final String CASE = "04-mustache-html-escaping";
  private static final List<String> ENTITIES =
      List.of("&#x3D;", "&#61;", "&quot;", "&#34;", "&lt;", "&gt;", "&amp;", "&#39;", "&#x27;", "&#x60;");
  private static final List<String> FORMATS =
      List.of("csv", "a<b", "x=y", "it's", "fish&chips", "`tick`", "\"q\"", "k>v");

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
  void codeHasNoHtmlEntities() throws Exception {
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, String> file : client.allSources().entrySet()) {
      String code = file.getValue().replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
      for (String entity : ENTITIES) {
        if (code.contains(entity)) {
          found.add(file.getKey() + ": " + entity);
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void contentTypeKeepsCharsetParameter() throws Exception {
    LoopbackServer.Request request = exportOnce();
    assertThat(request.headers().get("Content-type")).containsExactly("application/json;charset=utf-8");
  }

  @Test
  void acceptKeepsQuotedParameter() throws Exception {
    LoopbackServer.Request request = exportOnce();
    assertThat(request.headers().get("Accept")).containsExactly("application/vnd.acme.export+json; version=\"2\"");
  }

  /** Calls {@code exportReport} once with no optional parameters and returns the request sent. */
  private static LoopbackServer.Request exportOnce() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      server.answer(200, "application/vnd.acme.export+json; version=\"2\"", "{\"id\":\"j1\"}");
      Object api = client.client(server.baseUrl());
      Object request = client.build(client.model("ExportRequest"), Map.of());
      CaseHarness.GeneratedClient.invoke(api, "exportReport", "r1", request);
      return server.onlyRequest();
    }
  }

  @Test
  void vendorJsonResponseKeepsNote() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      server.answer(200, "application/vnd.acme.export+json; version=\"2\"", "{\"id\":\"j1\",\"note\":\"<none> & 'pending'\"}");
      Object api = client.client(server.baseUrl());
      Object request = client.build(client.model("ExportRequest"), Map.of());
      Object job = CaseHarness.GeneratedClient.invoke(api, "exportReport", "r1", request);
      assertThat(client.get(job, "id")).isEqualTo("j1");
      assertThat(client.get(job, "note")).isEqualTo("<none> & 'pending'");
    }
  }

  @Test
  void formatValuesRoundTrip() throws Exception {
    Class<?> format = client.model("ExportRequest$Format");
    for (String value : FORMATS) {
      String json = client.mapper().writeValueAsString(value);
      assertThat(client.write(client.read(json, format))).isEqualTo(json);
    }
  }

  @Test
  void filterDefaultIsSentVerbatim() throws Exception {
    List<String> sentWithoutValue = exportOnce().headers().get("X-filter");
    if (sentWithoutValue != null) {
      assertThat(sentWithoutValue).containsExactly("region=eu&year>2020");
    }
    try (LoopbackServer server = new LoopbackServer()) {
      server.answer(200, "application/vnd.acme.export+json; version=\"2\"", "{\"id\":\"j1\"}");
      Object api = client.client(server.baseUrl());
      Object request = client.build(client.model("ExportRequest"), Map.of());
      Object params = client.params("ExportReportParams", Map.of("xFilter", "region=eu&year>2020"));
      CaseHarness.GeneratedClient.invoke(api, "exportReport", "r1", request, params);
      assertThat(server.onlyRequest().headers().get("X-filter")).containsExactly("region=eu&year>2020");
    }
  }
}
