package org.scaletasks.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import org.scaletasks.client.model.BoxGeometry;
import org.scaletasks.client.model.Geometries;
import org.scaletasks.client.model.Task;
import org.scaletasks.client.model.VideoPlaybackAnnotationTaskRequest;

/**
 * Feeds arbitrary statuses, headers and bodies to the client's response handling. Every response
 * must give a {@link Task} or one of the client's typed exceptions; anything else, such as a
 * {@code NullPointerException} from a strange body, is a defect.
 *
 * <p>{@code mvn test} replays the seeds under {@code ResponseFuzzTestInputs}; {@code
 * JAZZER_FUZZ=1} fuzzes and keeps each crashing input there as a regression test.
 */
class ResponseFuzzTest {

  private static final VideoPlaybackAnnotationTaskRequest REQUEST =
      VideoPlaybackAnnotationTaskRequest.builder()
          .attachment("https://example.com/videos/drive.mp4")
          .geometries(Geometries.builder().box(BoxGeometry.builder().build()).build())
          .build();

  @FuzzTest(maxDuration = "2m")
  void anyResponseGivesTaskOrTypedException(FuzzedDataProvider data) {
    int status = data.consumeInt(100, 599);
    String contentType = data.consumeString(40);
    String retryAfter = data.consumeString(40);
    String body = data.consumeRemainingAsString();
    ScaleClient client =
        ScaleClient.builder()
            .baseUrl("http://127.0.0.1:9")
            .apiKey("fuzz")
            .maxRetries(0)
            .httpClient(new CannedHttpClient(status, Map.of("content-type", List.of(contentType), "retry-after", List.of(retryAfter)), body))
            .build();

    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          try {
            Task task = client.createVideoPlaybackAnnotationTask(REQUEST);
            assertThat(status).isBetween(200, 299);
            assertThat(task == null).isFalse();
          } catch (ApiStatusException e) {
            assertThat(e.statusCode()).isEqualTo(status);
            assertThat(e.getMessage()).startsWith("HTTP " + status);
          } catch (UnreadableResponseException e) {
            assertThat(e.statusCode()).isBetween(200, 299);
          }
        });
  }

  /** An HTTP client that returns one canned response for every request, without a network. */
  private static final class CannedHttpClient extends HttpClient {

    private final int status;
    private final Map<String, List<String>> headers;
    private final String body;

    CannedHttpClient(int status, Map<String, List<String>> headers, String body) {
      this.status = status;
      this.headers = headers;
      this.body = body;
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException {
      throw new IOException("the canned client supports asynchronous calls only");
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
      @SuppressWarnings("unchecked")
      T bytes = (T) body.getBytes(StandardCharsets.UTF_8);
      return CompletableFuture.completedFuture(new CannedResponse<>(request, status, HttpHeaders.of(headers, (name, value) -> true), bytes));
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(
        HttpRequest request, HttpResponse.BodyHandler<T> handler, HttpResponse.PushPromiseHandler<T> pushes) {
      return sendAsync(request, handler);
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
      return Optional.empty();
    }

    @Override
    public Optional<Duration> connectTimeout() {
      return Optional.empty();
    }

    @Override
    public Redirect followRedirects() {
      return Redirect.NEVER;
    }

    @Override
    public Optional<ProxySelector> proxy() {
      return Optional.empty();
    }

    @Override
    public SSLContext sslContext() {
      return null;
    }

    @Override
    public SSLParameters sslParameters() {
      return null;
    }

    @Override
    public Optional<Authenticator> authenticator() {
      return Optional.empty();
    }

    @Override
    public Version version() {
      return Version.HTTP_1_1;
    }

    @Override
    public Optional<Executor> executor() {
      return Optional.empty();
    }
  }

  private record CannedResponse<T>(HttpRequest request, int statusCode, HttpHeaders headers, T body)
      implements HttpResponse<T> {

    @Override
    public Optional<HttpResponse<T>> previousResponse() {
      return Optional.empty();
    }

    @Override
    public Optional<SSLSession> sslSession() {
      return Optional.empty();
    }

    @Override
    public URI uri() {
      return request.uri();
    }

    @Override
    public HttpClient.Version version() {
      return HttpClient.Version.HTTP_1_1;
    }
  }
}
