package org.scaletasks.clientgen.view;

import java.util.List;

/**
 * Template data of one path, query or header parameter of an operation.
 *
 * @param name the parameter name as sent on the wire
 * @param nameLiteral {@code name} as a Java string literal
 * @param javaName the Java name of the method argument or params field
 * @param javaType the boxed Java type, such as {@code Long} or {@code List<String>}
 * @param location {@code path}, {@code query} or {@code header}
 * @param required whether the caller must pass a value; always true for path parameters
 * @param explode for a query array: true sends one {@code name=value} pair per element, false
 *     sends one pair with the elements joined by commas
 * @param description the escaped Javadoc text of the parameter on one line, never empty
 * @param checks the {@code Violations} calls that check the value's constraints
 */
public record ParameterView(
    String name,
    String nameLiteral,
    String javaName,
    String javaType,
    String location,
    boolean required,
    boolean explode,
    String description,
    List<String> checks) {

  public boolean list() {
    return javaType.startsWith("List<");
  }

  public boolean path() {
    return "path".equals(location);
  }

  public boolean query() {
    return "query".equals(location);
  }

  public boolean header() {
    return "header".equals(location);
  }
}
