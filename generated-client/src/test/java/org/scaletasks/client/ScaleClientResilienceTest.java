package org.scaletasks.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scaletasks.client.core.RetryPolicy;
import org.scaletasks.client.model.BoxGeometry;
import org.scaletasks.client.model.Geometries;
import org.scaletasks.client.model.Task;
import org.scaletasks.client.model.VideoPlaybackAnnotationTaskRequest;

/** Retries, timeouts, typed errors, async calls, raw responses and logging on a loopback server. */
class ScaleClientResilienceTest {

  private static final String API_KEY = "live_secret_key_123";
  private static final String TASK = "{\"task_id\":\"t-1\",\"status\":\"pending\",\"type\":\"videoplaybackannotation\"}";

  private LoopbackServer server;
  private ScaleClient client;

  @BeforeEach
  void start() throws IOException {
    server = new LoopbackServer();
    client = ScaleClient.builder().baseUrl(server.baseUrl()).apiKey(API_KEY).build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void rateLimitIsRetriedWithRetryAfterSeconds() throws Exception {
    server.enqueue(429, Map.of("Retry-After", "0"), "{\"message\":\"slow down\"}");
    server.enqueue(200, TASK);

    Task task = client.createVideoPlaybackAnnotationTask(request(null));

    assertThat(task.taskId()).isEqualTo("t-1");
    assertThat(server.takeRequest().header("X-Retry-Count")).isEqualTo("0");
    assertThat(server.takeRequest().header("X-Retry-Count")).isEqualTo("1");
  }

  @Test
  void retryAfterAcceptsHttpDate() {
    String past = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).minusSeconds(5));
    String future = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(30));

    assertThat(RetryPolicy.parseRetryAfter(past)).isEqualTo(Duration.ZERO);
    assertThat(RetryPolicy.parseRetryAfter(future)).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(31));
    assertThat(RetryPolicy.parseRetryAfter("12")).isEqualTo(Duration.ofSeconds(12));
    assertThat(RetryPolicy.parseRetryAfter("soon")).isNull();
    assertThat(RetryPolicy.delay(1, "3600")).isEqualTo(RetryPolicy.MAX_RETRY_AFTER);
  }

  @Test
  void backoffGrowsAndStaysCapped() {
    for (int retry = 1; retry <= 10; retry++) {
      Duration delay = RetryPolicy.delay(retry, null);
      assertThat(delay).isLessThanOrEqualTo(RetryPolicy.MAX_DELAY);
      assertThat(delay).isGreaterThanOrEqualTo(Duration.ofMillis(375));
    }
  }

  @Test
  void rateLimitGivesUpAfterMaxRetries() {
    ScaleClient noRetries = client.toBuilder().maxRetries(1).build();
    server.enqueue(429, Map.of("Retry-After", "0"), "{\"message\":\"slow down\"}");
    server.enqueue(429, Map.of("Retry-After", "7"), "{\"message\":\"slow down\"}");

    assertThatThrownBy(() -> noRetries.createVideoPlaybackAnnotationTask(request(null)))
        .isInstanceOfSatisfying(
            RateLimitException.class,
            e -> {
              assertThat(e.getMessage()).isEqualTo("HTTP 429: slow down");
              assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
            });
    assertThat(server.requestCount()).isEqualTo(2);
  }

  @Test
  void serverErrorWithoutUniqueIdIsNotRetried() {
    server.enqueue(500, "{\"message\":\"boom\"}");

    assertThatThrownBy(() -> client.createVideoPlaybackAnnotationTask(request(null)))
        .isInstanceOf(ServerErrorException.class)
        .hasMessage("HTTP 500: boom");
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void serverErrorRetriedWithUniqueId() {
    server.enqueue(503, "{\"message\":\"unavailable\"}");
    server.enqueue(409, "{\"status_code\":409,\"error\":\"A task with this unique_id already exists\"}");

    assertThatThrownBy(() -> client.createVideoPlaybackAnnotationTask(request("drive-0001")))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(409);
              assertThat(e.uniqueId()).contains("drive-0001");
              assertThat(e.getMessage()).startsWith("HTTP 409: A task with this unique_id already exists");
              assertThat(e.getMessage()).contains("drive-0001");
            });
    assertThat(server.requestCount()).isEqualTo(2);
  }

  @Test
  void statusFamiliesMapToTypes() {
    ScaleClient noRetries = client.toBuilder().maxRetries(0).build();
    Map<Integer, Class<? extends ApiStatusException>> expected =
        Map.of(
            400, BadRequestException.class,
            401, AuthenticationException.class,
            403, PermissionDeniedException.class,
            404, NotFoundException.class,
            409, ConflictException.class,
            422, UnprocessableEntityException.class,
            429, RateLimitException.class,
            418, ClientErrorException.class,
            502, ServerErrorException.class);
    for (Map.Entry<Integer, Class<? extends ApiStatusException>> entry : expected.entrySet()) {
      server.enqueue(entry.getKey(), "not json at all");
      assertThatThrownBy(() -> noRetries.createVideoPlaybackAnnotationTask(request(null)))
          .as("status %d", entry.getKey())
          .isInstanceOf(entry.getValue())
          .hasMessage("HTTP " + entry.getKey() + ": not json at all");
    }
  }

  @Test
  void emptyErrorBodyGivesStatusOnly() {
    server.enqueue(401, Map.of(), "");

    assertThatThrownBy(() -> client.createVideoPlaybackAnnotationTask(request(null)))
        .isInstanceOfSatisfying(
            AuthenticationException.class,
            e -> {
              assertThat(e.getMessage()).isEqualTo("HTTP 401");
              assertThat(e.body()).isEmpty();
              assertThat(e.errorJson()).isEmpty();
            });
  }

  @Test
  void emptyOrInvalidSuccessBodyIsUnreadable() {
    server.enqueue(200, Map.of(), "");
    assertThatThrownBy(() -> client.createVideoPlaybackAnnotationTask(request(null)))
        .isInstanceOf(UnreadableResponseException.class)
        .hasMessageContaining("empty");

    server.enqueue(200, Map.of("Content-Type", "text/html"), "<html>maintenance</html>");
    assertThatThrownBy(() -> client.createVideoPlaybackAnnotationTask(request(null)))
        .isInstanceOfSatisfying(
            UnreadableResponseException.class, e -> assertThat(e.body()).isEqualTo("<html>maintenance</html>"));
  }

  @Test
  void slowServerTimesOutWithinBound() {
    server.enqueueDelayed(200, TASK, 3_000);
    RequestOptions options = RequestOptions.builder().timeout(Duration.ofMillis(300)).maxRetries(0).build();
    long started = System.nanoTime();

    assertThatThrownBy(() -> client.createVideoPlaybackAnnotationTask(request(null), options))
        .isInstanceOfSatisfying(ApiIoException.class, e -> assertThat(e.isTimeout()).isTrue());
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2_500));
  }

  @Test
  void refusedConnectionIsRetriedThenReported() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    ScaleClient closed = ScaleClient.builder().baseUrl("http://127.0.0.1:" + port).apiKey(API_KEY).maxRetries(1).build();

    assertThatThrownBy(() -> closed.createVideoPlaybackAnnotationTask(request(null)))
        .isInstanceOfSatisfying(
            ApiIoException.class,
            e -> {
              assertThat(e.isTimeout()).isFalse();
              assertThat(e.getMessage()).startsWith("POST /task/videoplaybackannotation failed");
            });
  }

  @Test
  void asyncCallUsesSamePipeline() throws Exception {
    server.enqueue(429, Map.of("Retry-After", "0"), "");
    server.enqueue(200, TASK);

    CompletableFuture<Task> future = client.createVideoPlaybackAnnotationTaskAsync(request(null), RequestOptions.none());

    assertThat(future.get(5, TimeUnit.SECONDS).taskId()).isEqualTo("t-1");
    assertThat(server.requestCount()).isEqualTo(2);
  }

  @Test
  void asyncFailureCarriesTypedException() {
    server.enqueue(404, "{\"message\":\"no such endpoint\"}");

    CompletableFuture<Task> future = client.createVideoPlaybackAnnotationTaskAsync(request(null), RequestOptions.none());

    assertThatThrownBy(() -> future.get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void rawResponseHasStatusHeadersAndRequestId() {
    server.enqueue(200, Map.of("Content-Type", "application/json", "X-Request-Id", "req-42"), TASK);

    ApiResponse<Task> response = client.createVideoPlaybackAnnotationTaskWithResponse(request(null), RequestOptions.none());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.requestId()).contains("req-42");
    assertThat(response.header("content-type")).contains("application/json");
    assertThat(response.body().taskId()).isEqualTo("t-1");
  }

  @Test
  void requestSendsUserAgentAndExtraHeaders() throws Exception {
    server.enqueue(200, TASK);

    client.createVideoPlaybackAnnotationTask(
        request(null), RequestOptions.builder().header("X-Trace", "abc").build());

    LoopbackServer.RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.header("User-Agent")).isEqualTo("ScaleClient/1.0.0 Java/" + Runtime.version().feature());
    assertThat(recorded.header("X-Trace")).isEqualTo("abc");
    assertThat(recorded.header("Accept")).isEqualTo("application/json");
  }

  @Test
  void fromEnvReadsSystemProperties() {
    System.setProperty(ScaleClient.API_KEY_PROPERTY, "from-property");
    System.setProperty(ScaleClient.BASE_URL_PROPERTY, server.baseUrl());
    try {
      ScaleClient fromEnv = ScaleClient.fromEnv();
      assertThat(fromEnv.baseUrl()).isEqualTo(server.baseUrl());
      assertThat(fromEnv.maxRetries()).isEqualTo(ScaleClient.DEFAULT_MAX_RETRIES);
      assertThat(fromEnv.timeout()).isEqualTo(ScaleClient.DEFAULT_TIMEOUT);
    } finally {
      System.clearProperty(ScaleClient.API_KEY_PROPERTY);
      System.clearProperty(ScaleClient.BASE_URL_PROPERTY);
    }
  }

  @Test
  void logsRetriesButNeverTheKey() {
    Logger logger = Logger.getLogger("org.scaletasks.client");
    List<String> messages = new ArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            messages.add(record.getLevel() + " " + record.getMessage());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Level previous = logger.getLevel();
    logger.setLevel(Level.ALL);
    logger.addHandler(handler);
    try {
      server.enqueue(429, Map.of("Retry-After", "0"), "");
      server.enqueue(400, "{\"message\":\"bad\"}");
      assertThatThrownBy(() -> client.createVideoPlaybackAnnotationTask(request(null)))
          .isInstanceOf(BadRequestException.class);
    } finally {
      logger.removeHandler(handler);
      logger.setLevel(previous);
    }

    assertThat(messages).anyMatch(m -> m.contains("Retrying POST /task/videoplaybackannotation") && m.contains("HTTP 429"));
    assertThat(messages).anyMatch(m -> m.contains("failed: HTTP 400: bad"));
    assertThat(messages).noneMatch(m -> m.contains(API_KEY));
    assertThat(messages).noneMatch(m -> m.contains("Basic "));
  }

  @Test
  void droppedConnectionIsNotRetriedWithoutUniqueId() throws Exception {
    try (DroppingServer dropping = new DroppingServer()) {
      ScaleClient dropped = client.toBuilder().baseUrl(dropping.baseUrl()).build();

      assertThatThrownBy(() -> dropped.createVideoPlaybackAnnotationTask(request(null)))
          .isInstanceOfSatisfying(ApiIoException.class, e -> assertThat(e.isTimeout()).isFalse());
      assertThat(dropping.connections()).isEqualTo(1);
    }
  }

  @Test
  void droppedConnectionIsRetriedWithUniqueId() throws Exception {
    try (DroppingServer dropping = new DroppingServer()) {
      ScaleClient dropped = client.toBuilder().baseUrl(dropping.baseUrl()).build();

      assertThatThrownBy(() -> dropped.createVideoPlaybackAnnotationTask(request("drive-0002")))
          .isInstanceOf(ApiIoException.class);
      assertThat(dropping.connections()).isEqualTo(1 + ScaleClient.DEFAULT_MAX_RETRIES);
    }
  }

  @Test
  void concurrentCallsAllComplete() throws Exception {
    int calls = 20;
    for (int i = 0; i < calls; i++) {
      server.enqueue(200, TASK);
    }
    List<CompletableFuture<Task>> futures = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      futures.add(client.createVideoPlaybackAnnotationTaskAsync(request(null), RequestOptions.none()));
    }

    for (CompletableFuture<Task> future : futures) {
      assertThat(future.get(10, TimeUnit.SECONDS).taskId()).isEqualTo("t-1");
    }
    assertThat(server.requestCount()).isEqualTo(calls);
  }

  @Test
  void longRetryAfterIsNotWaitedFor() {
    server.enqueue(429, Map.of("Retry-After", "3600"), "{\"message\":\"come back later\"}");
    long started = System.nanoTime();

    assertThatThrownBy(() -> client.createVideoPlaybackAnnotationTask(request(null)))
        .isInstanceOfSatisfying(
            RateLimitException.class, e -> assertThat(e.retryAfter()).contains(Duration.ofHours(1)));
    assertThat(server.requestCount()).isEqualTo(1);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void cancelledAsyncCallStopsRetrying() throws Exception {
    for (int i = 0; i < 6; i++) {
      server.enqueue(500, "{\"message\":\"down\"}");
    }
    CompletableFuture<Task> future =
        client.createVideoPlaybackAnnotationTaskAsync(
            request("drive-0003"), RequestOptions.builder().maxRetries(5).build());
    server.takeRequest();

    future.cancel(true);
    Thread.sleep(2_500);

    assertThat(server.requestCount()).as("requests after the cancel").isZero();
  }

  @Test
  void derivedClientNewConnectTimeout() {
    ScaleClient derived = client.toBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    server.enqueue(200, TASK);

    assertThat(derived.createVideoPlaybackAnnotationTask(request(null)).taskId()).isEqualTo("t-1");
  }

  @Test
  void invalidBaseUrlIsRejected() {
    for (String url : List.of("not a url", "ftp://example.com", "https://example.com/v1?x=1", "https:///v1")) {
      assertThatThrownBy(() -> ScaleClient.builder().baseUrl(url))
          .as(url)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("baseUrl");
    }
  }

  @Test
  void clientToStringHidesKey() {
    assertThat(client.toString()).doesNotContain(API_KEY);
  }

  /** Accepts connections on 127.0.0.1 and closes each at once, before any response. */
  private static final class DroppingServer implements AutoCloseable {

    private final ServerSocket socket;
    private final java.util.concurrent.atomic.AtomicInteger connections = new java.util.concurrent.atomic.AtomicInteger();
    private final Thread acceptor;

    DroppingServer() throws IOException {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      acceptor =
          new Thread(
              () -> {
                while (!socket.isClosed()) {
                  try (java.net.Socket accepted = socket.accept()) {
                    connections.incrementAndGet();
                    accepted.getInputStream().read();
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

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  private static VideoPlaybackAnnotationTaskRequest request(String uniqueId) {
    return VideoPlaybackAnnotationTaskRequest.builder()
        .attachment("https://example.com/videos/drive.mp4")
        .geometries(Geometries.builder().box(BoxGeometry.builder().build()).build())
        .uniqueId(uniqueId)
        .build();
  }
}
