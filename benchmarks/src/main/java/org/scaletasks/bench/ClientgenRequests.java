package org.scaletasks.bench;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
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
import org.scaletasks.client.model.VideoAnnotationTaskRequest;
import org.scaletasks.client.model.VideoPlaybackAnnotationTaskRequest;

/**
 * The three benchmark requests built with our generated client's builders. {@link
 * HandWrittenRequests} and {@link StockRequests} build the same requests, which SameRequestTest
 * checks.
 */
final class ClientgenRequests {

  private ClientgenRequests() {}

  static SegmentAnnotationTaskRequest segment() {
    return SegmentAnnotationTaskRequest.builder()
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
                .conditions(AnnotationAttributeConditions.builder().labelCondition(List.of("vehicle")).build())
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
  }

  static VideoAnnotationTaskRequest video() {
    return VideoAnnotationTaskRequest.builder()
        .attachmentType(VideoAnnotationTaskRequest.AttachmentType.IMAGE)
        .attachments(List.of("https://example.com/frames/0001.png", "https://example.com/frames/0002.png"))
        .geometries(
            Geometries.builder()
                .box(
                    BoxGeometry.builder()
                        .addObjectsToAnnotate(Label.of("car"))
                        .minWidth(new BigDecimal("10.5"))
                        .minHeight(new BigDecimal("10"))
                        .canRotate(true)
                        .build())
                .polygon(
                    PolygonGeometry.builder()
                        .addObjectsToAnnotate(Label.of("lane"))
                        .minVertices(3)
                        .maxVertices(20)
                        .build())
                .cuboid(
                    CuboidGeometry.builder()
                        .addObjectsToAnnotate(Label.of("truck"))
                        .cameraIntrinsics(
                            CameraIntrinsics.builder()
                                .fx(new BigDecimal("721.5377"))
                                .fy(new BigDecimal("721.5377"))
                                .cx(new BigDecimal("609.5593"))
                                .cy(new BigDecimal("172.854"))
                                .build())
                        .cameraRotationQuaternion(
                            CameraRotationQuaternion.builder()
                                .w(BigDecimal.ONE)
                                .x(BigDecimal.ZERO)
                                .y(BigDecimal.ZERO)
                                .z(BigDecimal.ZERO)
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
  }

  static VideoPlaybackAnnotationTaskRequest playback() {
    return VideoPlaybackAnnotationTaskRequest.builder()
        .attachment("https://example.com/videos/drive.mp4")
        .attachmentType(VideoPlaybackAnnotationTaskRequest.AttachmentType.VIDEO)
        .geometries(
            Geometries.builder().box(BoxGeometry.builder().addObjectsToAnnotate(Label.of("car")).build()).build())
        .frameRate(5)
        .startTime(0)
        .durationTime(30)
        .eventsToAnnotate(List.of("overtake"))
        .build();
  }
}
