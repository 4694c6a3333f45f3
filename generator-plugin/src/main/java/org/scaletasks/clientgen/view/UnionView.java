package org.scaletasks.clientgen.view;

import java.util.List;

/**
 * Template data of a {@code oneOf} or {@code anyOf} schema: a value that is exactly one of
 * several types.
 *
 * @param modelPackage the Java package of the union
 * @param className the simple class name
 * @param imports fully qualified imports, sorted
 * @param javadoc the escaped Javadoc lines of the class
 * @param variants the alternatives in document order
 */
public record UnionView(
    String modelPackage,
    String className,
    List<String> imports,
    List<String> javadoc,
    List<Variant> variants) {

  /** The factory of the first alternative, for the class documentation. */
  public String exampleFactory() {
    return variants.isEmpty() ? "of" : variants.get(0).factoryName();
  }

  /** Whether some alternative has a generic type, so casts to it are unchecked. */
  public boolean anyGeneric() {
    return variants.stream().anyMatch(Variant::generic);
  }

  /**
   * One alternative of a union.
   *
   * @param index the position of the alternative, stored in each instance
   * @param caseName the PascalCase name of the alternative, used in {@code isX}, {@code asX}
   *     and {@code visitX}
   * @param javaType the Java type of the alternative
   * @param factoryName the static factory, {@code of} unless two alternatives erase to the same
   *     type
   * @param jsonKind the JSON node kind that selects this alternative: {@code STRING}, {@code
   *     INTEGER}, {@code NUMBER}, {@code BOOLEAN}, {@code ARRAY} or {@code OBJECT}
   * @param requiredPropertiesLiteral for objects, a {@code List.of(...)} expression of the
   *     required JSON property names that tell alternatives apart
   * @param knownPropertiesLiteral for objects, a {@code List.of(...)} expression of all the
   *     declared JSON property names
   * @param last whether this is the last alternative
   * @param validatable whether the type is a generated model or union, so {@code validate()} of
   *     the union calls its {@code validate()}
   */
  public record Variant(
      int index,
      String caseName,
      String javaType,
      String factoryName,
      String jsonKind,
      String requiredPropertiesLiteral,
      String knownPropertiesLiteral,
      boolean last,
      boolean validatable) {

    /** Whether the type has type arguments, such as {@code List<String>}. */
    public boolean generic() {
      return javaType.contains("<");
    }
  }
}
