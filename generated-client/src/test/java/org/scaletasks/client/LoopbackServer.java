package org.scaletasks.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on 127.0.0.1 that records each request and returns the queued responses,
 * or 500 when none is queued.
 */
final class LoopbackServer implements AutoCloseable {

  /** One request as the server received it; header names are lower case. */
  record RecordedRequest(String method, String path, Map<String, List<String>> headers, String body) {

    String header(String name) {
      List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
      return values == null || values.isEmpty() ? null : values.get(0);
    }
  }

  /** A response to send, after waiting {@code delayMillis}. */
  record QueuedResponse(int status, Map<String, String> headers, String body, long delayMillis) {}

  private final HttpServer server;
  private final BlockingQueue<RecordedRequest> requests = new LinkedBlockingQueue<>();
  private final BlockingQueue<QueuedResponse> responses = new LinkedBlockingQueue<>();

  LoopbackServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
  }

  /** Returns the base URL, for example {@code http://127.0.0.1:54321/v1}. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  void enqueue(int status, String body) {
    responses.add(new QueuedResponse(status, Map.of("Content-Type", "application/json"), body, 0));
  }

  void enqueue(int status, Map<String, String> headers, String body) {
    responses.add(new QueuedResponse(status, headers, body, 0));
  }

  void enqueueDelayed(int status, String body, long delayMillis) {
    responses.add(new QueuedResponse(status, Map.of("Content-Type", "application/json"), body, delayMillis));
  }

  /** Waits up to five seconds for the next request. */
  RecordedRequest takeRequest() throws InterruptedException {
    RecordedRequest request = requests.poll(5, TimeUnit.SECONDS);
    if (request == null) {
      throw new AssertionError("the server received no request within 5 seconds");
    }
    return request;
  }

  int requestCount() {
    return requests.size();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Map<String, List<String>> headers = new java.util.TreeMap<>();
    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), List.copyOf(values)));
    requests.add(
        new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), headers, body));
    QueuedResponse response = responses.poll();
    if (response == null) {
      response = new QueuedResponse(500, Map.of(), "{\"message\":\"no response queued\"}", 0);
    }
    if (response.delayMillis() > 0) {
      try {
        Thread.sleep(response.delayMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
