package org.scaletasks.clientgen.spec;

import io.swagger.v3.oas.models.OpenAPI;
import java.nio.file.Path;

/**
 * A parsed OpenAPI document together with the source positions of its nodes.
 *
 * @param file the document's path
 * @param openApi the parsed document
 * @param positions line and column of each node, keyed by JSON pointer
 * @param warnings findings that do not stop generation, each with its position
 */
public record LoadedSpec(Path file, OpenAPI openApi, NodePositions positions, java.util.List<String> warnings) {

  public LoadedSpec(Path file, OpenAPI openApi, NodePositions positions) {
    this(file, openApi, positions, java.util.List.of());
  }

  /** Creates a problem at the node {@code pointer} points to, or at its nearest ancestor. */
  public SpecProblem problemAt(String pointer, String message) {
    NodePositions.Position position = positions.find(pointer);
    return new SpecProblem(file, position.line(), position.column(), pointer, message);
  }
}
