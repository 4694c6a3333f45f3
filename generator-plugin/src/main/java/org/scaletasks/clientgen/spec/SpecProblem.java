package org.scaletasks.clientgen.spec;

import java.nio.file.Path;

/**
 * One finding about an OpenAPI document: where it is and what is wrong.
 *
 * @param file the document that contains the problem
 * @param line 1-based line, or 0 when the position is unknown
 * @param column 1-based column, or 0 when the position is unknown
 * @param pointer JSON pointer of the offending node, or an empty string for the whole document
 * @param message what is wrong and, where known, how to fix it
 */
public record SpecProblem(Path file, int line, int column, String pointer, String message) {

  /** Formats the problem as {@code file:line:column: message (at pointer)}, like a compiler. */
  public String format() {
    StringBuilder text = new StringBuilder(file.toString());
    if (line > 0) {
      text.append(':').append(line).append(':').append(column);
    }
    text.append(": ").append(message);
    if (!pointer.isEmpty()) {
      text.append(" (at ").append(pointer).append(')');
    }
    return text.toString();
  }
}
