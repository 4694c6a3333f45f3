package org.scaletasks.bench;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.scaletasks.stock.model.AnnotationAttribute;
import org.scaletasks.stock.model.AnnotationAttributeConditions;
import org.scaletasks.stock.model.BoxGeometry;
import org.scaletasks.stock.model.CameraIntrinsics;
import org.scaletasks.stock.model.CameraRotationQuaternion;
import org.scaletasks.stock.model.ContextAttachment;
import org.scaletasks.stock.model.CuboidGeometry;
import org.scaletasks.stock.model.Geometries;
import org.scaletasks.stock.model.Label;
import org.scaletasks.stock.model.LabelDescription;
import org.scaletasks.stock.model.PolygonGeometry;
import org.scaletasks.stock.model.SegmentAnnotationTaskRequest;
import org.scaletasks.stock.model.VideoAnnotationTaskRequest;
import org.scaletasks.stock.model.VideoPlaybackAnnotationTaskRequest;

/**
 * The three benchmark requests of {@link ClientgenRequests}, built with the mutable models of the
 * stock OpenAPI Generator 7.25.0 native client.
 */
final class StockRequests {

  private StockRequests() {}

  static SegmentAnnotationTaskRequest segment() {
    return new SegmentAnnotationTaskRequest()
        .project("street-scenes")
        .batch("street-scenes-2024-05")
        .instruction("**Label** every vehicle and pedestrian.")
        .callbackUrl("https://example.com/scale/callback")
        .attachment(URI.create("https://example.com/images/street-0001.png"))
        .attachmentType(SegmentAnnotationTaskRequest.AttachmentTypeEnum.IMAGE)
        .addLabelsItem(new Label("road"))
        .addLabelsItem(
            new Label(
                new LabelDescription()
                    .choice("vehicle")
                    .addSubchoicesItem(new Label("car"))
                    .addSubchoicesItem(new Label("truck"))))
        .putAnnotationAttributesItem(
            "occlusion",
            new AnnotationAttribute()
                .type(AnnotationAttribute.TypeEnum.CATEGORY)
                .description("How much of the object is hidden")
                .choices(List.of("none", "partial", "full"))
                .conditions(new AnnotationAttributeConditions().labelCondition(List.of("vehicle"))))
        .allowUnlabeled(false)
        .hypothesis(Map.of("annotations", List.of()))
        .putMetadataItem("camera-id", "front-left")
        .addContextAttachmentsItem(new ContextAttachment().attachment(URI.create("https://example.com/images/map.png")))
        .uniqueId("street-0001")
        .clearUniqueIdOnError(true)
        .tags(List.of("street", "daytime"));
  }

  static VideoAnnotationTaskRequest video() {
    return new VideoAnnotationTaskRequest()
        .attachmentType(VideoAnnotationTaskRequest.AttachmentTypeEnum.IMAGE)
        .addAttachmentsItem(URI.create("https://example.com/frames/0001.png"))
        .addAttachmentsItem(URI.create("https://example.com/frames/0002.png"))
        .geometries(
            new Geometries()
                .box(
                    new BoxGeometry()
                        .addObjectsToAnnotateItem(new Label("car"))
                        .minWidth(new BigDecimal("10.5"))
                        .minHeight(new BigDecimal("10"))
                        .canRotate(true))
                .polygon(
                    new PolygonGeometry()
                        .addObjectsToAnnotateItem(new Label("lane"))
                        .minVertices(3)
                        .maxVertices(20))
                .cuboid(
                    new CuboidGeometry()
                        .addObjectsToAnnotateItem(new Label("truck"))
                        .cameraIntrinsics(
                            new CameraIntrinsics()
                                .fx(new BigDecimal("721.5377"))
                                .fy(new BigDecimal("721.5377"))
                                .cx(new BigDecimal("609.5593"))
                                .cy(new BigDecimal("172.854")))
                        .cameraRotationQuaternion(
                            new CameraRotationQuaternion()
                                .w(BigDecimal.ONE)
                                .x(BigDecimal.ZERO)
                                .y(BigDecimal.ZERO)
                                .z(BigDecimal.ZERO))
                        .cameraHeight(new BigDecimal("1.65"))))
        .addEventsToAnnotateItem("lane change")
        .frameRate(2)
        .padding(10)
        .paddingX(20)
        .priority(VideoAnnotationTaskRequest.PriorityEnum.NUMBER_30);
  }

  static VideoPlaybackAnnotationTaskRequest playback() {
    return new VideoPlaybackAnnotationTaskRequest()
        .attachment(URI.create("https://example.com/videos/drive.mp4"))
        .attachmentType(VideoPlaybackAnnotationTaskRequest.AttachmentTypeEnum.VIDEO)
        .geometries(new Geometries().box(new BoxGeometry().addObjectsToAnnotateItem(new Label("car"))))
        .frameRate(5)
        .startTime(0)
        .durationTime(30)
        .addEventsToAnnotateItem("overtake");
  }
}
