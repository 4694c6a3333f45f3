package org.scaletasks.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;

/**
 * An HTTP server on 127.0.0.1 that responds to each POST with a fixed 200 JSON body chosen by
 * path, and to every other request with 404. It reads the whole request body before responding.
 */
final class LoopbackServer implements AutoCloseable {

  private final HttpServer server;
  private final Map<String, byte[]> bodiesByPath;

  /** Starts the server on a free port; BODIES_BY_PATH maps a path such as /v1/task/x to a body. */
  LoopbackServer(Map<String, byte[]> bodiesByPath) throws IOException {
    this.bodiesByPath = Map.copyOf(bodiesByPath);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Returns the base URL of the API, for example {@code http://127.0.0.1:54321/v1}. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange; InputStream in = exchange.getRequestBody()) {
      in.readAllBytes();
      byte[] body = bodiesByPath.get(exchange.getRequestURI().getPath());
      if (body == null || !"POST".equals(exchange.getRequestMethod())) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
