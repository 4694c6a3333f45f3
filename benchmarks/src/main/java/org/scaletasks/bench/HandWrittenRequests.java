package org.scaletasks.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/**
 * The three benchmark requests of {@link ClientgenRequests}, written by hand as Jackson trees:
 * the baseline of code that calls the API without a generated client and without checks.
 */
final class HandWrittenRequests {

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private HandWrittenRequests() {}

  static ObjectNode segment() {
    ObjectNode body = NODES.objectNode();
    body.put("project", "street-scenes");
    body.put("batch", "street-scenes-2024-05");
    body.put("instruction", "**Label** every vehicle and pedestrian.");
    body.put("callback_url", "https://example.com/scale/callback");
    body.put("attachment", "https://example.com/images/street-0001.png");
    body.put("attachment_type", "image");
    body.putArray("labels")
        .add("road")
        .addObject()
        .put("choice", "vehicle")
        .putArray("subchoices")
        .add("car")
        .add("truck");
    ObjectNode occlusion = body.putObject("annotation_attributes").putObject("occlusion");
    occlusion.put("type", "category");
    occlusion.put("description", "How much of the object is hidden");
    occlusion.putArray("choices").add("none").add("partial").add("full");
    occlusion.putObject("conditions").putArray("label_condition").add("vehicle");
    body.put("allow_unlabeled", false);
    body.putObject("hypothesis").putArray("annotations");
    body.putObject("metadata").put("camera-id", "front-left");
    body.putArray("context_attachments").addObject().put("attachment", "https://example.com/images/map.png");
    body.put("unique_id", "street-0001");
    body.put("clear_unique_id_on_error", true);
    body.putArray("tags").add("street").add("daytime");
    return body;
  }

  static ObjectNode video() {
    ObjectNode body = NODES.objectNode();
    body.put("attachment_type", "image");
    body.putArray("attachments").add("https://example.com/frames/0001.png").add("https://example.com/frames/0002.png");

    ObjectNode geometries = body.putObject("geometries");
    ObjectNode box = geometries.putObject("box");
    box.putArray("objects_to_annotate").add("car");
    box.put("min_width", new BigDecimal("10.5"));
    box.put("min_height", new BigDecimal("10"));
    box.put("can_rotate", true);

    ObjectNode polygon = geometries.putObject("polygon");
    polygon.putArray("objects_to_annotate").add("lane");
    polygon.put("min_vertices", 3);
    polygon.put("max_vertices", 20);

    ObjectNode cuboid = geometries.putObject("cuboid");
    cuboid.putArray("objects_to_annotate").add("truck");
    ObjectNode intrinsics = cuboid.putObject("camera_intrinsics");
    intrinsics.put("fx", new BigDecimal("721.5377"));
    intrinsics.put("fy", new BigDecimal("721.5377"));
    intrinsics.put("cx", new BigDecimal("609.5593"));
    intrinsics.put("cy", new BigDecimal("172.854"));
    ObjectNode rotation = cuboid.putObject("camera_rotation_quaternion");
    rotation.put("w", BigDecimal.ONE);
    rotation.put("x", BigDecimal.ZERO);
    rotation.put("y", BigDecimal.ZERO);
    rotation.put("z", BigDecimal.ZERO);
    cuboid.put("camera_height", new BigDecimal("1.65"));

    body.putArray("events_to_annotate").add("lane change");
    body.put("frame_rate", 2);
    body.put("padding", 10);
    body.put("paddingX", 20);
    body.put("priority", 30);
    return body;
  }

  static ObjectNode playback() {
    ObjectNode body = NODES.objectNode();
    body.put("attachment", "https://example.com/videos/drive.mp4");
    body.put("attachment_type", "video");
    body.putObject("geometries").putObject("box").putArray("objects_to_annotate").add("car");
    body.putArray("events_to_annotate").add("overtake");
    body.put("frame_rate", 5);
    body.put("start_time", 0);
    body.put("duration_time", 30);
    return body;
  }
}
