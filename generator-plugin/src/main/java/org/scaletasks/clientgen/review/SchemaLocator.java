package org.scaletasks.clientgen.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scaletasks.clientgen.spec.NodePositions;

/**
 * Finds where in the document source a schema, property or constraint is declared, following
 * local {@code $ref}s and {@code allOf} members.
 *
 * <p>openapi-diff reports changes on schemas with references resolved and {@code allOf} merged,
 * so its result does not show which component declares a property. This class walks the raw document to
 * find that place. References to other files are not followed; the pointer then stays at the
 * reference.
 */
final class SchemaLocator {

  private final JsonNode root;
  private final NodePositions positions;

  private SchemaLocator(JsonNode root, NodePositions positions) {
    this.root = root;
    this.positions = positions;
  }

  static SchemaLocator of(Path file) throws IOException {
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    return new SchemaLocator(root, NodePositions.index(file));
  }

  JsonNode root() {
    return root;
  }

  /** Returns the line of the node at {@code pointer}, or of its nearest existing ancestor. */
  int line(String pointer) {
    return positions.find(pointer).line();
  }

  JsonNode node(String pointer) {
    return root.at(pointer);
  }

  /** Follows local {@code $ref}s from {@code pointer} to the schema they name. */
  String resolve(String pointer) {
    String current = pointer;
    for (int hops = 0; hops < 32; hops++) {
      JsonNode reference = root.at(current).path("$ref");
      if (!reference.isTextual() || !reference.asText().startsWith("#")) {
        return current;
      }
      current = reference.asText().substring(1);
    }
    return current;
  }

  /** Returns the schema at {@code pointer} and, depth first, every schema it includes by allOf. */
  List<String> declaringSchemas(String pointer) {
    List<String> schemas = new ArrayList<>();
    collect(resolve(pointer), schemas, 0);
    return schemas;
  }

  private void collect(String pointer, List<String> schemas, int depth) {
    if (depth > 16 || schemas.contains(pointer)) {
      return;
    }
    schemas.add(pointer);
    JsonNode allOf = root.at(pointer).path("allOf");
    for (int i = 0; i < allOf.size(); i++) {
      collect(resolve(pointer + "/allOf/" + i), schemas, depth + 1);
    }
  }

  /** Returns the pointer of property {@code name} of the schema, or null if none declares it. */
  String property(String schema, String name) {
    for (String declaring : declaringSchemas(schema)) {
      String pointer = declaring + "/properties/" + NodePositions.escape(name);
      if (!root.at(pointer).isMissingNode()) {
        return pointer;
      }
    }
    return null;
  }

  /**
   * Returns the pointer of the entry {@code name} in a {@code required} list of the schema, or
   * the schema's own pointer when no list names it.
   */
  String requiredEntry(String schema, String name) {
    for (String declaring : declaringSchemas(schema)) {
      JsonNode required = root.at(declaring + "/required");
      for (int i = 0; i < required.size(); i++) {
        if (name.equals(required.get(i).asText())) {
          return declaring + "/required/" + i;
        }
      }
    }
    return resolve(schema);
  }

  /** Returns the pointer of the first keyword {@code keyword} among the declaring schemas. */
  String keyword(String schema, String keyword) {
    for (String declaring : declaringSchemas(schema)) {
      String pointer = declaring + "/" + keyword;
      if (!root.at(pointer).isMissingNode()) {
        return pointer;
      }
    }
    return resolve(schema);
  }

  /** Returns the pointer of value {@code value} in the schema's {@code enum}, or of the list. */
  String enumValue(String schema, Object value) {
    String enumPointer = keyword(schema, "enum");
    JsonNode values = root.at(enumPointer);
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).asText().equals(String.valueOf(value))) {
        return enumPointer + "/" + i;
      }
    }
    return enumPointer;
  }
}
