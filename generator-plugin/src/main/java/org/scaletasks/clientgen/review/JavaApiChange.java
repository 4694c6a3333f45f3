package org.scaletasks.clientgen.review;

/**
 * One change of the generated client's public Java API.
 *
 * @param kind added, removed or changed
 * @param element what changed: a type, a method, a builder setter, a constructor or a field
 * @param type the fully qualified name of the type, with {@code $} for nested types
 * @param signature the member's signature, old and new joined by an arrow when it changed; empty
 *     for a type
 * @param binaryCompatible whether code compiled against the old client still links
 * @param sourceCompatible whether code written for the old client still compiles
 */
public record JavaApiChange(
    ApiChange.Kind kind,
    Element element,
    String type,
    String signature,
    boolean binaryCompatible,
    boolean sourceCompatible) {

  /** The kind of API element. */
  public enum Element {
    TYPE("type"),
    METHOD("method"),
    BUILDER_SETTER("builder setter"),
    CONSTRUCTOR("constructor"),
    FIELD("field");

    private final String title;

    Element(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }
  }

  public boolean incompatible() {
    return !binaryCompatible || !sourceCompatible;
  }
}
