package org.scaletasks.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scaletasks.client.model.AnnotationAttribute;
import org.scaletasks.client.model.BoxGeometry;
import org.scaletasks.client.model.ContextAttachment;
import org.scaletasks.client.model.Geometries;
import org.scaletasks.client.model.Label;
import org.scaletasks.client.model.LabelDescription;
import org.scaletasks.client.model.PointGeometry;
import org.scaletasks.client.model.PolygonGeometry;
import org.scaletasks.client.model.SegmentAnnotationTaskRequest;
import org.scaletasks.client.model.Task;
import org.scaletasks.client.model.TaskType;
import org.scaletasks.client.model.VideoAnnotationTaskRequest;
import org.scaletasks.client.model.VideoPlaybackAnnotationTaskRequest;
import org.scaletasks.client.spec.NodeTooling;

/**
 * Drives the client against Prism's mock server for {@code spec/scale-tasks.yaml}. Prism checks
 * every request against the document and answers 400 on a violation, so a request that the
 * client sends successfully conforms to the document.
 */
class PrismConformanceTest {

  private static final int STARTUP_SECONDS = 60;

  private static Process prism;
  private static Path log;
  private static ScaleClient client;

  @BeforeAll
  static void startPrism() throws Exception {
    String node = NodeTooling.installed();
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    log = Files.createTempFile("prism", ".log");
    prism =
        new ProcessBuilder(
                List.of(
                    node, "node_modules/.bin/prism", "mock", "scale-tasks.yaml",
                    "--host", "127.0.0.1", "--port", Integer.toString(port), "--errors"))
            .directory(NodeTooling.SPEC_DIR.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    awaitPort(port);
    client = ScaleClient.builder().baseUrl("http://127.0.0.1:" + port).apiKey("test_key").maxRetries(0).build();
  }

  @AfterAll
  static void stopPrism() throws Exception {
    if (prism != null) {
      prism.descendants().forEach(ProcessHandle::destroy);
      prism.destroy();
      if (!prism.waitFor(10, TimeUnit.SECONDS)) {
        prism.descendants().forEach(ProcessHandle::destroyForcibly);
        prism.destroyForcibly();
      }
    }
    if (log != null) {
      Files.deleteIfExists(log);
    }
  }

  @Test
  void segmentAnnotationConforms() throws IOException {
    long logStart = Files.size(log);
    Task task =
        client.createSegmentAnnotationTask(
            SegmentAnnotationTaskRequest.builder()
                .project("street-scenes")
                .instruction("Label every pixel of road, sidewalk and vehicle.")
                .callbackUrl("https://example.com/scale/callback")
                .attachment("https://example.com/images/street-0001.png")
                .attachmentType(SegmentAnnotationTaskRequest.AttachmentType.IMAGE)
                .addLabel(Label.of("road"))
                .addLabel(Label.of("sidewalk"))
                .addLabel(
                    Label.of(
                        LabelDescription.builder().choice("vehicle").addSubchoice(Label.of("car")).build()))
                .putAnnotationAttribute(
                    "occluded",
                    AnnotationAttribute.builder()
                        .type(AnnotationAttribute.Type.CATEGORY)
                        .description("Is the object partly hidden?")
                        .choices(List.of("yes", "no"))
                        .build())
                .allowUnlabeled(false)
                .putMetadata("camera-id", "front-left")
                .contextAttachments(
                    List.of(ContextAttachment.builder().attachment("https://example.com/images/map-0001.png").build()))
                .uniqueId("street-0001")
                .tags(List.of("street", "daytime"))
                .build());

    assertThat(task.type()).isEqualTo(TaskType.SEGMENTANNOTATION);
    assertNoViolationLoggedSince(logStart);
  }

  @Test
  void videoAnnotationConforms() throws IOException {
    long logStart = Files.size(log);
    Task task =
        client.createVideoAnnotationTask(
            VideoAnnotationTaskRequest.builder()
                .attachmentType(VideoAnnotationTaskRequest.AttachmentType.IMAGE)
                .attachments(
                    List.of("https://example.com/frames/0001.png", "https://example.com/frames/0002.png"))
                .geometries(
                    Geometries.builder()
                        .box(BoxGeometry.builder().addObjectsToAnnotate(Label.of("car")).build())
                        .polygon(PolygonGeometry.builder().addObjectsToAnnotate(Label.of("lane")).minVertices(3).build())
                        .build())
                .eventsToAnnotate(List.of("lane change"))
                .frameRate(2)
                .priority(20)
                .build());

    assertThat(task.type()).isEqualTo(TaskType.VIDEOANNOTATION);
    assertNoViolationLoggedSince(logStart);
  }

  @Test
  void videoPlaybackAnnotationConforms() throws IOException {
    long logStart = Files.size(log);
    Task task =
        client.createVideoPlaybackAnnotationTask(
            VideoPlaybackAnnotationTaskRequest.builder()
                .attachment("https://example.com/videos/dashcam.mp4")
                .attachmentType(VideoPlaybackAnnotationTaskRequest.AttachmentType.VIDEO)
                .geometries(
                    Geometries.builder()
                        .box(BoxGeometry.builder().addObjectsToAnnotate(Label.of("vehicle")).build())
                        .point(PointGeometry.builder().addObjectsToAnnotate(Label.of("traffic light")).build())
                        .build())
                .frameRate(1)
                .startTime(0)
                .durationTime(30)
                .build());

    assertThat(task.type()).isEqualTo(TaskType.VIDEOPLAYBACKANNOTATION);
    assertNoViolationLoggedSince(logStart);
  }

  @Test
  void prismRejectsWhatTheDocumentForbids() {
    // An extra property bypasses the client's checks, so this proves that Prism validates.
    VideoPlaybackAnnotationTaskRequest request =
        VideoPlaybackAnnotationTaskRequest.builder()
            .attachment("https://example.com/videos/dashcam.mp4")
            .geometries(Geometries.builder().box(BoxGeometry.builder().build()).build())
            .putAdditionalProperty("priority", 15)
            .build();

    assertThatThrownBy(() -> client.createVideoPlaybackAnnotationTask(request))
        .isInstanceOf(BadRequestException.class);
  }

  private static void assertNoViolationLoggedSince(long logStart) throws IOException {
    String written = Files.readString(log);
    String sinceStart = written.substring((int) Math.min(logStart, written.length()));
    List<String> violations =
        sinceStart.lines().filter(line -> line.contains("Violation:")).toList();
    assertThat(violations).as("request violations that Prism logged").isEmpty();
  }

  private static void awaitPort(int port) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STARTUP_SECONDS);
    while (System.nanoTime() < deadline) {
      if (!prism.isAlive()) {
        throw new AssertionError("Prism exited with " + prism.exitValue() + ": " + Files.readString(log));
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        return;
      } catch (IOException e) {
        Thread.sleep(200);
      }
    }
    throw new AssertionError("Prism did not listen on port " + port + " within " + STARTUP_SECONDS + " s: " + Files.readString(log));
  }
}
