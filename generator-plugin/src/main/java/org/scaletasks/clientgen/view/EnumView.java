package org.scaletasks.clientgen.view;

import java.util.List;

/**
 * An open enumeration: a final class with one constant per documented value that also accepts
 * values the document does not list.
 *
 * @param className the simple class name
 * @param modifiers the class modifiers, {@code public final} or {@code public static final}
 * @param valueType the Java type of the wire value, for example {@code String} or {@code Long}
 * @param javadoc the escaped Javadoc lines of the class
 * @param constants one entry per documented value, in document order
 * @param numeric whether values are numbers, compared by numeric value
 */
public record EnumView(
    String className,
    String modifiers,
    String valueType,
    List<String> javadoc,
    List<Constant> constants,
    boolean numeric) {

  /**
   * One documented value.
   *
   * @param name the Java constant name
   * @param literal a Java expression of type {@code valueType} that produces the value
   * @param javadoc the escaped Javadoc lines of the constant
   */
  public record Constant(String name, String literal, List<String> javadoc) {}
}
