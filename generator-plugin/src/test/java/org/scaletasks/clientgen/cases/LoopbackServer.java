package org.scaletasks.clientgen.cases;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTP server on 127.0.0.1 with an ephemeral port that records every request and sends one
 * canned answer, for the {@code [http]} checks of the case tests.
 */
final class LoopbackServer implements AutoCloseable {

  /**
   * One received request.
   *
   * @param method the HTTP method
   * @param rawPath the request path as sent, still percent-encoded
   * @param rawQuery the query string as sent, or null
   * @param headers the request headers; names as the JDK server normalizes them
   * @param body the request body as UTF-8 text
   */
  record Request(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, String body) {}

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private volatile int status = 200;
  private volatile String contentType = "application/json";
  private volatile String body = "{}";

  LoopbackServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] received = exchange.getRequestBody().readAllBytes();
          requests.add(
              new Request(
                  exchange.getRequestMethod(),
                  exchange.getRequestURI().getRawPath(),
                  exchange.getRequestURI().getRawQuery(),
                  Map.copyOf(exchange.getRequestHeaders()),
                  new String(received, StandardCharsets.UTF_8)));
          byte[] answer = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", contentType);
          exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
          if (answer.length > 0) {
            exchange.getResponseBody().write(answer);
          }
          exchange.close();
        });
    server.start();
  }

  /** Sets the answer to every following request. */
  void answer(int status, String contentType, String body) {
    this.status = status;
    this.contentType = contentType;
    this.body = body;
  }

  void answer(int status, String body) {
    answer(status, "application/json", body);
  }

  /** The URL to pass to the generated client's {@code baseUrl(...)}, without a trailing slash. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  /** Returns the only request received so far; fails when there is none or more than one. */
  Request onlyRequest() {
    if (requests.size() != 1) {
      throw new AssertionError("expected exactly one request, received " + requests.size());
    }
    return requests.get(0);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
