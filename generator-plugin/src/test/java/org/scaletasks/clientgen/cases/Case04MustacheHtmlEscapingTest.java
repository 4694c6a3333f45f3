package org.scaletasks.clientgen.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
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
    client = CaseHarness.generate(CASE, SpecVariant.WITHOUT_PARAMETERS, work);
  }

  @Test
  @Disabled("exportReport has path and header parameters, which the client does not support yet:"
      + " generation of the original spec fails; the other checks use the spec without parameters")
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
  @Disabled("the client sends a fixed Content-Type: application/json; client.mustache needs the"
      + " operation's request media type")
  void contentTypeKeepsCharsetParameter() {}

  @Test
  @Disabled("the client sends a fixed Accept: application/json; client.mustache needs the"
      + " operation's response media type")
  void acceptKeepsQuotedParameter() {}

  @Test
  void vendorJsonResponseKeepsNote() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      server.answer(200, "application/vnd.acme.export+json; version=\"2\"", "{\"id\":\"j1\",\"note\":\"<none> & 'pending'\"}");
      Object api = client.client(server.baseUrl());
      Object request = client.build(client.model("ExportRequest"), Map.of());
      Object job = CaseHarness.GeneratedClient.invoke(api, "exportReport", request);
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
  @Disabled("header parameters are not supported by the client yet, so X-Filter is never sent")
  void filterDefaultIsSentVerbatim() {}
}
