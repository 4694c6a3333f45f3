package org.scaletasks.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scaletasks.client.model.AnnotationAttribute;
import org.scaletasks.client.model.AnnotationAttributeConditions;
import org.scaletasks.client.model.BoxGeometry;
import org.scaletasks.client.model.CameraIntrinsics;
import org.scaletasks.client.model.CameraRotationQuaternion;
import org.scaletasks.client.model.ContextAttachment;
import org.scaletasks.client.model.CuboidGeometry;
import org.scaletasks.client.model.Geometries;
import org.scaletasks.client.model.Label;
import org.scaletasks.client.model.LabelDescription;
import org.scaletasks.client.model.PolygonGeometry;
import org.scaletasks.client.model.SegmentAnnotationTaskRequest;
import org.scaletasks.client.model.Task;
import org.scaletasks.client.model.TaskStatus;
import org.scaletasks.client.model.TaskType;
import org.scaletasks.client.model.VideoAnnotationTaskRequest;
import org.scaletasks.client.model.VideoPlaybackAnnotationTaskRequest;

/** Sends each operation to a real HTTP server on 127.0.0.1 and checks both directions. */
class ScaleClientTest {

  private static final Path SAMPLES = Path.of("..", "spec", "reference-samples");
  private static final String API_KEY = "live_0123456789abcdef";
  private static final ObjectMapper JSON = new ObjectMapper();

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
  void segmentAnnotationSendsEveryDocumentedField() throws Exception {
    server.enqueue(200, sample("segmentannotation-response.json"));
    SegmentAnnotationTaskRequest request =
        SegmentAnnotationTaskRequest.builder()
            .project("street-scenes")
            .batch("street-scenes-2024-05")
            .instruction("**Label** every vehicle and pedestrian.")
            .callbackUrl("https://example.com/scale/callback")
            .attachment("https://example.com/images/street-0001.png")
            .attachmentType(SegmentAnnotationTaskRequest.AttachmentType.IMAGE)
            .addLabel(Label.of("road"))
            .addLabel(
                Label.of(
                    LabelDescription.builder()
                        .choice("vehicle")
                        .addSubchoice(Label.of("car"))
                        .addSubchoice(Label.of("truck"))
                        .build()))
            .putAnnotationAttribute(
                "occlusion",
                AnnotationAttribute.builder()
                    .type(AnnotationAttribute.Type.CATEGORY)
                    .description("How much of the object is hidden")
                    .choices(List.of("none", "partial", "full"))
                    .conditions(
                        AnnotationAttributeConditions.builder()
                            .labelCondition(List.of("vehicle"))
                            .build())
                    .build())
            .allowUnlabeled(false)
            .hypothesis(Map.of("annotations", List.of()))
            .putMetadata("camera-id", "front-left")
            .contextAttachments(
                List.of(ContextAttachment.builder().attachment("https://example.com/images/map.png").build()))
            .uniqueId("street-0001")
            .clearUniqueIdOnError(true)
            .tags(List.of("street", "daytime"))
            .build();

    Task task = client.createSegmentAnnotationTask(request);

    LoopbackServer.RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.method()).isEqualTo("POST");
    assertThat(recorded.path()).isEqualTo("/v1/task/segmentannotation");
    assertThat(recorded.header("Authorization")).isEqualTo(expectedAuthorization());
    assertThat(recorded.header("Content-Type")).isEqualTo("application/json");
    JsonNode body = JSON.readTree(recorded.body());
    assertThat(body.get("project").asText()).isEqualTo("street-scenes");
    assertThat(body.get("batch").asText()).isEqualTo("street-scenes-2024-05");
    assertThat(body.get("instruction").asText()).isEqualTo("**Label** every vehicle and pedestrian.");
    assertThat(body.get("callback_url").asText()).isEqualTo("https://example.com/scale/callback");
    assertThat(body.get("attachment").asText()).isEqualTo("https://example.com/images/street-0001.png");
    assertThat(body.get("attachment_type").asText()).isEqualTo("image");
    assertThat(body.get("labels")).isEqualTo(JSON.readTree(
        "[\"road\",{\"choice\":\"vehicle\",\"subchoices\":[\"car\",\"truck\"]}]"));
    assertThat(body.get("annotation_attributes")).isEqualTo(JSON.readTree(
        "{\"occlusion\":{\"type\":\"category\",\"description\":\"How much of the object is hidden\","
            + "\"choices\":[\"none\",\"partial\",\"full\"],\"conditions\":{\"label_condition\":[\"vehicle\"]}}}"));
    assertThat(body.get("allow_unlabeled").asBoolean()).isFalse();
    assertThat(body.get("allow_unlabeled").isBoolean()).isTrue();
    assertThat(body.get("hypothesis")).isEqualTo(JSON.readTree("{\"annotations\":[]}"));
    assertThat(body.get("metadata")).isEqualTo(JSON.readTree("{\"camera-id\":\"front-left\"}"));
    assertThat(body.get("context_attachments")).isEqualTo(JSON.readTree(
        "[{\"attachment\":\"https://example.com/images/map.png\"}]"));
    assertThat(body.get("unique_id").asText()).isEqualTo("street-0001");
    assertThat(body.get("clear_unique_id_on_error").asBoolean()).isTrue();
    assertThat(body.get("tags")).isEqualTo(JSON.readTree("[\"street\",\"daytime\"]"));
    assertThat(body.size()).isEqualTo(15);

