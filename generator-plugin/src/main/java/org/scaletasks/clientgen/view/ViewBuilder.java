package org.scaletasks.clientgen.view;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.servers.Server;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenProperty;
import org.scaletasks.clientgen.codegen.ClientCodegenConfig;
import org.scaletasks.clientgen.codegen.InlineSchemas;
import org.scaletasks.clientgen.spec.LoadedSpec;
import org.scaletasks.clientgen.spec.SpecException;
import org.scaletasks.clientgen.spec.SpecProblem;

/**
 * Builds the template data of every generated file from OpenAPI Generator's codegen model.
 *
 * <p>Names, types and escaped text are settled here, in Java, so that the templates only place
 * finished strings. Anything the generator cannot express becomes a {@link SpecProblem} at the
 * node that causes it, and all of them are reported together.
 */
public final class ViewBuilder {

  private static final String REF_PREFIX = "#/components/schemas/";

  /** A response key: an HTTP status, a status range such as {@code 4XX}, or {@code default}. */
  private static final java.util.regex.Pattern RESPONSE_KEY =
      java.util.regex.Pattern.compile("[1-5](?:[0-9]{2}|XX)|default");

  /** All generated files of one document. */
  public record Views(
      String packageName,
      String modelPackage,
      List<ModelView> models,
      List<EnumView> enums,
      List<UnionView> unions,
      ClientView client,
      List<String> skippedOperations) {}

  private enum Kind {
    OBJECT,
    ENUM,
    UNION,
    ALIAS
  }

  private final LoadedSpec spec;
  private final OpenAPI openApi;
  private final String packageName;
  private final String modelPackage;
  private final String clientClassName;
  private final Map<String, Schema> schemas;
  private final Map<String, Kind> kinds = new TreeMap<>();
  private final Map<String, String> modelNames = new TreeMap<>();
  private final Map<String, Map<String, String>> fieldNames = new TreeMap<>();
  private final Set<String> generatedTypeNames = new HashSet<>();
  /** Class names of the generated models and unions, the types that have a {@code validate()}. */
  private final Set<String> validatableTypeNames = new HashSet<>();
  private final List<SpecProblem> problems = new ArrayList<>();
  private final List<String> skippedOperations = new ArrayList<>();
  private boolean skipUnsupportedOperations;
  private ClientCodegenConfig codegen;

  private ViewBuilder(LoadedSpec spec, String packageName, String clientClassName) {
    this.spec = spec;
    this.openApi = spec.openApi();
    this.packageName = packageName;
    this.modelPackage = packageName + ".model";
    this.clientClassName = clientClassName;
    InlineSchemas.extract(openApi);
    Map<String, Schema> components = openApi.getComponents().getSchemas();
    this.schemas = new TreeMap<>(components == null ? Map.of() : components);
  }

  /**
   * Builds the views of every model, enumeration, union and the client.
   *
   * @throws SpecException listing every construct that the generator cannot express
   */
  public static Views build(LoadedSpec spec, String packageName, String clientClassName)
      throws SpecException {
    return build(spec, packageName, clientClassName, false);
  }

  /**
   * Builds the views; with {@code skipUnsupportedOperations}, an operation that the client
   * cannot express is left out and described in {@link Views#skippedOperations()} instead of
   * failing the build.
   */
  public static Views build(
      LoadedSpec spec, String packageName, String clientClassName, boolean skipUnsupportedOperations)
      throws SpecException {
    ViewBuilder builder = new ViewBuilder(spec, packageName, clientClassName);
    builder.skipUnsupportedOperations = skipUnsupportedOperations;
    return builder.build();
  }

  private Views build() throws SpecException {
    classifyAndName();
    codegen = new ClientCodegenConfig(openApi, modelNames);
    for (String name : schemas.keySet()) {
      if (kinds.get(name) == Kind.OBJECT) {
        fieldNames.put(name, allocateFieldNames(name));
      }
    }
    List<ModelView> models = new ArrayList<>();
    List<EnumView> enums = new ArrayList<>();
    List<UnionView> unions = new ArrayList<>();
    for (Map.Entry<String, Schema> entry : schemas.entrySet()) {
      String name = entry.getKey();
      switch (kinds.get(name)) {
        case OBJECT -> models.add(objectModel(name, entry.getValue()));
        case ENUM -> enums.add(enumView(modelNames.get(name), "public final", entry.getValue()));
        case UNION -> unions.add(union(name, entry.getValue()));
        case ALIAS -> {}
      }
    }
    ClientView client = client();
    if (!problems.isEmpty()) {
      throw new SpecException(problems);
    }
    return new Views(packageName, modelPackage, models, enums, unions, client, List.copyOf(skippedOperations));
  }

  // ---- naming -------------------------------------------------------------------------------

  private void classifyAndName() {
    Set<String> takenLowerCase = new HashSet<>();
    takenLowerCase.add(clientClassName.toLowerCase(Locale.ROOT));
    for (String supporting : List.of("ApiException", "ValidationException")) {
      takenLowerCase.add(supporting.toLowerCase(Locale.ROOT));
    }
    for (Map.Entry<String, Schema> entry : schemas.entrySet()) {
      Kind kind = classify(entry.getValue());
      kinds.put(entry.getKey(), kind);
      if (kind == Kind.ALIAS) {
        continue;
      }
      String base = JavaNames.typeName(entry.getKey());
      String candidate = base;
      for (int suffix = 2; takenLowerCase.contains(candidate.toLowerCase(Locale.ROOT)); suffix++) {
        candidate = base + suffix;
      }
      takenLowerCase.add(candidate.toLowerCase(Locale.ROOT));
      modelNames.put(entry.getKey(), candidate);
      generatedTypeNames.add(candidate);
      if (kind == Kind.OBJECT || kind == Kind.UNION) {
        validatableTypeNames.add(candidate);
      }
    }
  }

  private static Kind classify(Schema<?> schema) {
    if (InlineSchemas.isReferenceWrapper(schema)) {
      return Kind.ALIAS;
    }
    if (isConstEnumeration(schema)) {
      return constMembers(schema).stream().allMatch(m -> m.getConst() instanceof String) ? Kind.ENUM : Kind.ALIAS;
    }
    if (schema.getOneOf() != null || schema.getAnyOf() != null) {
      return Kind.UNION;
    }
    if (schema.getEnum() != null && !schema.getEnum().isEmpty() && isStringType(schema)) {
      return Kind.ENUM;
    }
    if ((schema.getProperties() != null && !schema.getProperties().isEmpty())
        || schema.getAllOf() != null) {
      return Kind.OBJECT;
    }
    return Kind.ALIAS;
  }

  /**
   * Whether the schema is an enumeration written the OpenAPI 3.1 way: a {@code oneOf} or {@code
   * anyOf} whose members each hold one {@code const}, usually with a {@code title} naming it.
   */
  static boolean isConstEnumeration(Schema<?> schema) {
    List<Schema> members = constMembers(schema);
    return !members.isEmpty() && members.stream().allMatch(member -> member.getConst() != null);
  }

