package org.scaletasks.clientgen.view;

import java.util.List;

/**
 * Template data of the class that holds the optional parameters of one operation, such as
 * {@code ListPetsParams}.
 *
 * @param packageName the client's package, which the class goes to
 * @param className the simple class name
 * @param methodName the client method that takes it
 * @param imports fully qualified imports of the parameter types, sorted
 * @param parameters the optional parameters, in document order
 */
public record ParamsView(
    String packageName, String className, String methodName, List<String> imports, List<ParameterView> parameters) {

  /** A Java expression that lists each parameter, such as {@code "limit=" + limit + ", q=" + q}. */
  public String toStringBody() {
    List<String> parts = new java.util.ArrayList<>();
    for (ParameterView parameter : parameters) {
      parts.add("\"" + parameter.javaName() + "=\" + " + parameter.javaName());
    }
    return String.join(" + \", \" + ", parts);
  }

  public boolean hasChecks() {
    return parameters.stream().anyMatch(parameter -> !parameter.checks().isEmpty());
  }
}
