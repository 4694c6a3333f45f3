package org.scaletasks.clientgen.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.scaletasks.clientgen.view.JavaNames;

/**
 * Moves inline object, union and composed schemas into {@code components/schemas}, so that each
 * becomes a named model, and replaces them with references.
 *
 * <p>A new schema is named after where it sits: {@code Parent} + property name, with {@code Item}
 * for array elements, {@code Value} for map values and {@code Request} or {@code Response} for
 * bodies. Names never collide with each other or with existing schemas, compared without case,
 * because two classes whose names differ only in case cannot live on a case-insensitive file
 * system. Inline enumerations stay inline: the view layer nests them in their model.
 */
public final class InlineSchemas {

  private static final String REF_PREFIX = "#/components/schemas/";

  private final Map<String, Schema> schemas;
  private final Set<String> takenLowerCase = new HashSet<>();
  private final Deque<String> pending = new ArrayDeque<>();

  private InlineSchemas(Map<String, Schema> schemas) {
    this.schemas = schemas;
    for (String name : schemas.keySet()) {
      takenLowerCase.add(JavaNames.typeName(name).toLowerCase(Locale.ROOT));
    }
  }

  /** Extracts the inline schemas of {@code openApi} in place. */
  public static void extract(OpenAPI openApi) {
    if (openApi.getComponents() == null) {
      openApi.setComponents(new io.swagger.v3.oas.models.Components());
    }
    Map<String, Schema> existing = openApi.getComponents().getSchemas();
    Map<String, Schema> schemas = new TreeMap<>(existing == null ? Map.of() : existing);
    InlineSchemas extractor = new InlineSchemas(schemas);
    extractor.pending.addAll(schemas.keySet());
    extractor.extractFromOperations(openApi);
    while (!extractor.pending.isEmpty()) {
      String name = extractor.pending.removeFirst();
      extractor.extractFromSchema(name, schemas.get(name));
    }
    openApi.getComponents().setSchemas(new LinkedHashMap<>(schemas));
  }

