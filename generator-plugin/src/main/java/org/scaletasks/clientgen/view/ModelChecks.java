package org.scaletasks.clientgen.view;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the rules that span several properties of a model into statements of its {@code
 * validate()} method.
 *
 * <p>{@code x-conditional-fields} is a list of rules of the form {@code {if: {property: value},
 * required: [...], forbidden: [...]}}. A rule applies when the property has that value, or when
 * the property is not set and its default is that value.
 *
 * <p>{@code x-distinct-from: {property: p, itemProperty: q}} on an array of objects requires that
 * no element's {@code q} equals this model's {@code p}.
 */
final class ModelChecks {

  static final String CONDITIONAL_FIELDS = "x-conditional-fields";
  static final String DISTINCT_FROM = "x-distinct-from";

  private ModelChecks() {}

  static List<String> forModel(
      ViewBuilder builder,
      String schemaName,
      Map<String, Object> extensions,
      Map<String, Schema> rawProperties,
      List<PropertyView> properties) {
    List<String> statements = new ArrayList<>();
    String pointer = "/components/schemas/" + schemaName.replace("~", "~0").replace("/", "~1");
    Object conditional = extensions.get(CONDITIONAL_FIELDS);
    if (conditional != null) {
      conditionalRules(builder, pointer + "/" + CONDITIONAL_FIELDS, conditional, properties, statements);
    }
    for (PropertyView property : properties) {
      Schema<?> raw = rawProperties.get(property.jsonName());
      Object distinct = raw.getExtensions() == null ? null : raw.getExtensions().get(DISTINCT_FROM);
      if (distinct != null) {
        String propertyPointer = pointer + "/properties/" + property.jsonName().replace("~", "~0").replace("/", "~1") + "/" + DISTINCT_FROM;
        distinctFrom(builder, propertyPointer, distinct, raw, property, properties, statements);
      }
    }
    return statements;
  }

  private static void distinctFrom(
      ViewBuilder builder,
      String pointer,
      Object value,
      Schema<?> raw,
      PropertyView property,
      List<PropertyView> properties,
      List<String> statements) {
    Map<String, String> itemFields = property.list() ? builder.fieldNamesOfReferencedModel(raw.getItems()) : null;
    if (!(value instanceof Map<?, ?> settings) || itemFields == null) {
      builder.addProblem(pointer, DISTINCT_FROM + " applies to an array of objects and needs {property: p, itemProperty: q}");
      return;
    }
    PropertyView other = find(properties, String.valueOf(settings.get("property")));
    String itemField = itemFields.get(String.valueOf(settings.get("itemProperty")));
    if (other == null) {
      builder.addProblem(pointer + "/property", "unknown property " + settings.get("property") + " in " + DISTINCT_FROM + "; use one of the model's properties");
      return;
    }
    if (itemField == null) {
      builder.addProblem(pointer + "/itemProperty", "unknown item property " + settings.get("itemProperty") + " in " + DISTINCT_FROM + "; use one of " + itemFields.keySet());
      return;
    }
    statements.add(
        PropertyChecks.call(
            "distinctFrom",
            property.jsonNameLiteral(),
            property.fieldName(),
            property.elementType() + "::" + itemField,
            other.jsonNameLiteral(),
            other.fieldName()));
  }

  private static void conditionalRules(
      ViewBuilder builder, String pointer, Object value, List<PropertyView> properties, List<String> statements) {
    if (!(value instanceof List<?> rules)) {
      builder.addProblem(pointer, CONDITIONAL_FIELDS + " must be a list of rules {if: {property: value}, required: [...], forbidden: [...]}");
      return;
    }
    for (int i = 0; i < rules.size(); i++) {
      String rulePointer = pointer + "/" + i;
      if (!(rules.get(i) instanceof Map<?, ?> rule) || !(rule.get("if") instanceof Map<?, ?> condition) || condition.size() != 1) {
        builder.addProblem(rulePointer, "each " + CONDITIONAL_FIELDS + " rule needs an `if` with exactly one property and its value");
        continue;
      }
      Map.Entry<?, ?> test = condition.entrySet().iterator().next();
      PropertyView subject = find(properties, String.valueOf(test.getKey()));
      if (subject == null) {
        builder.addProblem(rulePointer + "/if", "unknown property " + test.getKey() + " in " + CONDITIONAL_FIELDS + "; use one of the model's properties");
        continue;
      }
      String expected = String.valueOf(test.getValue());
      String reason = JavaText.stringLiteral(subject.jsonName() + " is " + expected);
      List<String> body = new ArrayList<>();
      for (String key : List.of("required", "forbidden")) {
        Object names = rule.get(key);
        if (names == null) {
          continue;
        }
        if (!(names instanceof List<?> list)) {
          builder.addProblem(rulePointer + "/" + key, key + " must be a list of property names");
          continue;
        }
        for (Object name : list) {
          PropertyView target = find(properties, String.valueOf(name));
          if (target == null) {
            builder.addProblem(rulePointer + "/" + key, "unknown property " + name + " in " + CONDITIONAL_FIELDS + "; use one of the model's properties");
            continue;
          }
          String method = key.equals("required") ? "requiredWhen" : "forbiddenWhen";
          body.add(PropertyChecks.call(method, target.jsonNameLiteral(), target.fieldName(), reason));
        }
      }
      if (body.isEmpty()) {
        continue;
      }
      boolean appliesByDefault = expected.equals(String.valueOf(subject.defaultValue()));
      statements.add(
          "if (violations.matches(" + subject.fieldName() + ", " + JavaText.stringLiteral(expected) + ", " + appliesByDefault + ")) {");
      body.forEach(line -> statements.add("  " + line));
      statements.add("}");
    }
  }

  private static PropertyView find(List<PropertyView> properties, String jsonName) {
    return properties.stream().filter(p -> p.jsonName().equals(jsonName)).findFirst().orElse(null);
  }
}
