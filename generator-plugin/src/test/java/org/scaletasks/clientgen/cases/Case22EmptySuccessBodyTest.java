package org.scaletasks.clientgen.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scaletasks.clientgen.cases.CaseHarness.GeneratedClient;
import org.scaletasks.clientgen.cases.CaseHarness.SpecVariant;

/** Success responses without a body: 204, 202, and a 200 with {@code Content-Length: 0}. */
class Case22EmptySuccessBodyTest {

  private static final String CASE = "22-empty-success-body";

  @TempDir static Path work;
  private static GeneratedClient client;

  @BeforeAll
  static void generate() throws Exception {
    client = CaseHarness.generate(CASE, SpecVariant.ORIGINAL, work);
  }

  private Object widget() {
    return client.build(client.model("Widget"), Map.of("id", "w1", "color", "red"));
  }

  private Object noOptions() {
    return GeneratedClient.invokeStatic(client.load(client.packageName() + ".RequestOptions"), "none");
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
  void deleteWidgetAccepts204() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      server.answer(204, "");
      Object result = GeneratedClient.invoke(client.client(server.baseUrl()), "deleteWidget", "w1");
      assertThat(result).isNull();
      assertThat(server.onlyRequest().method()).isEqualTo("DELETE");
      assertThat(server.onlyRequest().rawPath()).isEqualTo("/widgets/w1");
    }
  }

  @Test
  void deleteWidgetAccepts204WithJsonType() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      server.answer(204, "application/json", "");
      GeneratedClient.invoke(client.client(server.baseUrl()), "deleteWidget", "w1");
      assertThat(server.onlyRequest().method()).isEqualTo("DELETE");
    }
  }

  @Test
  void replaceWidgetHandlesEachStatus() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      Object api = client.client(server.baseUrl());
      server.answer(200, "{\"id\":\"w1\",\"color\":\"red\"}");
      Object stored = GeneratedClient.invoke(api, "replaceWidget", "w1", widget());
      assertThat(client.get(stored, "color")).isEqualTo("red");
      for (int status : new int[] {202, 204}) {
        server.answer(status, "");
        assertThat(GeneratedClient.invoke(api, "replaceWidget", "w1", widget())).as("body of %s", status).isNull();
        Object response = GeneratedClient.invoke(api, "replaceWidgetWithResponse", "w1", widget(), noOptions());
        assertThat(GeneratedClient.invoke(response, "statusCode")).isEqualTo(status);
        assertThat(GeneratedClient.invoke(response, "body")).isNull();
      }
      assertThat(server.requests()).allSatisfy(request -> assertThat(request.method()).isEqualTo("PUT"));
    }
  }

  @Test
  void touchWidgetEmpty200IsApiException() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      server.answer(200, "application/json", "");
      Object api = client.client(server.baseUrl());
      Throwable thrown = null;
      Object result = null;
      try {
        result = GeneratedClient.invoke(api, "touchWidget", "w1");
      } catch (RuntimeException e) {
        thrown = e;
      }
      if (thrown == null) {
        assertThat(result).isNull();
        return;
      }
      assertThat(thrown).isInstanceOf(client.load(client.packageName() + ".ApiException"));
      assertThat(thrown.getMessage()).contains("empty");
      assertThat(GeneratedClient.invoke(thrown, "statusCode")).isEqualTo(200);
    }
  }

  @Test
  void repeatedCallsDoNotLeakConnections() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      server.answer(204, "");
      Object api = client.client(server.baseUrl());
      long started = System.nanoTime();
      for (int i = 0; i < 200; i++) {
        GeneratedClient.invoke(api, "deleteWidget", "w1");
      }
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
      assertThat(server.requests()).hasSize(200);
    }
  }
}
