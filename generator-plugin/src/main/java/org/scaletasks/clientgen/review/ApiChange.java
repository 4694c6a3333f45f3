package org.scaletasks.clientgen.review;

import java.util.List;

/**
 * One change of the HTTP contract between the baseline and the new document.
 *
 * @param category what changed: an operation, a parameter, a request or response body, a schema
 * @param kind added, removed or changed
 * @param subject what a reviewer recognises, such as {@code `project` became required}
 * @param operations the operations affected, such as {@code POST /task/x (createX)}; empty for
 *     a change of a component schema
 * @param severity whether the change breaks callers
 * @param reason why it breaks callers, or why the generated client tolerates it; empty for a
 *     compatible change
 * @param pointer JSON pointer of the node in the new document, or in the baseline when {@code
 *     pointerInBaseline} is true
 * @param pointerInBaseline whether {@code pointer} names a node that exists only in the baseline,
 *     because it was removed
 * @param line line of that node, or of its nearest ancestor that still exists, in the new
 *     document; 0 when unknown
 */
public record ApiChange(
    Category category,
    Kind kind,
    String subject,
    List<String> operations,
    Severity severity,
    String reason,
    String pointer,
    boolean pointerInBaseline,
    int line) {

  /** The part of the contract a change belongs to. */
  public enum Category {
    OPERATION("operations"),
    PARAMETER("parameters"),
    REQUEST_BODY("request body fields"),
    RESPONSE("response fields"),
    SCHEMA("schemas");

    private final String title;

    Category(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }
  }

  /** Added, removed or changed. */
  public enum Kind {
    ADDED,
    REMOVED,
    CHANGED
  }

  /** The effect of a change on existing callers. */
  public enum Severity {
    /** Existing callers can fail. */
    BREAKING,
    /**
     * openapi-diff counts it as breaking, but the client this plugin generates accepts it; other
     * clients may not.
     */
    TOLERATED,
    /** Existing callers keep working. */
    COMPATIBLE
  }

  /** Returns a copy that affects {@code more} operations as well. */
  ApiChange withOperations(List<String> more) {
    List<String> all = new java.util.ArrayList<>(operations);
    for (String operation : more) {
      if (!all.contains(operation)) {
        all.add(operation);
      }
    }
    return new ApiChange(category, kind, subject, List.copyOf(all), severity, reason, pointer, pointerInBaseline, line);
  }
}