    assertThat(task.type()).isEqualTo(TaskType.SEGMENTANNOTATION);
    assertThat(task.status()).isEqualTo(TaskStatus.PENDING);
  }

  @Test
  void videoAnnotationSendsGeometriesAndFrames() throws Exception {
    server.enqueue(200, sample("videoannotation-response.json"));
    VideoAnnotationTaskRequest request =
        VideoAnnotationTaskRequest.builder()
            .attachmentType(VideoAnnotationTaskRequest.AttachmentType.IMAGE)
            .attachments(List.of("https://example.com/frames/0001.png", "https://example.com/frames/0002.png"))
            .geometries(
                Geometries.builder()
                    .box(
                        BoxGeometry.builder()
                            .addObjectsToAnnotate(Label.of("car"))
                            .minHeight(new BigDecimal("10"))
                            .minWidth(new BigDecimal("10.5"))
                            .canRotate(true)
                            .build())
                    .polygon(PolygonGeometry.builder().addObjectsToAnnotate(Label.of("lane")).minVertices(3).maxVertices(20).build())
                    .cuboid(
                        CuboidGeometry.builder()
                            .addObjectsToAnnotate(Label.of("truck"))
                            .cameraIntrinsics(
                                CameraIntrinsics.builder()
                                    .fx(new BigDecimal("721.5377")).fy(new BigDecimal("721.5377"))
                                    .cx(new BigDecimal("609.5593")).cy(new BigDecimal("172.854"))
                                    .build())
                            .cameraRotationQuaternion(
                                CameraRotationQuaternion.builder()
                                    .w(BigDecimal.ONE).x(BigDecimal.ZERO).y(BigDecimal.ZERO).z(BigDecimal.ZERO)
                                    .build())
                            .cameraHeight(new BigDecimal("1.65"))
                            .build())
                    .build())
            .eventsToAnnotate(List.of("lane change"))
            .frameRate(2)
            .padding(10)
            .paddingX(20)
            .priority(30)
            .build();

    Task task = client.createVideoAnnotationTask(request);

    LoopbackServer.RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.method()).isEqualTo("POST");
    assertThat(recorded.path()).isEqualTo("/v1/task/videoannotation");
    assertThat(recorded.header("Authorization")).isEqualTo(expectedAuthorization());
    assertThat(recorded.header("Content-Type")).isEqualTo("application/json");
    JsonNode body = JSON.readTree(recorded.body());
    assertThat(body.get("attachment_type").asText()).isEqualTo("image");
    assertThat(body.get("attachments")).isEqualTo(JSON.readTree(
        "[\"https://example.com/frames/0001.png\",\"https://example.com/frames/0002.png\"]"));
    assertThat(body.get("geometries").get("box")).isEqualTo(JSON.readTree(
        "{\"objects_to_annotate\":[\"car\"],\"min_width\":10.5,\"min_height\":10,\"can_rotate\":true}"));
    assertThat(body.get("geometries").get("polygon")).isEqualTo(JSON.readTree(
        "{\"objects_to_annotate\":[\"lane\"],\"min_vertices\":3,\"max_vertices\":20}"));
    assertThat(body.get("geometries").get("cuboid").get("camera_intrinsics").get("fx").decimalValue())
        .isEqualByComparingTo("721.5377");
    assertThat(body.get("geometries").get("cuboid").get("camera_height").decimalValue()).isEqualByComparingTo("1.65");
    assertThat(body.get("events_to_annotate")).isEqualTo(JSON.readTree("[\"lane change\"]"));
    assertThat(body.get("frame_rate").asInt()).isEqualTo(2);
    assertThat(body.get("padding").asInt()).isEqualTo(10);
    assertThat(body.get("paddingX").asInt()).isEqualTo(20);
    assertThat(body.has("paddingY")).isFalse();
    assertThat(body.get("priority").asInt()).isEqualTo(30);
    assertThat(body.size()).isEqualTo(8);

    assertThat(task.type()).isEqualTo(TaskType.VIDEOANNOTATION);
  }

  @Test
  void videoPlaybackAnnotationSendsVideoAttachment() throws Exception {
    server.enqueue(200, sample("videoplaybackannotation-response.json"));
    VideoPlaybackAnnotationTaskRequest request =
        VideoPlaybackAnnotationTaskRequest.builder()
            .attachment("https://example.com/videos/drive.mp4")
            .attachmentType(VideoPlaybackAnnotationTaskRequest.AttachmentType.VIDEO)
            .geometries(Geometries.builder().box(BoxGeometry.builder().addObjectsToAnnotate(Label.of("car")).build()).build())
            .frameRate(5)
            .startTime(0)
            .durationTime(30)
            .eventsToAnnotate(List.of("overtake"))
            .build();

    Task task = client.createVideoPlaybackAnnotationTask(request);

    LoopbackServer.RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.method()).isEqualTo("POST");
    assertThat(recorded.path()).isEqualTo("/v1/task/videoplaybackannotation");
    assertThat(recorded.header("Authorization")).isEqualTo(expectedAuthorization());
    assertThat(recorded.header("Content-Type")).isEqualTo("application/json");
    assertThat(JSON.readTree(recorded.body())).isEqualTo(JSON.readTree(
        "{\"attachment\":\"https://example.com/videos/drive.mp4\",\"attachment_type\":\"video\","
            + "\"geometries\":{\"box\":{\"objects_to_annotate\":[\"car\"]}},\"events_to_annotate\":[\"overtake\"],"
            + "\"frame_rate\":5,\"start_time\":0,\"duration_time\":30}"));

    // The reference's sample response names another task type, and the open enumeration keeps it.
    assertThat(task.type()).isEqualTo(TaskType.IMAGEANNOTATION);
    assertThat(task.params().attachmentType()).isEqualTo("image");
  }

  @Test
  void referenceSampleResponsesReadIntoTasks() throws Exception {
    for (String name : List.of("segmentannotation", "videoannotation", "videoplaybackannotation")) {
      String text = sample(name + "-response.json");
      Task task = org.scaletasks.client.core.Json.mapper().readValue(text, Task.class);
      assertThat(task.taskId()).as(name).isEqualTo("string");
      assertThat(task.status()).as(name).isEqualTo(TaskStatus.PENDING);
      assertThat(task.isTest()).as(name).isFalse();
      assertThat(task.params()).as(name).isNotNull();
      // "string" is no date-time: it is kept as text instead of failing the whole response.
      assertThat(task.createdAt()).as(name).isNull();
      assertThat(task.additionalProperties().get("created_at")).as(name).isEqualTo("string");
      JsonNode written = JSON.readTree(org.scaletasks.client.core.Json.mapper().writeValueAsString(task));
      assertThat(written).as(name).isEqualTo(JSON.readTree(text));
    }
  }

  @Test
  void settingUnreadableDateReplacesKeptText() throws Exception {
    Task read = org.scaletasks.client.core.Json.mapper().readValue(
        "{\"task_id\":\"t1\",\"type\":\"segmentannotation\",\"status\":\"pending\",\"created_at\":\"yesterday\"}",
        Task.class);

    Task changed = read.toBuilder().createdAt(OffsetDateTime.parse("2025-01-01T00:00:00Z")).build();

    assertThat(read.additionalProperties()).containsEntry("created_at", "yesterday");
    assertThat(changed.additionalProperties()).doesNotContainKey("created_at");
    assertThat(org.scaletasks.client.core.Json.mapper().writeValueAsString(changed))
        .isEqualTo(
            "{\"task_id\":\"t1\",\"created_at\":\"2025-01-01T00:00:00Z\",\"type\":\"segmentannotation\","
                + "\"status\":\"pending\"}");
  }

  @Test
  void responseDatesKeepTheirOffset() throws Exception {
    server.enqueue(200, "{\"task_id\":\"t1\",\"created_at\":\"2024-05-01T12:30:00+02:00\",\"status\":\"completed\"}");
    Task task = client.createVideoPlaybackAnnotationTask(
        VideoPlaybackAnnotationTaskRequest.builder()
            .attachment("https://example.com/v.mp4")
            .geometries(Geometries.builder().box(BoxGeometry.builder().build()).build())
            .build());
    assertThat(task.createdAt()).isEqualTo(OffsetDateTime.parse("2024-05-01T12:30:00+02:00"));
    assertThat(task.createdAt().getOffset().getTotalSeconds()).isEqualTo(7200);
  }

  @Test
  void errorStatusThrowsApiException() throws Exception {
    server.enqueue(400, "{\"status_code\":400,\"error\":\"Invalid attachment\"}");
    VideoPlaybackAnnotationTaskRequest request =
        VideoPlaybackAnnotationTaskRequest.builder()
            .attachment("https://example.com/v.mp4")
            .geometries(Geometries.builder().box(BoxGeometry.builder().build()).build())
            .build();

    assertThatThrownBy(() -> client.createVideoPlaybackAnnotationTask(request))
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.errorMessage()).contains("Invalid attachment");
              assertThat(e.getMessage()).isEqualTo("HTTP 400: Invalid attachment");
              assertThat(e.body()).contains("Invalid attachment");
            });
  }

  @Test
  void invalidRequestIsNotSent() {
    SegmentAnnotationTaskRequest.Builder builder =
        SegmentAnnotationTaskRequest.builder().attachment("https://example.com/a.png");
    for (int i = 0; i < 51; i++) {
      builder.addLabel(Label.of("label-" + i));
    }

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.violations()).hasSize(1);
              assertThat(e.violations().get(0).path()).isEqualTo("labels");
              assertThat(e.violations().get(0).rule()).isEqualTo("maxItems 50");
              assertThat(e.getMessage()).contains("at most 50 items, got 51");
            });
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void nestedViolationBlocksSending() throws Exception {
    SegmentAnnotationTaskRequest request =
        org.scaletasks.client.core.Json.mapper()
            .readValue(
                "{\"attachment\":\"https://example.com/a.png\",\"labels\":[\"car\"],"
                    + "\"context_attachments\":[{\"attachment\":\"attachment2\"}]}",
                SegmentAnnotationTaskRequest.class);

    assertThatThrownBy(() -> client.createSegmentAnnotationTask(request))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.violations()).hasSize(1);
              assertThat(e.violations().get(0).path()).isEqualTo("context_attachments[0].attachment");
              assertThat(e.violations().get(0).rule()).isEqualTo("format uri");
            });
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void missingRequiredFieldIsNamed() {
    assertThatThrownBy(() -> SegmentAnnotationTaskRequest.builder().addLabel(Label.of("car")).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("SegmentAnnotationTaskRequest is invalid: attachment: is required but not set");
  }

  private static String expectedAuthorization() {
    return "Basic " + Base64.getEncoder().encodeToString((API_KEY + ":").getBytes(StandardCharsets.UTF_8));
  }

  private static String sample(String name) throws IOException {
    return Files.readString(SAMPLES.resolve(name), StandardCharsets.UTF_8);
  }
}
