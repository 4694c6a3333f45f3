package org.scaletasks.clientgen.view;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the constraints of one property schema into {@code Violations} calls of the generated
 * {@code validate()} method.
 *
 * <p>Supported: {@code required}, {@code minItems}/{@code maxItems}, {@code
 * minProperties}/{@code maxProperties}, {@code minLength}/{@code maxLength}, {@code pattern},
 * {@code minimum}/{@code maximum} (exclusive too), {@code enum} on non-string types, the formats
 * {@code uri} and {@code email}, and the extensions {@code x-string-formats} and {@code
 * x-max-json-bytes}.
 */
final class PropertyChecks {

  static final String STRING_FORMATS = "x-string-formats";
  static final String MAX_JSON_BYTES = "x-max-json-bytes";
  private static final List<String> KNOWN_FORMATS = List.of("uri", "email");

  private PropertyChecks() {}

  static List<String> forProperty(
      ViewBuilder builder,
      String jsonName,
      String fieldName,
      Schema<?> raw,
      Schema<?> resolved,
      String javaType,
      String pointer) {
    List<String> checks = new ArrayList<>();
    String name = JavaText.stringLiteral(jsonName);
    Schema<?> constraints = raw.get$ref() != null ? resolved : raw;
    if (constraints == null) {
      return checks;
    }
    boolean list = javaType.startsWith("List<");
    boolean map = javaType.startsWith("Map<");
    if (list && (constraints.getMinItems() != null || constraints.getMaxItems() != null)) {
      checks.add(call("itemCount", name, fieldName, intOrNull(constraints.getMinItems()), intOrNull(constraints.getMaxItems())));
    }
    if (map && (constraints.getMinProperties() != null || constraints.getMaxProperties() != null)) {
      checks.add(call("entryCount", name, fieldName, intOrNull(constraints.getMinProperties()), intOrNull(constraints.getMaxProperties())));
    }
    if ("String".equals(javaType)) {
      if (constraints.getMinLength() != null || constraints.getMaxLength() != null) {
        checks.add(call("length", name, fieldName, intOrNull(constraints.getMinLength()), intOrNull(constraints.getMaxLength())));
      }
      if (constraints.getPattern() != null) {
        checks.add(call("pattern", name, fieldName, JavaText.stringLiteral(constraints.getPattern())));
      }
      List<String> formats = formats(builder, constraints, pointer);
      if (!formats.isEmpty()) {
        List<String> arguments = new ArrayList<>(List.of(name, fieldName));
        formats.forEach(format -> arguments.add(JavaText.stringLiteral(format)));
        checks.add(call("format", arguments.toArray(String[]::new)));
      }
    }
    boolean numeric = List.of("Integer", "Long", "BigDecimal", "Double", "Float").contains(javaType);
    if (numeric) {
      if (constraints.getMinimum() != null) {
        boolean exclusive = Boolean.TRUE.equals(constraints.getExclusiveMinimum());
        checks.add(call("minimum", name, fieldName, JavaText.stringLiteral(constraints.getMinimum().toPlainString()), String.valueOf(exclusive)));
      } else if (constraints.getExclusiveMinimumValue() != null) {
        checks.add(call("minimum", name, fieldName, JavaText.stringLiteral(constraints.getExclusiveMinimumValue().toPlainString()), "true"));
      }
      if (constraints.getMaximum() != null) {
        boolean exclusive = Boolean.TRUE.equals(constraints.getExclusiveMaximum());
        checks.add(call("maximum", name, fieldName, JavaText.stringLiteral(constraints.getMaximum().toPlainString()), String.valueOf(exclusive)));
      } else if (constraints.getExclusiveMaximumValue() != null) {
        checks.add(call("maximum", name, fieldName, JavaText.stringLiteral(constraints.getExclusiveMaximumValue().toPlainString()), "true"));
      }
      if (constraints.getEnum() != null && !constraints.getEnum().isEmpty()) {
        List<String> arguments = new ArrayList<>(List.of(name, fieldName));
        for (Object value : constraints.getEnum()) {
          if (value != null) {
            arguments.add(JavaText.stringLiteral(new BigDecimal(String.valueOf(value)).toPlainString()));
          }
        }
        checks.add(call("oneOf", arguments.toArray(String[]::new)));
      }
    }
    Object maxBytes = extension(raw, resolved, MAX_JSON_BYTES);
    if (maxBytes != null) {
      if (maxBytes instanceof Number number && number.longValue() > 0) {
        checks.add(call("maxJsonBytes", name, fieldName, String.valueOf(number.longValue())));
      } else {
        builder.addProblem(pointer + "/" + MAX_JSON_BYTES, MAX_JSON_BYTES + " must be a positive integer (a byte count); found " + maxBytes);
      }
    }
    return checks;
  }

  private static List<String> formats(ViewBuilder builder, Schema<?> constraints, String pointer) {
    List<String> formats = new ArrayList<>();
    Object extension = constraints.getExtensions() == null ? null : constraints.getExtensions().get(STRING_FORMATS);
    if (extension != null) {
      if (!(extension instanceof List<?> values) || values.isEmpty()) {
        builder.addProblem(pointer + "/" + STRING_FORMATS, STRING_FORMATS + " must be a non-empty list of formats, each one of " + KNOWN_FORMATS + "; found " + extension);
        return formats;
      }
      for (Object value : values) {
        if (!KNOWN_FORMATS.contains(String.valueOf(value))) {
          builder.addProblem(pointer + "/" + STRING_FORMATS, "unknown format " + value + " in " + STRING_FORMATS + "; use one of " + KNOWN_FORMATS);
        } else {
          formats.add(String.valueOf(value));
        }
      }
      return formats;
    }
    if (constraints.getFormat() != null && KNOWN_FORMATS.contains(constraints.getFormat())) {
      formats.add(constraints.getFormat());
    }
    return formats;
  }

  private static Object extension(Schema<?> raw, Schema<?> resolved, String name) {
    if (raw.getExtensions() != null && raw.getExtensions().containsKey(name)) {
      return raw.getExtensions().get(name);
    }
    if (resolved != null && resolved != raw && resolved.getExtensions() != null) {
      return resolved.getExtensions().get(name);
    }
    return null;
  }

  private static String intOrNull(Integer value) {
    return value == null ? "null" : value.toString();
  }

  static String call(String method, String... arguments) {
    return "violations." + method + "(" + String.join(", ", arguments) + ");";
  }
}
