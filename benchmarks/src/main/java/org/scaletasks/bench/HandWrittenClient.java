package org.scaletasks.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The least code that calls one Scale endpoint with {@code java.net.http} and Jackson: basic
 * authentication, a JSON body, and the response as a Jackson tree. It has no retries, no typed
 * errors and no request checks, so it is the baseline the generated clients are measured against.
 */
final class HandWrittenClient {

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final ObjectMapper mapper = new ObjectMapper();
  private final String baseUrl;
  private final String authorization;

  HandWrittenClient(String baseUrl, String apiKey) {
    this.baseUrl = baseUrl;
    this.authorization =
        "Basic " + Base64.getEncoder().encodeToString((apiKey + ":").getBytes(StandardCharsets.UTF_8));
  }

  ObjectMapper mapper() {
    return mapper;
  }

  /** Posts BODY to PATH and returns the parsed response, or throws IOException on a non-2xx status. */
  JsonNode post(String path, JsonNode body) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", authorization)
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body)))
            .build();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() / 100 != 2) {
      throw new IOException("POST " + path + " returned HTTP " + response.statusCode());
    }
    return mapper.readTree(response.body());
  }
}