  private static List<Schema> constMembers(Schema<?> schema) {
    List<Schema> members = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
    return members == null ? List.of() : members;
  }

  private static boolean isStringType(Schema<?> schema) {
    return "string".equals(typeOf(schema)) || (typeOf(schema) == null && schema.getEnum().stream().allMatch(v -> v instanceof String));
  }

  private static String typeOf(Schema<?> schema) {
    if (schema.getType() != null) {
      return schema.getType();
    }
    if (schema.getTypes() != null) {
      return schema.getTypes().stream().filter(t -> !"null".equals(t)).findFirst().orElse(null);
    }
    return null;
  }

  /**
   * Java field names of a model's properties, keyed by JSON name, in document order. A JSON name
   * that is already its own Java name, such as {@code unitPrice}, keeps it, and the other names that
   * convert to the same identifier ({@code unit_price}, {@code unit-price}) get a suffix in
   * document order, so the result does not depend on which of them comes first.
   */
  private Map<String, String> allocateFieldNames(String schemaName) {
    Set<String> jsonNames = flattenedProperties(schemas.get(schemaName)).keySet();
    Map<String, String> allocated = new HashMap<>();
    Set<String> taken = new HashSet<>();
    for (String jsonName : jsonNames) {
      if (JavaNames.memberName(jsonName).equals(jsonName)) {
        taken.add(jsonName.toLowerCase(Locale.ROOT));
        allocated.put(jsonName, jsonName);
      }
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (String jsonName : jsonNames) {
      if (allocated.containsKey(jsonName)) {
        names.put(jsonName, allocated.get(jsonName));
        continue;
      }
      String base = JavaNames.memberName(jsonName);
      String candidate = base;
      for (int suffix = 2; taken.contains(candidate.toLowerCase(Locale.ROOT)); suffix++) {
        candidate = base + suffix;
      }
      taken.add(candidate.toLowerCase(Locale.ROOT));
      names.put(jsonName, candidate);
    }
    return names;
  }

  /** Properties of a schema with its {@code allOf} parts merged, in document order. */
  private Map<String, Schema> flattenedProperties(Schema<?> schema) {
    Map<String, Schema> properties = new LinkedHashMap<>();
    collectProperties(schema, properties, new HashSet<>());
    return properties;
  }

  private void collectProperties(Schema<?> schema, Map<String, Schema> into, Set<String> seen) {
    if (schema == null) {
      return;
    }
    if (schema.get$ref() != null) {
      String name = refName(schema.get$ref());
      if (seen.add(name)) {
        collectProperties(schemas.get(name), into, seen);
      }
      return;
    }
    if (schema.getAllOf() != null) {
      for (Schema<?> part : schema.getAllOf()) {
        collectProperties(part, into, seen);
      }
    }
    if (schema.getProperties() != null) {
      into.putAll(schema.getProperties());
    }
  }

  private Set<String> flattenedRequired(Schema<?> schema, Set<String> seen) {
    Set<String> required = new TreeSet<>();
    if (schema == null) {
      return required;
    }
    if (schema.get$ref() != null) {
      String name = refName(schema.get$ref());
      return seen.add(name) ? flattenedRequired(schemas.get(name), seen) : required;
    }
    if (schema.getAllOf() != null) {
      for (Schema<?> part : schema.getAllOf()) {
        required.addAll(flattenedRequired(part, seen));
      }
    }
    if (schema.getRequired() != null) {
      required.addAll(schema.getRequired());
    }
    return required;
  }

  /** {@code x-} extensions of a schema and of its inline {@code allOf} parts. */
  private static Map<String, Object> flattenedExtensions(Schema<?> schema) {
    Map<String, Object> extensions = new LinkedHashMap<>();
    if (schema.getAllOf() != null) {
      for (Schema<?> part : schema.getAllOf()) {
        if (part.get$ref() == null && part.getExtensions() != null) {
          extensions.putAll(part.getExtensions());
        }
      }
    }
    if (schema.getExtensions() != null) {
      extensions.putAll(schema.getExtensions());
    }
    return extensions;
  }

  private static String refName(String ref) {
    return ref.startsWith(REF_PREFIX) ? ref.substring(REF_PREFIX.length()) : ref;
  }

  private String schemaPointer(String schemaName) {
    return "/components/schemas/" + escapePointer(schemaName);
  }

  private static String escapePointer(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  // ---- object models --------------------------------------------------------------------------

  private ModelView objectModel(String schemaName, Schema<?> schema) {
    String className = modelNames.get(schemaName);
    CodegenModel codegenModel;
    try {
      codegenModel = codegen.fromModel(schemaName, schema);
    } catch (RuntimeException e) {
      addProblem(schemaPointer(schemaName), "OpenAPI Generator cannot read this schema: " + e.getMessage());
      codegenModel = new CodegenModel();
    }
    Map<String, Schema> rawProperties = flattenedProperties(schema);
    Set<String> required = flattenedRequired(schema, new HashSet<>());
    Map<String, String> names = fieldNames.get(schemaName);

    Map<String, CodegenProperty> codegenProperties = new LinkedHashMap<>();
    for (CodegenProperty property : codegenModel.vars) {
      codegenProperties.putIfAbsent(property.baseName, property);
    }

    Set<String> nestedTaken = new HashSet<>(generatedTypeNames);
    nestedTaken.add(className);
    List<EnumView> nestedEnums = new ArrayList<>();
    List<PropertyView> properties = new ArrayList<>();
    for (Map.Entry<String, Schema> entry : rawProperties.entrySet()) {
      String jsonName = entry.getKey();
      Schema<?> raw = entry.getValue();
      CodegenProperty codegenProperty = codegenProperties.get(jsonName);
      String pointer = schemaPointer(schemaName) + "/properties/" + escapePointer(jsonName);
      TypeContext context = new TypeContext(jsonName, nestedTaken, nestedEnums, pointer);
      String javaType = javaType(raw, context);
      properties.add(
          property(jsonName, names.get(jsonName), raw, codegenProperty, required.contains(jsonName), javaType, pointer));
    }
    List<String> modelChecks =
        ModelChecks.forModel(this, schemaName, flattenedExtensions(schema), rawProperties, properties);
    boolean hasChecks =
        !modelChecks.isEmpty() || properties.stream().anyMatch(p -> !p.checks().isEmpty());
    String description = schema.getDescription() != null ? schema.getDescription() : codegenModel.description;
    return new ModelView(
        modelPackage,
        className,
        modelImports(properties, nestedEnums, hasChecks),
        JavaText.javadocLines(description),
        properties,
        nestedEnums,
        modelChecks,
        hasChecks);
  }

  private PropertyView property(
      String jsonName,
      String fieldName,
      Schema<?> raw,
      CodegenProperty codegenProperty,
      boolean required,
      String javaType,
      String pointer) {
    Schema<?> resolved = resolve(raw);
    boolean nullable =
        Boolean.TRUE.equals(raw.getNullable())
            || (raw.getTypes() != null && raw.getTypes().contains("null"))
            || InlineSchemas.hasNullMember(raw)
            || (codegenProperty != null && codegenProperty.isNullable);
    boolean list = javaType.startsWith("List<");
    boolean map = javaType.startsWith("Map<");
    String elementType = null;
    if (list) {
      elementType = javaType.substring("List<".length(), javaType.length() - 1);
    } else if (map) {
      elementType = javaType.substring("Map<String, ".length(), javaType.length() - 1);
    }
    String adderName = null;
    if (list) {
      adderName = JavaNames.adderName(singular(fieldName));
    } else if (map) {
      adderName = "put" + Character.toUpperCase(fieldName.charAt(0)) + singular(fieldName).substring(1);
    }
    String description = raw.getDescription() != null ? raw.getDescription() : resolved.getDescription();
    List<String> javadoc = new ArrayList<>(JavaText.javadocLines(description));
    Object defaultValue = raw.getDefault() != null ? raw.getDefault() : resolved.getDefault();
    if (defaultValue != null) {
      if (!javadoc.isEmpty()) {
        javadoc.add("");
      }
      javadoc.add(
          "<p>The server uses " + JavaText.escapeJavadoc(String.valueOf(defaultValue)) + " when this is not set.");
    }
    List<String> checks =
        new ArrayList<>(PropertyChecks.forProperty(this, jsonName, fieldName, raw, resolved, javaType, pointer));
    String nested = nestedValidation(JavaText.stringLiteral(jsonName), fieldName, javaType, list, map, elementType);
    if (nested != null) {
      checks.add(nested);
    }
    return new PropertyView(
        jsonName,
        JavaText.stringLiteral(jsonName),
        fieldName,
        javaType,
        elementType,
        adderName,
        required,
        nullable,
        list,
        map,
        javadoc,
        checks,
        defaultValue == null ? null : String.valueOf(defaultValue));
  }

  /**
   * Returns the statement that validates a nested model or union (or each one in a list or map)
   * as part of this model, so that objects read from JSON are checked in depth before they are
   * sent. Returns null when the type contains no generated model.
   */
  private String nestedValidation(
      String nameLiteral, String fieldName, String javaType, boolean list, boolean map, String elementType) {
    if (isValidatable(javaType)) {
      return PropertyChecks.call("nested", nameLiteral, fieldName, javaType + "::validate");
    }
    if (list && isValidatable(elementType)) {
      return PropertyChecks.call("nestedEach", nameLiteral, fieldName, elementType + "::validate");
    }
    if (map && isValidatable(elementType)) {
      return PropertyChecks.call("nestedValues", nameLiteral, fieldName, elementType + "::validate");
    }
    return null;
  }

  private boolean isValidatable(String javaType) {
    return validatableTypeNames.contains(javaType);
  }

  private static String singular(String name) {
    if (name.endsWith("ies") && name.length() > 3) {
      return name.substring(0, name.length() - 3) + "y";
    }
    if (name.endsWith("ses") || name.endsWith("xes")) {
      return name.substring(0, name.length() - 2);
    }
    boolean latinSingular = name.endsWith("ss") || name.endsWith("is") || name.endsWith("us");
    if (name.endsWith("s") && !latinSingular && name.length() > 1) {
      return name.substring(0, name.length() - 1);
    }
    return name;
  }

  /** Context of a type resolution: the owning property, for naming nested enumerations. */
  private record TypeContext(
      String propertyName, Set<String> nestedTaken, List<EnumView> nestedEnums, String pointer) {}

  private String javaType(Schema<?> schema, TypeContext context) {
    if (schema == null) {
      return "Object";
    }
    if (InlineSchemas.isReferenceWrapper(schema)) {
      return javaType(InlineSchemas.wrappedSchema(schema), context);
    }
    if (schema.get$ref() != null) {
      String name = refName(schema.get$ref());
      Schema<?> target = schemas.get(name);
      if (target == null) {
        // Operation bodies resolve types without a context; the message names the reference.
        String pointer = context == null ? "" : context.pointer();
        problems.add(
            spec.problemAt(
                pointer,
                "unresolved reference " + schema.get$ref()
                    + "; point it at a schema under #/components/schemas/ or fix the reference"));
        return "Object";
      }
      String className = modelNames.get(name);
      return className != null ? className : javaType(target, context);
    }
    boolean constStrings =
        isConstEnumeration(schema) && constMembers(schema).stream().allMatch(m -> m.getConst() instanceof String);
    if (constStrings && context == null) {
      return "String";
    }
    if (isConstEnumeration(schema) && !constStrings) {
      Object first = constMembers(schema).get(0).getConst();
      if (first instanceof Integer || first instanceof Long) {
        return "Long";
      }
      return first instanceof Number ? "BigDecimal" : "Object";
    }
    if (((schema.getEnum() != null && !schema.getEnum().isEmpty() && isStringType(schema)) || constStrings)
        && context != null) {
      String base = JavaNames.typeName(context.propertyName());
      String candidate = base;
      for (int suffix = 2; context.nestedTaken().contains(candidate); suffix++) {
        candidate = base + suffix;
      }
      context.nestedTaken().add(candidate);
      context.nestedEnums().add(enumView(candidate, "public static final", schema));
      return candidate;
    }
    String type = typeOf(schema);
    String format = schema.getFormat();
    if (type == null) {
      if (schema.getItems() != null) {
        type = "array";
      } else if (schema.getAdditionalProperties() != null) {
        type = "object";
      } else {
        return "Object";
      }
    }
    return switch (type) {
      case "string" -> switch (format == null ? "" : format) {
        case "date-time" -> "OffsetDateTime";
        case "date" -> "LocalDate";
        case "uuid" -> "UUID";
        default -> "String";
      };
      case "integer" -> "int32".equals(format) ? "Integer" : "Long";
      case "number" -> switch (format == null ? "" : format) {
        case "float" -> "Float";
        case "double" -> "Double";
        default -> "BigDecimal";
      };
      case "boolean" -> "Boolean";
      case "array" -> "List<" + javaType(schema.getItems(), itemContext(context)) + ">";
      case "object" -> {
        Object additional = schema.getAdditionalProperties();
        String valueType =
            additional instanceof Schema<?> values ? javaType(values, itemContext(context)) : "Object";
        yield "Map<String, " + valueType + ">";
      }
      default -> "Object";
    };
  }

  private static TypeContext itemContext(TypeContext context) {
    if (context == null) {
      return null;
    }
    return new TypeContext(context.propertyName() + " item", context.nestedTaken(), context.nestedEnums(), context.pointer());
  }

  Schema<?> resolve(Schema<?> schema) {
    Schema<?> current = schema;
    Set<String> seen = new HashSet<>();
    while (current != null && InlineSchemas.isReferenceWrapper(current)) {
      current = InlineSchemas.wrappedSchema(current);
    }
    while (current != null && current.get$ref() != null && seen.add(current.get$ref())) {
      Schema<?> target = schemas.get(refName(current.get$ref()));
      if (target == null) {
        return current;
      }
      current = target;
    }
    return current;
  }

  Map<String, String> fieldNamesOfReferencedModel(Schema<?> schema) {
    if (schema == null || schema.get$ref() == null) {
      return null;
    }
    return fieldNames.get(refName(schema.get$ref()));
  }

  void addProblem(String pointer, String message) {
    problems.add(spec.problemAt(pointer, message));
  }

  private List<String> modelImports(List<PropertyView> properties, List<EnumView> nestedEnums, boolean hasChecks) {
    Set<String> imports = new TreeSet<>(imports(properties.stream().map(PropertyView::javaType).toList(), nestedEnums));
    imports.addAll(List.of(
        "com.fasterxml.jackson.annotation.JsonAnyGetter",
        "com.fasterxml.jackson.annotation.JsonAutoDetect",
        "com.fasterxml.jackson.annotation.JsonAnySetter",
        "com.fasterxml.jackson.annotation.JsonIgnore",
        "com.fasterxml.jackson.annotation.JsonInclude",
        "com.fasterxml.jackson.annotation.JsonProperty",
        "com.fasterxml.jackson.databind.annotation.JsonDeserialize",
        "com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder",
        "java.util.LinkedHashMap",
        "java.util.Map",
        "java.util.Objects",
        packageName + ".core.Copies",
        packageName + ".core.Violations"));
    if (properties.stream().anyMatch(PropertyView::list)) {
      imports.add("java.util.ArrayList");
      imports.add("java.util.List");
    }
    if (properties.stream().noneMatch(PropertyView::list)) {
      imports.remove("java.util.ArrayList");
    }
    if (properties.stream().anyMatch(p -> p.dateParser() != null)) {
      imports.add(packageName + ".core.Json");
    }
    if (!nestedEnums.isEmpty()) {
      imports.add("com.fasterxml.jackson.annotation.JsonCreator");
      imports.add("com.fasterxml.jackson.annotation.JsonValue");
      imports.add("java.util.Optional");
    }
    return new ArrayList<>(imports);
  }

  private List<String> imports(List<String> javaTypes, List<EnumView> nestedEnums) {
    Set<String> imports = new TreeSet<>();
    List<String> types = new ArrayList<>(javaTypes);
    for (EnumView nested : nestedEnums) {
      types.add(nested.valueType());
    }
    for (String type : types) {
      addImports(type, imports);
    }
    return new ArrayList<>(imports);
  }

  private static void addImports(String type, Set<String> imports) {
    if (type.contains("List<")) {
      imports.add("java.util.List");
    }
    if (type.contains("Map<")) {
      imports.add("java.util.Map");
    }
    if (type.contains("BigDecimal")) {
      imports.add("java.math.BigDecimal");
    }
    if (type.contains("OffsetDateTime")) {
      imports.add("java.time.OffsetDateTime");
    }
    if (type.contains("LocalDate")) {
      imports.add("java.time.LocalDate");
    }
    if (type.contains("UUID")) {
      imports.add("java.util.UUID");
    }
  }

  // ---- enumerations ---------------------------------------------------------------------------

  private EnumView enumView(String className, String modifiers, Schema<?> schema) {
    List<EnumView.Constant> constants = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    Set<String> seenValues = new HashSet<>();
    Map<Object, String> titles = new LinkedHashMap<>();
    List<Object> values = new ArrayList<>();
    if (isConstEnumeration(schema)) {
      for (Schema<?> member : constMembers(schema)) {
        values.add(member.getConst());
        if (member.getTitle() != null) {
          titles.put(member.getConst(), member.getTitle());
        }
      }
    } else {
      values.addAll(schema.getEnum());
    }
    for (Object value : values) {
      if (value == null || !seenValues.add(String.valueOf(value))) {
        continue;
      }
      String text = String.valueOf(value);
      String base = JavaNames.constantName(titles.getOrDefault(value, text));
      String name = base;
      for (int suffix = 2; taken.contains(name); suffix++) {
        name = base + "_" + suffix;
      }
      taken.add(name);
      constants.add(
          new EnumView.Constant(
              name,
              JavaText.stringLiteral(text),
              List.of("The value {@code " + JavaText.escapeJavadoc(text) + "}.")));
    }
    return new EnumView(
        className, modifiers, "String", JavaText.javadocLines(schema.getDescription()), constants, false);
  }

  // ---- unions ---------------------------------------------------------------------------------

  private UnionView union(String schemaName, Schema<?> schema) {
    String className = modelNames.get(schemaName);
    List<Schema> members = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
    String pointer = schemaPointer(schemaName) + (schema.getOneOf() != null ? "/oneOf" : "/anyOf");
    List<UnionView.Variant> variants = new ArrayList<>();
    Set<String> caseNames = new HashSet<>();
    Set<String> erasures = new HashSet<>();
    Set<String> clashingErasures = new HashSet<>();
    List<String[]> pending = new ArrayList<>();
    List<int[]> order = new ArrayList<>();
    Map<Integer, String> memberTypes = new LinkedHashMap<>();
    Map<String, Integer> firstOfKind = new LinkedHashMap<>();
    for (int i = 0; i < members.size(); i++) {
      Schema<?> member = members.get(i);
      if (InlineSchemas.isNullSchema(member)) {
        continue;
      }
      String javaType = javaType(member, null);
      String kind = jsonKind(resolve(member), javaType);
      String widened = kind == null ? null : WIDEST_TYPE_OF_KIND.get(kind);
      if (widened != null && firstOfKind.containsKey(kind)) {
        // Two members of one JSON kind cannot be distinguished, so they become their widest type.
        memberTypes.put(firstOfKind.get(kind), widened);
        continue;
      }
      if (kind != null) {
        firstOfKind.put(kind, i);
      }
      memberTypes.put(i, javaType);
      order.add(new int[] {i});
    }
    for (int[] slot : order) {
      int i = slot[0];
      Schema<?> member = members.get(i);
      String javaType = memberTypes.get(i);
      String erasure = javaType.contains("<") ? javaType.substring(0, javaType.indexOf('<')) : javaType;
      if (!erasures.add(erasure)) {
        clashingErasures.add(erasure);
      }
      Schema<?> resolved = resolve(member);
      String kind = jsonKind(resolved, javaType);
      if (kind == null) {
        addProblem(pointer + "/" + i, "union member of type " + javaType + " cannot be distinguished from the others by its JSON form; use a string, number, boolean, array or object schema");
        continue;
      }
      String caseName = caseName(javaType);
      String unique = caseName;
      for (int suffix = 2; caseNames.contains(unique); suffix++) {
        unique = caseName + suffix;
      }
      caseNames.add(unique);
      pending.add(new String[] {unique, javaType, erasure, kind, String.valueOf(i)});
    }
    for (String[] entry : pending) {
      Schema<?> resolved = resolve(members.get(Integer.parseInt(entry[4])));
      String requiredLiteral = "List.of()";
      String knownLiteral = "List.of()";
      if ("OBJECT".equals(entry[3])) {
        Set<String> required = flattenedRequired(resolved, new HashSet<>());
        requiredLiteral = listLiteral(required);
        knownLiteral = listLiteral(flattenedProperties(resolved).keySet());
      }
      String factory = clashingErasures.contains(entry[2]) ? "of" + entry[0] : "of";
      boolean last = variants.size() == pending.size() - 1;
      boolean validatable = hasValidate(members.get(Integer.parseInt(entry[4])));
      variants.add(new UnionView.Variant(variants.size(), entry[0], entry[1], factory, entry[3], requiredLiteral, knownLiteral, last, validatable));
    }
    checkDistinguishable(pointer, variants);
    List<String> types = variants.stream().map(UnionView.Variant::javaType).toList();
    Set<String> imports = new TreeSet<>();
    for (String type : types) {
      addImports(type, imports);
    }
    return new UnionView(modelPackage, className, new ArrayList<>(imports), JavaText.javadocLines(schema.getDescription()), variants);
  }

  /** Whether a union member is a generated model or union, which has a {@code validate()}. */
  private boolean hasValidate(Schema<?> member) {
    Schema<?> current = member;
    while (current != null && InlineSchemas.isReferenceWrapper(current)) {
      current = InlineSchemas.wrappedSchema(current);
    }
    if (current == null || current.get$ref() == null) {
      return false;
    }
    Kind kind = kinds.get(refName(current.get$ref()));
    return kind == Kind.OBJECT || kind == Kind.UNION;
  }

  /** The type that contains any value of a JSON kind, for union members that share the kind. */
  private static final Map<String, String> WIDEST_TYPE_OF_KIND =
      Map.of(
          "STRING", "String",
          "INTEGER", "Long",
          "NUMBER", "BigDecimal",
          "BOOLEAN", "Boolean",
          "ARRAY", "List<Object>");

  private void checkDistinguishable(String pointer, List<UnionView.Variant> variants) {
    Map<String, Integer> counts = new TreeMap<>();
    for (UnionView.Variant variant : variants) {
      counts.merge(variant.jsonKind(), 1, Integer::sum);
    }
    for (Map.Entry<String, Integer> count : counts.entrySet()) {
      if (count.getValue() > 1 && !"OBJECT".equals(count.getKey())) {
        addProblem(pointer, "union has " + count.getValue() + " members that are JSON " + count.getKey().toLowerCase(Locale.ROOT) + "s, so a value cannot be matched to one; keep one member per JSON kind (objects may repeat when their required properties differ)");
      }
    }
  }

  private static String jsonKind(Schema<?> resolved, String javaType) {
    if (javaType.startsWith("List<")) {
      return "ARRAY";
    }
    return switch (javaType) {
      case "String", "OffsetDateTime", "LocalDate", "UUID" -> "STRING";
      case "Integer", "Long" -> "INTEGER";
      case "BigDecimal", "Double", "Float" -> "NUMBER";
      case "Boolean" -> "BOOLEAN";
      case "Object" -> null;
      default -> {
        if (resolved != null && resolved.getEnum() != null && !resolved.getEnum().isEmpty()) {
          yield "STRING";
        }
        yield "OBJECT";
      }
    };
  }

  private static String caseName(String javaType) {
    return JavaNames.typeName(javaType.replace("<", " ").replace(">", " ").replace(",", " ")).replace("Model", "");
  }

  private static String listLiteral(Set<String> values) {
    if (values.isEmpty()) {
      return "List.of()";
    }
    List<String> literals = values.stream().sorted().map(JavaText::stringLiteral).toList();
    return "List.of(" + String.join(", ", literals) + ")";
  }

  // ---- client -----------------------------------------------------------------------------------

  /** Class names in the client package that a params class must not take. */
  private static final Set<String> CLIENT_PACKAGE_CLASSES =
      Set.of(
          "ApiException", "ApiStatusException", "ApiIoException", "ApiResponse", "RequestOptions",
          "ValidationException", "UnreadableResponseException", "ConflictException", "RateLimitException",
          "BadRequestException", "AuthenticationException", "PermissionDeniedException", "NotFoundException",
          "UnprocessableEntityException", "ClientErrorException", "ServerErrorException");

  /** Header parameters that the OpenAPI 3.0 specification requires generators to ignore, because the client sets these headers. */
  private static final Set<String> IGNORED_HEADERS = Set.of("accept", "content-type", "authorization");

  private ClientView client() {
    List<OperationView> operations = new ArrayList<>();
    Set<String> imports = new TreeSet<>();
    Set<String> methodNames = new HashSet<>();
    Set<String> takenClassNames = new HashSet<>(generatedTypeNames);
    takenClassNames.addAll(CLIENT_PACKAGE_CLASSES);
    takenClassNames.add(clientClassName);
    List<Server> servers = openApi.getServers();
    String baseUrl = servers == null || servers.isEmpty() ? "http://localhost" : servers.get(0).getUrl();
    if (openApi.getPaths() != null) {
      for (Map.Entry<String, PathItem> path : new TreeMap<>(openApi.getPaths()).entrySet()) {
        for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
          int problemsBefore = problems.size();
          OperationView view =
              operation(path.getKey(), path.getValue(), entry.getKey(), entry.getValue(), methodNames, takenClassNames);
          if (skipUnsupportedOperations && problems.size() > problemsBefore) {
            List<SpecProblem> operationProblems = problems.subList(problemsBefore, problems.size());
            for (SpecProblem problem : operationProblems) {
              skippedOperations.add(problem.format() + "; the operation was left out of the client");
            }
            operationProblems.clear();
            view = null;
          }
          if (view != null) {
            operations.add(view);
            addOperationImports(view, imports);
          }
        }
      }
    }
    operations.sort(Comparator.comparing(OperationView::methodName));
    String title = openApi.getInfo() != null ? openApi.getInfo().getTitle() : null;
    String description = openApi.getInfo() != null ? openApi.getInfo().getDescription() : null;
    List<String> javadoc = new ArrayList<>(JavaText.javadocLines(title));
    List<String> more = JavaText.javadocLines(description);
    if (!more.isEmpty()) {
      javadoc.add("");
      javadoc.add("<p>" + more.get(0));
      javadoc.addAll(more.subList(1, more.size()));
    }
    String version = openApi.getInfo() != null && openApi.getInfo().getVersion() != null ? openApi.getInfo().getVersion() : "unversioned";
    boolean credentialsRequired = !operations.isEmpty() && operations.stream().allMatch(OperationView::authenticated);
    return new ClientView(
        packageName,
        modelPackage,
        clientClassName,
        JavaText.stringLiteral(stripTrailingSlash(baseUrl)),
        JavaText.stringLiteral(clientClassName + "/" + version.replaceAll("[^A-Za-z0-9._-]", "_") + " Java/"),
        javadoc,
        new ArrayList<>(imports),
        operations,
        environmentPrefix(clientClassName).toUpperCase(Locale.ROOT),
        JavaNames.memberName(environmentPrefix(clientClassName)),
        credentialsRequired);
  }

  private void addOperationImports(OperationView view, Set<String> imports) {
    for (String type : new String[] {view.requestType(), view.responseType()}) {
      if (type != null) {
        addClientImports(type, imports);
      }
    }
    for (ParameterView parameter : view.requiredParameters()) {
      addClientImports(parameter.javaType(), imports);
    }
    if (view.checksArguments()) {
      imports.add(packageName + ".core.Violations");
    }
    if (view.pathExpression().contains("Parameters.")) {
      imports.add(packageName + ".core.Parameters");
    }
  }

  private static String environmentPrefix(String clientClassName) {
    String base = clientClassName.endsWith("Client") && clientClassName.length() > "Client".length()
        ? clientClassName.substring(0, clientClassName.length() - "Client".length())
        : clientClassName;
    return String.join("_", JavaNames.words(base));
  }

  /**
   * Adds the imports of a request, response or parameter type, such as {@code List<Map<String,
   * Pet>>}: the generated models it names and the library types it uses.
   */
  private void addClientImports(String javaType, Set<String> imports) {
    addImports(javaType, imports);
    for (String name : javaType.split("[<>,\\s]+")) {
      if (generatedTypeNames.contains(name)) {
        imports.add(modelPackage + "." + name);
      }
    }
  }

  private static String stripTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private OperationView operation(
      String path,
      PathItem pathItem,
      PathItem.HttpMethod method,
      Operation operation,
      Set<String> methodNames,
      Set<String> takenClassNames) {
    String pointer = "/paths/" + escapePointer(path) + "/" + method.name().toLowerCase(Locale.ROOT);
    if (operation.getResponses() != null) {
      for (String status : operation.getResponses().keySet()) {
        if (!RESPONSE_KEY.matcher(status).matches()) {
          addProblem(
              pointer + "/responses/" + escapePointer(status),
              "response key " + status + " is not an HTTP status; use a code from 100 to 599, a"
                  + " range such as 4XX, or default");
          return null;
        }
      }
    }
    CodegenOperation codegenOperation;
    try {
      codegenOperation =
          codegen.fromOperation(path, method.name().toLowerCase(Locale.ROOT), operation, openApi.getServers());
    } catch (RuntimeException e) {
      // OpenAPI Generator rejects some constructs by throwing; report them at the operation.
      addProblem(pointer, "OpenAPI Generator cannot read this operation: " + e.getMessage());
      return null;
    }
    String methodName = operation.getOperationId() != null ? JavaNames.memberName(operation.getOperationId()) : JavaNames.memberName(method.name().toLowerCase(Locale.ROOT) + " " + path);
    String unique = methodName;
    for (int suffix = 2; methodNames.contains(unique); suffix++) {
      unique = methodName + suffix;
    }
    methodNames.add(unique);
    String operationName = operation.getOperationId() != null ? operation.getOperationId() : method.name() + " " + path;

    int problemsBefore = problems.size();
    List<ParameterView> parameters = parameters(operationName, pointer, pathItem, operation);
    String pathExpression = pathExpression(operationName, pointer, path, parameters);

    String requestType = null;
    String contentTypeLiteral = null;
    boolean requestRequired = false;
    if (operation.getRequestBody() != null) {
      var content = operation.getRequestBody().getContent();
      Map.Entry<String, io.swagger.v3.oas.models.media.MediaType> media = jsonMedia(content);
      if (media == null) {
        String found = content == null || content.isEmpty() ? "no media type" : "media type " + String.join(", ", content.keySet());
        addProblem(pointer + "/requestBody/content", "operation " + operationName + " has a request body with " + found
            + ", which the client cannot send; only JSON media types (application/json or a type ending in +json) are supported");
      } else {
        requestType = javaType(media.getValue().getSchema(), null);
        contentTypeLiteral = JavaText.stringLiteral(media.getKey());
        requestRequired = Boolean.TRUE.equals(operation.getRequestBody().getRequired());
      }
    }
    if (problems.size() > problemsBefore) {
      return null;
    }

    String responseType = "Void";
    Set<String> acceptTypes = new LinkedHashSet<>();
    List<String> emptyStatuses = new ArrayList<>();
    if (operation.getResponses() != null) {
      for (Map.Entry<String, io.swagger.v3.oas.models.responses.ApiResponse> response : new TreeMap<>(operation.getResponses()).entrySet()) {
        if (!response.getKey().matches("2\\d\\d")) {
          continue;
        }
        var content = response.getValue().getContent();
        Map.Entry<String, io.swagger.v3.oas.models.media.MediaType> media = jsonMedia(content);
        if (media == null) {
          if (content == null || content.isEmpty()) {
            emptyStatuses.add(response.getKey());
          }
          continue;
        }
        acceptTypes.add(media.getKey());
        if ("Void".equals(responseType)) {
          responseType = javaType(media.getValue().getSchema(), null);
        }
      }
    }
    if (acceptTypes.isEmpty()) {
      acceptTypes.add("application/json");
    }

    List<ParameterView> required = parameters.stream().filter(ParameterView::required).toList();
    List<ParameterView> optional = parameters.stream().filter(p -> !p.required()).toList();
    ParamsView params = null;
    if (!optional.isEmpty()) {
      String base = JavaNames.typeName(unique) + "Params";
      String className = base;
      for (int suffix = 2; takenClassNames.contains(className); suffix++) {
        className = base + suffix;
      }
      takenClassNames.add(className);
      Set<String> imports = new TreeSet<>();
      for (ParameterView parameter : optional) {
        addClientImports(parameter.javaType(), imports);
        if (parameter.list()) {
          imports.add("java.util.ArrayList");
          imports.add("java.util.Collections");
        }
      }
      params = new ParamsView(packageName, className, unique, new ArrayList<>(imports), optional);
    }
    return new OperationView(
        unique,
        method.name(),
        pathExpression,
        requestType,
        requestRequired,
        contentTypeLiteral,
        JavaText.stringLiteral(String.join(", ", acceptTypes)),
        responseType,
        emptyStatuses.isEmpty() ? null : String.join(", ", emptyStatuses),
        authenticated(operation),
        operationJavadoc(codegenOperation, optional),
        idempotencyKeyAccessor(operation),
        required,
        params,
        requestType != null && isValidatable(requestType));
  }

  private static List<String> operationJavadoc(CodegenOperation codegenOperation, List<ParameterView> optional) {
    List<String> javadoc = new ArrayList<>(JavaText.javadocLines(codegenOperation.summary));
    List<String> notes = JavaText.javadocLines(codegenOperation.unescapedNotes);
    if (!notes.isEmpty()) {
      if (!javadoc.isEmpty()) {
        javadoc.add("");
        javadoc.add("<p>" + notes.get(0));
        javadoc.addAll(notes.subList(1, notes.size()));
      } else {
        javadoc.addAll(notes);
      }
    }
    if (!optional.isEmpty()) {
      if (!javadoc.isEmpty()) {
        javadoc.add("");
      }
      javadoc.add("<p>Optional parameters, set through the params object:");
      javadoc.add("<ul>");
      for (ParameterView parameter : optional) {
        javadoc.add("  <li>{@code " + JavaText.escapeJavadoc(parameter.name()) + "} (" + parameter.location() + "): "
            + parameter.description());
      }
      javadoc.add("</ul>");
    }
    return javadoc;
  }

  /**
   * Whether an operation sends credentials: its own {@code security} list when it has one (an
   * empty list means none), else the document's.
   */
  // NOTE: every security requirement is met with HTTP Basic credentials, whatever scheme it names.
  private boolean authenticated(Operation operation) {
    var security = operation.getSecurity() != null ? operation.getSecurity() : openApi.getSecurity();
    return security != null && security.stream().anyMatch(requirement -> !requirement.isEmpty());
  }

  /**
   * Views of the path, query and header parameters of an operation: the path item's parameters
   * that the operation does not redefine, then the operation's own, each list in document order.
   * Cookie parameters, parameter styles other than the defaults, object values and parameters
   * described by {@code content} are reported as problems.
   */
  private List<ParameterView> parameters(String operationName, String pointer, PathItem pathItem, Operation operation) {
    Map<String, io.swagger.v3.oas.models.parameters.Parameter> merged = new LinkedHashMap<>();
    Map<String, String> pointers = new HashMap<>();
    String pathPointer = pointer.substring(0, pointer.lastIndexOf('/'));
    List<io.swagger.v3.oas.models.parameters.Parameter> pathLevel = pathItem.getParameters() == null ? List.of() : pathItem.getParameters();
    List<io.swagger.v3.oas.models.parameters.Parameter> own = operation.getParameters() == null ? List.of() : operation.getParameters();
    for (int i = 0; i < pathLevel.size(); i++) {
      var parameter = resolveParameter(pathLevel.get(i));
      String key = parameter.getIn() + ":" + parameter.getName();
      merged.put(key, parameter);
      pointers.put(key, pathPointer + "/parameters/" + i);
    }
    for (int i = 0; i < own.size(); i++) {
      var parameter = resolveParameter(own.get(i));
      String key = parameter.getIn() + ":" + parameter.getName();
      merged.remove(key);
      merged.put(key, parameter);
      pointers.put(key, pointer + "/parameters/" + i);
    }
    Map<String, String> javaNames = allocateParameterNames(merged);
    List<ParameterView> views = new ArrayList<>();
    for (Map.Entry<String, io.swagger.v3.oas.models.parameters.Parameter> entry : merged.entrySet()) {
      ParameterView view = parameter(operationName, pointers.get(entry.getKey()), entry.getValue(), javaNames.get(entry.getKey()));
      if (view != null) {
        views.add(view);
      }
    }
    return views;
  }

  /**
   * Java names of an operation's parameters, keyed like {@code merged}. As for model fields, a
   * name that is already its own Java name keeps it, and the others get a suffix in document
   * order. The names of the client method's other arguments are never used.
   */
  private static Map<String, String> allocateParameterNames(Map<String, io.swagger.v3.oas.models.parameters.Parameter> merged) {
    Set<String> taken = new HashSet<>(Set.of("request", "params", "options", "violations", "call"));
    Map<String, String> own = new HashMap<>();
    for (Map.Entry<String, io.swagger.v3.oas.models.parameters.Parameter> entry : merged.entrySet()) {
      String name = entry.getValue().getName();
      if (JavaNames.memberName(name).equals(name) && taken.add(name.toLowerCase(Locale.ROOT))) {
        own.put(entry.getKey(), name);
      }
    }
    Map<String, String> names = new HashMap<>();
    for (Map.Entry<String, io.swagger.v3.oas.models.parameters.Parameter> entry : merged.entrySet()) {
      if (own.containsKey(entry.getKey())) {
        names.put(entry.getKey(), own.get(entry.getKey()));
        continue;
      }
      String base = JavaNames.memberName(entry.getValue().getName());
      String candidate = base;
      for (int suffix = 2; taken.contains(candidate.toLowerCase(Locale.ROOT)); suffix++) {
        candidate = base + suffix;
      }
      taken.add(candidate.toLowerCase(Locale.ROOT));
      names.put(entry.getKey(), candidate);
    }
    return names;
  }

  private io.swagger.v3.oas.models.parameters.Parameter resolveParameter(io.swagger.v3.oas.models.parameters.Parameter parameter) {
    String ref = parameter.get$ref();
    if (ref == null || openApi.getComponents() == null || openApi.getComponents().getParameters() == null) {
      return parameter;
    }
    var target = openApi.getComponents().getParameters().get(ref.substring(ref.lastIndexOf('/') + 1));
    return target != null ? target : parameter;
  }

  private ParameterView parameter(
      String operationName, String pointer, io.swagger.v3.oas.models.parameters.Parameter parameter, String javaName) {
    String name = parameter.getName();
    String in = parameter.getIn();
    String label = "parameter " + name + " of operation " + operationName;
    if ("cookie".equals(in)) {
      addProblem(pointer, "cookie " + label + " is not supported; send the value in a header parameter instead");
      return null;
    }
    if ("header".equals(in) && IGNORED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
      return null;
    }
    Schema<?> schema = parameter.getSchema();
    if (schema == null) {
      addProblem(pointer, label + " has no schema; describe it with schema instead of content");
      return null;
    }
    String defaultStyle = "query".equals(in) ? "form" : "simple";
    String style = parameter.getStyle() == null ? defaultStyle : parameter.getStyle().toString();
    if (!defaultStyle.equals(style)) {
      addProblem(pointer + "/style", in + " " + label + " has style " + style + ", which the client does not support; use " + defaultStyle);
      return null;
    }
    String javaType = javaType(schema, null);
    Schema<?> resolved = resolve(schema);
    boolean list = javaType.startsWith("List<");
    Schema<?> valueSchema = list && resolved != null ? resolve(resolved.getItems()) : resolved;
    String valueType = list ? javaType.substring("List<".length(), javaType.length() - 1) : javaType;
    if (!isScalarParameterType(valueType, valueSchema)) {
      addProblem(pointer + "/schema", label + " has type " + javaType
          + ", which cannot be written as a " + in + " parameter; use a string, number, boolean or an array of them");
      return null;
    }
    boolean required = "path".equals(in) || Boolean.TRUE.equals(parameter.getRequired());
    boolean explode = parameter.getExplode() == null ? "form".equals(style) : parameter.getExplode();
    String schemaPointer = pointer + "/schema";
    List<String> checks = new ArrayList<>(PropertyChecks.forProperty(this, name, javaName, schema, resolved, javaType, schemaPointer));
    if ("String".equals(javaType) && resolved != null && resolved.getEnum() != null && !resolved.getEnum().isEmpty()) {
      checks.add(PropertyChecks.call("pattern", JavaText.stringLiteral(name), javaName, JavaText.stringLiteral(enumPattern(resolved.getEnum()))));
    }
    return new ParameterView(
        name, JavaText.stringLiteral(name), javaName, javaType, in, required, explode, parameterDescription(parameter, resolved), checks);
  }

  /** Whether values of this type have a plain text form: strings, numbers, booleans, dates and string enumerations. */
  private boolean isScalarParameterType(String javaType, Schema<?> schema) {
    if (List.of("String", "Integer", "Long", "BigDecimal", "Double", "Float", "Boolean", "OffsetDateTime", "LocalDate", "UUID").contains(javaType)) {
      return true;
    }
    return schema != null && schema.getEnum() != null && !schema.getEnum().isEmpty() && generatedTypeNames.contains(javaType);
  }

  /** A regular expression that matches exactly the given values, such as {@code ^(?:red|blue)$}. */
  private static String enumPattern(List<?> values) {
    List<String> alternatives = new ArrayList<>();
    for (Object value : values) {
      if (value != null) {
        String text = String.valueOf(value);
        alternatives.add(text.matches("[A-Za-z0-9_ -]*") ? text : java.util.regex.Pattern.quote(text));
      }
    }
    return "^(?:" + String.join("|", alternatives) + ")$";
  }

  private static String parameterDescription(io.swagger.v3.oas.models.parameters.Parameter parameter, Schema<?> resolved) {
    List<String> lines = new ArrayList<>(JavaText.javadocLines(parameter.getDescription()));
    if (lines.isEmpty()) {
      lines.add("the {@code " + JavaText.escapeJavadoc(parameter.getName()) + "} " + parameter.getIn() + " parameter");
    }
    Object defaultValue = resolved == null ? null : resolved.getDefault();
    if (defaultValue != null && !Boolean.TRUE.equals(parameter.getRequired())) {
      lines.add("(the server uses {@code " + JavaText.escapeJavadoc(String.valueOf(defaultValue)) + "} when it is not set)");
    }
    return String.join(" ", lines).replaceAll("\\s+", " ").strip();
  }

  /**
   * Returns a Java expression of the path with each {@code {name}} replaced by the
   * percent-encoded value of its path parameter, such as {@code "/pets/" +
   * Parameters.pathSegment(petId)}.
   */
  private String pathExpression(String operationName, String pointer, String path, List<ParameterView> parameters) {
    Map<String, ParameterView> pathParameters = new HashMap<>();
    for (ParameterView parameter : parameters) {
      if (parameter.path()) {
        pathParameters.put(parameter.name(), parameter);
      }
    }
    List<String> parts = new ArrayList<>();
    Set<String> used = new HashSet<>();
    java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\{([^}]*)}").matcher(path);
    int literalStart = 0;
    while (matcher.find()) {
      if (matcher.start() > literalStart) {
        parts.add(JavaText.stringLiteral(path.substring(literalStart, matcher.start())));
      }
      ParameterView parameter = pathParameters.get(matcher.group(1));
      if (parameter == null) {
        addProblem(pointer, "path template variable {" + matcher.group(1) + "} of operation " + operationName
            + " has no path parameter; declare a parameter with in: path and name: " + matcher.group(1));
      } else {
        parts.add("Parameters.pathSegment(" + parameter.javaName() + ")");
        used.add(parameter.name());
      }
      literalStart = matcher.end();
    }
    if (literalStart < path.length()) {
      parts.add(JavaText.stringLiteral(path.substring(literalStart)));
    }
    for (String name : pathParameters.keySet()) {
      if (!used.contains(name)) {
        addProblem(pointer + "/parameters", "path parameter " + name + " of operation " + operationName
            + " does not appear in the path " + path + "; add {" + name + "} to the path or remove the parameter");
      }
    }
    return parts.isEmpty() ? "\"\"" : String.join(" + ", parts);
  }

