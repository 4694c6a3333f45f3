package org.scaletasks.clientgen.view;

import java.util.List;

/**
 * Template data of one object model.
 *
 * @param modelPackage the Java package of the model
 * @param className the simple class name
 * @param imports fully qualified imports, sorted
 * @param javadoc the escaped Javadoc lines of the class
 * @param properties the properties in document order
 * @param nestedEnums open enumerations declared inline in the document, nested in the class
 * @param modelChecks Java statements that validate rules spanning several properties
 * @param hasChecks whether {@code validate()} has anything to check
 */
public record ModelView(
    String modelPackage,
    String className,
    List<String> imports,
    List<String> javadoc,
    List<PropertyView> properties,
    List<EnumView> nestedEnums,
    List<String> modelChecks,
    boolean hasChecks) {

  /** Whether some optional property can carry an explicit JSON {@code null}. */
  public boolean hasExplicitNullProperties() {
    return properties.stream().anyMatch(PropertyView::tracksExplicitNull);
  }
}
