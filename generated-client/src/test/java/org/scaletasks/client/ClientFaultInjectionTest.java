package org.scaletasks.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scaletasks.client.model.BoxGeometry;
import org.scaletasks.client.model.Geometries;
import org.scaletasks.client.model.Task;
import org.scaletasks.client.model.VideoPlaybackAnnotationTaskRequest;

/**
 * Misbehaving servers: each fault ends in the documented outcome within the configured timeout,
 * and none makes the client send a task twice.
 */
class ClientFaultInjectionTest {

  private static final Duration TIMEOUT = Duration.ofMillis(500);

  private LoopbackServer server;

  @BeforeEach
  void start() throws IOException {
    server = new LoopbackServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void resetMidBodyFailsWithoutRetry() throws Exception {
    try (ScriptedServer scripted =
        new ScriptedServer(
            out -> {
              out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
                      + "{\"task_id\":")
                  .getBytes(StandardCharsets.US_ASCII));
              out.flush();
            })) {
      assertThatThrownBy(() -> client(scripted.baseUrl()).createVideoPlaybackAnnotationTask(request()))
          .isInstanceOfSatisfying(ApiIoException.class, e -> assertThat(e.isTimeout()).isFalse());
      assertThat(scripted.connections()).isEqualTo(1);
    }
  }

  @Test
  void stallAfterHeadersTimesOut() throws Exception {
    try (ScriptedServer scripted =
        new ScriptedServer(
            out -> {
              out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"
                  .getBytes(StandardCharsets.US_ASCII));
              out.flush();
              sleep(5_000);
            })) {
      long started = System.nanoTime();

      assertThatThrownBy(() -> client(scripted.baseUrl()).createVideoPlaybackAnnotationTask(request()))
          .isInstanceOfSatisfying(ApiIoException.class, e -> assertThat(e.isTimeout()).isTrue());
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
      assertThat(scripted.connections()).isEqualTo(1);
    }
  }

  @Test
  void largeBodyIsReadWhole() {
    StringBuilder metadata = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      metadata.append(i == 0 ? "" : ",").append("\"key-").append(i).append("\":\"value\"");
    }
    server.enqueue(200, "{\"task_id\":\"big\",\"metadata\":{" + metadata + "}}");

    Task task = client(server.baseUrl()).createVideoPlaybackAnnotationTask(request());

    assertThat(task.taskId()).isEqualTo("big");
    assertThat(task.metadata()).hasSize(100_000);
  }

  @Test
  void wrongContentTypeWithJsonBodyIsRead() {
    server.enqueue(200, Map.of("Content-Type", "text/plain"), "{\"task_id\":\"t-plain\"}");

    Task task = client(server.baseUrl()).createVideoPlaybackAnnotationTask(request());

    assertThat(task.taskId()).isEqualTo("t-plain");
  }

  @Test
  void redirectIsNotFollowed() {
    server.enqueue(302, Map.of("Location", "http://127.0.0.1:9/elsewhere"), "");

    assertThatThrownBy(() -> client(server.baseUrl()).createVideoPlaybackAnnotationTask(request()))
        .isInstanceOfSatisfying(
            ApiStatusException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(302);
              assertThat(e.header("location")).contains("http://127.0.0.1:9/elsewhere");
            });
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void emptySuccessBodyIsUnreadable() {
    server.enqueue(201, Map.of(), "");

    assertThatThrownBy(() -> client(server.baseUrl()).createVideoPlaybackAnnotationTask(request()))
        .isInstanceOfSatisfying(UnreadableResponseException.class, e -> assertThat(e.statusCode()).isEqualTo(201));
    assertThat(server.requestCount()).isEqualTo(1);
  }

  private static ScaleClient client(String baseUrl) {
    return ScaleClient.builder().baseUrl(baseUrl).apiKey("test_key").timeout(TIMEOUT).build();
  }

  private static VideoPlaybackAnnotationTaskRequest request() {
    return VideoPlaybackAnnotationTaskRequest.builder()
        .attachment("https://example.com/videos/drive.mp4")
        .geometries(Geometries.builder().box(BoxGeometry.builder().build()).build())
        .build();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** What a scripted server writes on each connection after reading the request head. */
  @FunctionalInterface
  private interface Script {
    void respond(OutputStream out) throws IOException;
  }

  /** A raw socket server on 127.0.0.1 that answers each connection with a script, then closes it. */
  private static final class ScriptedServer implements AutoCloseable {

    private final ServerSocket socket;
    private final AtomicInteger connections = new AtomicInteger();

    ScriptedServer(Script script) throws IOException {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      Thread acceptor =
          new Thread(
              () -> {
                while (!socket.isClosed()) {
                  try (Socket accepted = socket.accept()) {
                    connections.incrementAndGet();
                    readRequestHead(accepted.getInputStream());
                    script.respond(accepted.getOutputStream());
                  } catch (IOException e) {
                    return;
                  }
                }
              });
      acceptor.setDaemon(true);
      acceptor.start();
    }

    String baseUrl() {
      return "http://127.0.0.1:" + socket.getLocalPort();
    }

    int connections() {
      return connections.get();
    }

    private static void readRequestHead(InputStream in) throws IOException {
      int matched = 0;
      byte[] end = {'\r', '\n', '\r', '\n'};
      while (matched < end.length) {
        int next = in.read();
        if (next < 0) {
          return;
        }
        matched = next == end[matched] ? matched + 1 : (next == '\r' ? 1 : 0);
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
