package org.scaletasks.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The three operations of the Scale document, with the response body the benchmarks use. */
public enum Operation {
  SEGMENT("/task/segmentannotation", "segmentannotation-response.json"),
  VIDEO("/task/videoannotation", "videoannotation-response.json"),
  PLAYBACK("/task/videoplaybackannotation", "videoplaybackannotation-response.json");

  private static final String TIMESTAMP = "2024-05-01T12:30:00.000Z";

  final String path;
  private final String sampleName;

  Operation(String path, String sampleName) {
    this.path = path;
    this.sampleName = sampleName;
  }

  /**
   * Returns the reference sample response of spec/reference-samples, changed where the stock
   * client fails to read it (our client reads the sample as it is): {@code created_at} and {@code
   * updated_at} get real timestamps in place of {@code "string"}, and the placeholder {@code null}
   * elements of arrays, such as {@code "labels": [null]}, are removed.
   */
  byte[] responseBody() {
    try {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode task = (ObjectNode) mapper.readTree(BenchResources.read("reference-samples/" + sampleName));
      task.put("created_at", TIMESTAMP);
      task.put("updated_at", TIMESTAMP);
      removeNullArrayElements(task);
      return mapper.writeValueAsBytes(task);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void removeNullArrayElements(JsonNode node) {
    if (node instanceof ArrayNode array) {
      for (int i = array.size() - 1; i >= 0; i--) {
        if (array.get(i).isNull()) {
          array.remove(i);
        }
      }
    }
    for (JsonNode child : node) {
      removeNullArrayElements(child);
    }
  }
}