  /** The accessor of the request property marked {@code x-idempotency-key: true}, or null. */
  private String idempotencyKeyAccessor(Operation operation) {
    if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
      return null;
    }
    var media = jsonMedia(operation.getRequestBody().getContent());
    if (media == null || media.getValue().getSchema() == null || media.getValue().getSchema().get$ref() == null) {
      return null;
    }
    String schemaName = refName(media.getValue().getSchema().get$ref());
    Map<String, String> names = fieldNames.get(schemaName);
    if (names == null) {
      return null;
    }
    for (Map.Entry<String, Schema> property : flattenedProperties(schemas.get(schemaName)).entrySet()) {
      Map<String, Object> extensions = property.getValue().getExtensions();
      if (extensions != null && Boolean.TRUE.equals(extensions.get("x-idempotency-key"))) {
        return names.get(property.getKey());
      }
    }
    return null;
  }

  /**
   * Returns the JSON entry of a request or response {@code content}: {@code application/json}
   * if present, else the first JSON media type with parameters or a {@code +json} suffix, such
   * as {@code application/json;charset=utf-8} or {@code application/vnd.acme+json; version="2"}.
   * The client sends the key of the entry unchanged as {@code Content-Type} or {@code Accept}.
   * Returns null when there is none.
   */
  private static Map.Entry<String, io.swagger.v3.oas.models.media.MediaType> jsonMedia(
      Map<String, io.swagger.v3.oas.models.media.MediaType> content) {
    if (content == null) {
      return null;
    }
    if (content.containsKey("application/json")) {
      return Map.entry("application/json", content.get("application/json"));
    }
    for (Map.Entry<String, io.swagger.v3.oas.models.media.MediaType> entry : content.entrySet()) {
      String base = entry.getKey().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
      if (base.equals("application/json") || base.endsWith("+json")) {
        return entry;
      }
    }
    return null;
  }

  static String numberLiteral(Object value) {
    return new BigDecimal(String.valueOf(value)).toPlainString();
  }
}