  private void extractFromOperations(OpenAPI openApi) {
    if (openApi.getPaths() == null) {
      return;
    }
    for (Map.Entry<String, PathItem> path : new TreeMap<>(openApi.getPaths()).entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> entry :
          path.getValue().readOperationsMap().entrySet()) {
        Operation operation = entry.getValue();
        String base =
            operation.getOperationId() != null
                ? operation.getOperationId()
                : entry.getKey().name().toLowerCase(Locale.ROOT) + " " + path.getKey();
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
          for (MediaType media : operation.getRequestBody().getContent().values()) {
            media.setSchema(replace(base + "Request", media.getSchema()));
          }
        }
        if (operation.getResponses() != null) {
          for (ApiResponse response : operation.getResponses().values()) {
            if (response.getContent() == null) {
              continue;
            }
            for (MediaType media : response.getContent().values()) {
              media.setSchema(replace(base + "Response", media.getSchema()));
            }
          }
        }
      }
    }
  }

  private void extractFromSchema(String name, Schema<?> schema) {
    if (schema == null) {
      return;
    }
    if (schema.getProperties() != null) {
      Map<String, Schema> properties = new LinkedHashMap<>();
      for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
        properties.put(property.getKey(), replaceInProperty(name, property.getKey(), property.getValue()));
      }
      schema.setProperties(properties);
    }
    if (schema.getAllOf() != null) {
      for (Schema<?> part : schema.getAllOf()) {
        extractFromSchema(name, part);
      }
    }
    replaceMembers(name, schema.getOneOf());
    replaceMembers(name, schema.getAnyOf());
    if (schema.getItems() != null) {
      schema.setItems(replace(name + "Item", schema.getItems()));
    }
    if (schema.getAdditionalProperties() instanceof Schema<?> values) {
      schema.setAdditionalProperties(replace(name + "Value", values));
    }
  }

  private void replaceMembers(String name, List<Schema> members) {
    if (members == null) {
      return;
    }
    for (int i = 0; i < members.size(); i++) {
      members.set(i, replace(name + "Option" + (i + 1), members.get(i)));
    }
  }

  private Schema replaceInProperty(String parent, String property, Schema<?> schema) {
    if (schema == null) {
      return null;
    }
    String base = JavaNames.typeName(parent) + JavaNames.typeName(property);
    if (schema.getItems() != null && schema.get$ref() == null) {
      schema.setItems(replace(base + "Item", schema.getItems()));
      return schema;
    }
    if (schema.getAdditionalProperties() instanceof Schema<?> values && schema.getProperties() == null) {
      schema.setAdditionalProperties(replace(base + "Value", values));
      return schema;
    }
    return replace(base, schema);
  }

  /** Returns a reference to a new component for a schema that needs a class, else the schema. */
  private Schema replace(String suggestedName, Schema<?> schema) {
    if (schema == null || schema.get$ref() != null || !needsClass(schema)) {
      if (schema != null && schema.get$ref() == null) {
        if (schema.getItems() != null) {
          schema.setItems(replace(suggestedName + "Item", schema.getItems()));
        }
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
          schema.setAdditionalProperties(replace(suggestedName + "Value", values));
        }
      }
      return schema;
    }
    String name = allocate(suggestedName);
    schemas.put(name, schema);
    pending.addLast(name);
    return new Schema<>().$ref(REF_PREFIX + name);
  }

  private static boolean needsClass(Schema<?> schema) {
    List<Schema> members = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
    if (members != null && !members.isEmpty() && members.stream().allMatch(member -> member.getConst() != null)) {
      // An enumeration written as const members stays inline, like an enum.
      return false;
    }
    return (schema.getProperties() != null && !schema.getProperties().isEmpty())
        || (schema.getAllOf() != null && !isReferenceWrapper(schema))
        || (schema.getOneOf() != null && !isReferenceWrapper(schema))
        || (schema.getAnyOf() != null && !isReferenceWrapper(schema));
  }

  /**
   * Whether the schema only wraps one other schema; see {@link #wrappedSchema}.
   */
  public static boolean isReferenceWrapper(Schema<?> schema) {
    return wrappedSchema(schema) != null;
  }

  /**
   * Returns the one schema that {@code schema} stands for, or null when it stands for itself:
   * {@code allOf: [{$ref: X}]} with nothing beside it (the usual way to add {@code nullable} or a
   * description to a reference in OpenAPI 3.0), or a {@code oneOf}/{@code anyOf} whose members
   * are one schema and {@code type: "null"} (the OpenAPI 3.1 way to make it nullable).
   */
  public static Schema<?> wrappedSchema(Schema<?> schema) {
    if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
      return null;
    }
    if (schema.getAllOf() != null
        && schema.getAllOf().size() == 1
        && schema.getAllOf().get(0).get$ref() != null
        && schema.getOneOf() == null
        && schema.getAnyOf() == null) {
      return schema.getAllOf().get(0);
    }
    List<Schema> members = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
    if (members == null || schema.getAllOf() != null) {
      return null;
    }
    List<Schema> nonNull = members.stream().filter(member -> !isNullSchema(member)).toList();
    return nonNull.size() == 1 && members.size() > 1 ? nonNull.get(0) : null;
  }

  /** Whether a schema allows only JSON {@code null}: {@code type: "null"} in OpenAPI 3.1. */
  public static boolean isNullSchema(Schema<?> schema) {
    if (schema == null || schema.get$ref() != null) {
      return false;
    }
    if ("null".equals(schema.getType())) {
      return true;
    }
    return schema.getTypes() != null && schema.getTypes().size() == 1 && schema.getTypes().contains("null");
  }

  /** Whether a {@code oneOf}/{@code anyOf} has a {@code type: "null"} member. */
  public static boolean hasNullMember(Schema<?> schema) {
    List<Schema> members = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
    return members != null && members.stream().anyMatch(InlineSchemas::isNullSchema);
  }

  private String allocate(String suggestedName) {
    String base = JavaNames.typeName(suggestedName);
    String candidate = base;
    for (int suffix = 2; takenLowerCase.contains(candidate.toLowerCase(Locale.ROOT)); suffix++) {
      candidate = base + suffix;
    }
    takenLowerCase.add(candidate.toLowerCase(Locale.ROOT));
    return candidate;
  }
}
