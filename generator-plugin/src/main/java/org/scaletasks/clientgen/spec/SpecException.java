package org.scaletasks.clientgen.spec;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when an OpenAPI document cannot be read or is invalid; carries every problem found. */
public final class SpecException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<SpecProblem> problems;

  public SpecException(List<SpecProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  public List<SpecProblem> problems() {
    return problems;
  }

  private static String describe(List<SpecProblem> problems) {
    String header =
        problems.size() == 1
            ? "The OpenAPI document has 1 problem:"
            : "The OpenAPI document has " + problems.size() + " problems:";
    return problems.stream()
        .map(problem -> "  " + problem.format())
        .collect(Collectors.joining("\n", header + "\n", ""));
  }
}
