package org.scaletasks.clientgen.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Line and column of every node of a YAML or JSON document, keyed by JSON pointer.
 *
 * <p>Swagger Parser reports findings without positions, so the loader maps each finding back to
 * the source text with this index. A mapping key's position is the position of its key, which is
 * where an editor should put the cursor.
 */
public final class NodePositions {

  /** Line and column, both 1-based. */
  public record Position(int line, int column) {}

  /**
   * One {@code $ref} in the document.
   *
   * @param value the reference as written, for example {@code models/job.yaml#/Job}
   * @param pointer JSON pointer of the {@code $ref} member
   * @param position where the {@code $ref} key is
   */
  public record Reference(String value, String pointer, Position position) {}

  private final Map<String, Position> positions;
  private final List<Reference> references;

  private NodePositions(Map<String, Position> positions, List<Reference> references) {
    this.positions = positions;
    this.references = List.copyOf(references);
  }

  /** Every {@code $ref} of the document, in document order. */
  List<Reference> references() {
    return references;
  }

  /**
   * Reads the document and records the position of each node.
   *
   * @throws IOException if the file cannot be read
   * @throws com.fasterxml.jackson.core.JsonProcessingException if the text is not valid YAML or
   *     JSON; its location gives the line and column
   */
  public static NodePositions index(Path file) throws IOException {
    Map<String, Position> positions = new HashMap<>();
    List<Reference> references = new ArrayList<>();
    String text = Files.readString(file, StandardCharsets.UTF_8);
    // JSON text goes to the JSON parser: YAML 1.1 parsers reject some valid JSON, such as a
    // string with U+2028 in it, which YAML counts as a line break.
    String start = text.stripLeading();
    JsonFactory factory =
        start.startsWith("{") || start.startsWith("[") ? new JsonFactory() : new YAMLFactory();
    try (JsonParser parser = factory.createParser(text)) {
      Deque<Frame> frames = new ArrayDeque<>();
      String pendingPointer = "";
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        Frame parent = frames.peek();
        if (token == JsonToken.FIELD_NAME) {
          String pointer = parent.pointer + "/" + escape(parser.currentName());
          positions.putIfAbsent(pointer, position(parser.currentTokenLocation()));
          pendingPointer = pointer;
          continue;
        }
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          frames.pop();
          continue;
        }
        String pointer;
        if (parent == null) {
          pointer = "";
        } else if (parent.array) {
          pointer = parent.pointer + "/" + parent.nextIndex++;
        } else {
          pointer = pendingPointer;
        }
        positions.putIfAbsent(pointer, position(parser.currentTokenLocation()));
        if (token == JsonToken.VALUE_STRING && pointer.endsWith("/$ref")) {
          references.add(new Reference(parser.getText(), pointer, positions.get(pointer)));
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          frames.push(new Frame(pointer, token == JsonToken.START_ARRAY));
        }
      }
    }
    return new NodePositions(positions, references);
  }

  /**
   * Returns the position of the node at {@code pointer}, or of its nearest existing ancestor
   * when the node itself is missing (a required key that is absent, for example).
   */
  public Position find(String pointer) {
    String current = pointer;
    while (true) {
      Position position = positions.get(current);
      if (position != null) {
        return position;
      }
      if (current.isEmpty()) {
        return new Position(1, 1);
      }
      JsonPointer head = JsonPointer.compile(current).head();
      current = head == null ? "" : head.toString();
    }
  }

  public boolean contains(String pointer) {
    return positions.containsKey(pointer);
  }

  public static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  private static Position position(JsonLocation location) {
    return new Position(location.getLineNr(), location.getColumnNr());
  }

  private static final class Frame {
    final String pointer;
    final boolean array;
    int nextIndex;

    Frame(String pointer, boolean array) {
      this.pointer = pointer;
      this.array = array;
    }
  }
}
