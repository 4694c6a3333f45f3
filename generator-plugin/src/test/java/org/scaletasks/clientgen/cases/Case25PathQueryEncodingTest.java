package org.scaletasks.clientgen.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scaletasks.clientgen.cases.CaseHarness.GeneratedClient;
import org.scaletasks.clientgen.cases.CaseHarness.SpecVariant;

/** Percent-encoding of path segments, form-encoding of query values and header checks. */
class Case25PathQueryEncodingTest {

  private static final String CASE = "25-path-query-encoding";

  @TempDir static Path work;
  private static GeneratedClient client;

  @BeforeAll
  static void generate() throws Exception {
    client = CaseHarness.generate(CASE, SpecVariant.ORIGINAL, work);
  }

  /** Calls {@code getFile} with the optional parameters in {@code values} and returns the request. */
  private static LoopbackServer.Request getFile(String folder, String name, Map<String, ?> values) throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      server.answer(200, "{\"size\":1}");
      Object api = client.client(server.baseUrl() + "/api/v1");
      GeneratedClient.invoke(api, "getFile", folder, name, client.params("GetFileParams", values));
      return server.onlyRequest();
    }
  }

  /** Path-decodes one segment: percent-decoding as UTF-8, with {@code +} kept as it is. */
  private static String pathDecoded(String segment) {
    return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static List<String> segments(LoopbackServer.Request request) {
    List<String> segments = Arrays.asList(request.rawPath().split("/", -1));
    return segments.subList(1, segments.size());
  }

  private static List<Map.Entry<String, String>> query(LoopbackServer.Request request) {
    return CaseHarness.formDecodedQuery(request.rawQuery());
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
  void pathValuesStayOneSegmentEach() throws Exception {
    LoopbackServer.Request request = getFile("a b/c+d", "100% done?#1.txt", Map.of());
    List<String> segments = segments(request);
    assertThat(segments).hasSize(6);
    assertThat(segments.subList(0, 3)).containsExactly("api", "v1", "folders");
    assertThat(pathDecoded(segments.get(3))).isEqualTo("a b/c+d");
    assertThat(segments.get(4)).isEqualTo("files");
    assertThat(pathDecoded(segments.get(5))).isEqualTo("100% done?#1.txt");
    assertThat(request.rawQuery()).isNull();
  }

  @Test
  void queryValueKeepsPlusAndAmpersand() throws Exception {
    LoopbackServer.Request request = getFile("f", "n", Map.of("q", "1+1=2 & more"));
    assertThat(query(request)).containsExactly(Map.entry("q", "1+1=2 & more"));
  }

  @Test
  void explodedArrayRepeatsKey() throws Exception {
    LoopbackServer.Request request = getFile("f", "n", Map.of("tag", List.of("red", "blue green", "a&b")));
    assertThat(query(request))
        .containsExactly(Map.entry("tag", "red"), Map.entry("tag", "blue green"), Map.entry("tag", "a&b"));
  }

  @Test
  void unexplodedArrayJoinsWithCommas() throws Exception {
    LoopbackServer.Request request = getFile("f", "n", Map.of("ids", List.of(1L, 2L, 3L)));
    assertThat(query(request)).containsExactly(Map.entry("ids", "1,2,3"));
  }

  @Test
  void dateTimeKeepsOffset() throws Exception {
    OffsetDateTime since = OffsetDateTime.parse("2024-03-10T08:30:00+05:30");
    LoopbackServer.Request request = getFile("f", "n", Map.of("since", since));
    assertThat(query(request)).containsExactly(Map.entry("since", "2024-03-10T08:30:00+05:30"));
  }

  @Test
  void nonAsciiPathIsUtf8() throws Exception {
    LoopbackServer.Request request = getFile("\u00e9/\u00fc", "n", Map.of());
    assertThat(pathDecoded(segments(request).get(3))).isEqualTo("\u00e9/\u00fc");
  }

  @Test
  void nullParametersAreNotSent() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      server.answer(200, "{\"size\":1}");
      GeneratedClient.invoke(client.client(server.baseUrl() + "/api/v1"), "getFile", "f", "n");
      assertThat(server.onlyRequest().rawQuery()).isNull();
      assertThat(server.onlyRequest().headers()).doesNotContainKey("X-trace");
    }
  }

  @Test
  void headerNewlineIsRejected() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      Object api = client.client(server.baseUrl() + "/api/v1");
      Object params = client.params("GetFileParams", Map.of("xTrace", "a\nb"));
      assertThatThrownBy(() -> GeneratedClient.invoke(api, "getFile", "f", "n", params))
          .hasMessageContaining("X-Trace");
      assertThat(server.requests()).isEmpty();
    }
  }
}
