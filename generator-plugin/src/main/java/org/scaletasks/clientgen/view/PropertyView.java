package org.scaletasks.clientgen.view;

import java.util.List;

/**
 * One property of a generated model, with every name and type already resolved.
 *
 * @param jsonName the property name on the wire
 * @param jsonNameLiteral {@code jsonName} as a Java string literal
 * @param fieldName the Java field, accessor and builder method name
 * @param javaType the declared Java type, for example {@code List<Label>}
 * @param elementType the element type of a list or the value type of a map, otherwise null
 * @param adderName the builder method that adds one element or entry, or null for other types
 * @param required whether the document lists the property as required
 * @param nullable whether the document allows an explicit JSON {@code null}
 * @param list whether the type is a {@code List}
 * @param map whether the type is a {@code Map}
 * @param javadoc the escaped Javadoc lines of the accessor
 * @param checks Java statements that validate the property in {@code validate()}
 * @param defaultValue the documented default as JSON text, or null; the server applies it
 */
public record PropertyView(
    String jsonName,
    String jsonNameLiteral,
    String fieldName,
    String javaType,
    String elementType,
    String adderName,
    boolean required,
    boolean nullable,
    boolean list,
    boolean map,
    List<String> javadoc,
    List<String> checks,
    String defaultValue) {

  /** Whether an optional property must keep an explicit {@code null} apart from "not set". */
  public boolean tracksExplicitNull() {
    return nullable && !required;
  }

  /**
   * The {@code Json} method that parses this property's date text, or null when the property is
   * not a date. A response date that does not parse is kept as text among the additional
   * properties instead of failing the whole response.
   */
  public String dateParser() {
    return switch (javaType) {
      case "OffsetDateTime" -> "parseOffsetDateTime";
      case "LocalDate" -> "parseLocalDate";
      default -> null;
    };
  }

  /**
   * The name literal for {@code @JsonProperty}. Jackson reads an empty name there as "use the
   * Java name", so an empty JSON name is written as the placeholder that the generated {@code
   * Json} mapper renames to the empty string.
   */
  public String jsonPropertyLiteral() {
    return jsonName.isEmpty() ? JavaText.stringLiteral(EMPTY_NAME_PLACEHOLDER) : jsonNameLiteral;
  }

  /** U+0000, which stands for the empty JSON property name in annotations. */
  public static final String EMPTY_NAME_PLACEHOLDER = "\u0000";

  /** Whether {@code build()} must reject a missing value. */
  public boolean requiredNonNull() {
    return required && !nullable;
  }
}
