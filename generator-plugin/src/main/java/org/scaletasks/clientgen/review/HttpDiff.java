package org.scaletasks.clientgen.review;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedRequestBody;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.model.schema.ChangedEnum;
import org.openapitools.openapidiff.core.model.schema.ChangedRequired;
import org.scaletasks.clientgen.review.ApiChange.Category;
import org.scaletasks.clientgen.review.ApiChange.Kind;
import org.scaletasks.clientgen.review.ApiChange.Severity;
import org.scaletasks.clientgen.spec.NodePositions;

/**
 * Compares two OpenAPI documents with openapi-diff and turns its result into {@link ApiChange}s
 * that name the source location and the reason a change breaks callers.
 *
 * <p>openapi-diff 2.1.7 rates most changes correctly, and this class keeps its verdict with three
 * exceptions, each written down where it is decided: a new value of a response enum (openapi-diff
 * counts it as breaking, but the generated client's enums are open), and a property removed from
 * a request or a response (openapi-diff rates removing an optional property as compatible, but
 * the generated client loses its builder setter or getter, and callers that read the field get
 * nothing).
 */
final class HttpDiff {

  /**
   * The result of a comparison.
   *
   * @param changes every change found, with changes to a shared schema merged across operations
   * @param openApiDiffIncompatible openapi-diff's own overall verdict
   */
  record Result(List<ApiChange> changes, boolean openApiDiffIncompatible) {}

  private final SchemaLocator oldSource;
  private final SchemaLocator newSource;
  private final Map<String, ApiChange> changes = new LinkedHashMap<>();

  private HttpDiff(SchemaLocator oldSource, SchemaLocator newSource) {
    this.oldSource = oldSource;
    this.newSource = newSource;
  }

  static Result compare(Path baseline, Path spec) throws java.io.IOException {
    ChangedOpenApi diff =
        OpenApiCompare.fromLocations(baseline.toUri().toString(), spec.toUri().toString());
    HttpDiff walker = new HttpDiff(SchemaLocator.of(baseline), SchemaLocator.of(spec));
    walker.endpoints(diff);
    for (ChangedOperation operation : diff.getChangedOperations()) {
      walker.operation(operation);
    }
    walker.componentSchemas();
    if (diff.isIncompatible() && walker.changes.values().stream().allMatch(c -> c.severity() == Severity.COMPATIBLE)) {
      walker.unclassifiedIncompatibility();
    }
    return new Result(List.copyOf(walker.changes.values()), diff.isIncompatible());
  }

  private void endpoints(ChangedOpenApi diff) {
    for (Endpoint endpoint : diff.getNewEndpoints()) {
      String pointer = operationPointer(endpoint.getPathUrl(), endpoint.getMethod().name());
      add(Category.OPERATION, Kind.ADDED, "operation added", label(endpoint), Severity.COMPATIBLE, "", pointer, false);
    }
    for (Endpoint endpoint : diff.getMissingEndpoints()) {
      String pointer = operationPointer(endpoint.getPathUrl(), endpoint.getMethod().name());
      add(
          Category.OPERATION,
          Kind.REMOVED,
          "operation removed",
          label(endpoint),
          Severity.BREAKING,
          "callers of this operation get an error from the server, and the generated client loses"
              + " its method",
          pointer,
          true);
    }
  }

  private void operation(ChangedOperation changed) {
    String operation = label(changed.getHttpMethod().name(), changed.getPathUrl(), changed.getNewOperation());
    String pointer = operationPointer(changed.getPathUrl(), changed.getHttpMethod().name());
    ChangedParameters parameters = changed.getParameters();
    if (parameters != null) {
      parameters(parameters, operation, pointer, changed.getNewOperation(), changed.getOldOperation());
    }
    ChangedRequestBody body = changed.getRequestBody();
    if (body != null) {
      if (body.isChangeRequired() && Boolean.TRUE.equals(body.getNewRequestBody().getRequired())) {
        add(
            Category.REQUEST_BODY,
            Kind.CHANGED,
            "request body became required",
            operation,
            Severity.BREAKING,
            "callers that send no body were accepted and are now rejected",
            pointer + "/requestBody/required",
            false);
      }
      content(body.getContent(), operation, pointer + "/requestBody/content", Category.REQUEST_BODY, true);
    }
    ChangedApiResponse responses = changed.getApiResponses();
    if (responses != null) {
      for (String status : responses.getIncreased().keySet()) {
        add(Category.RESPONSE, Kind.ADDED, "response " + status + " added", operation, Severity.COMPATIBLE, "",
            pointer + "/responses/" + status, false);
      }
      for (String status : responses.getMissing().keySet()) {
        add(Category.RESPONSE, Kind.REMOVED, "response " + status + " removed", operation, Severity.BREAKING,
            "callers that handle this response no longer get it as documented", pointer + "/responses/" + status,
            true);
      }
      for (Map.Entry<String, ChangedResponse> entry : responses.getChanged().entrySet()) {
        ChangedResponse response = entry.getValue();
        content(response.getContent(), operation, pointer + "/responses/" + entry.getKey() + "/content",
            Category.RESPONSE, false);
      }
    }
  }

  /**
   * Records openapi-diff's incompatible verdict when no rule here named the change, such as a
   * removed response header or a new security requirement, so the gate never passes a change
   * that openapi-diff rejects.
   */
  private void unclassifiedIncompatibility() {
    add(Category.OPERATION, Kind.CHANGED, "a change openapi-diff rates as incompatible", null, Severity.BREAKING,
        "openapi-diff 2.1.7 rates the comparison as incompatible, and this review has no rule that names the"
            + " change: compare the operations' headers, security and other attributes by hand",
        "/paths", false);
  }

  private void parameters(
      ChangedParameters parameters, String operation, String operationPointer, Operation newOperation,
      Operation oldOperation) {
    for (Parameter parameter : parameters.getIncreased()) {
      boolean required = Boolean.TRUE.equals(parameter.getRequired());
      add(
          Category.PARAMETER,
          Kind.ADDED,
          describe(parameter) + (required ? " added as required" : " added"),
          operation,
          required ? Severity.BREAKING : Severity.COMPATIBLE,
          required ? "callers that do not send the new parameter are rejected" : "",
          parameterPointer(operationPointer, newOperation, parameter),
          false);
    }
    for (Parameter parameter : parameters.getMissing()) {
      add(
          Category.PARAMETER,
          Kind.REMOVED,
          describe(parameter) + " removed",
          operation,
          Severity.BREAKING,
          "callers that still send it may be rejected or have it ignored, and the generated client"
              + " loses the argument",
          parameterPointer(operationPointer, oldOperation, parameter),
          true);
    }
    for (ChangedParameter changed : parameters.getChanged()) {
      Parameter parameter = changed.getNewParameter();
      String pointer = parameterPointer(operationPointer, newOperation, parameter);
      if (changed.isChangeRequired() && Boolean.TRUE.equals(parameter.getRequired())) {
        add(
            Category.PARAMETER,
            Kind.CHANGED,
            describe(parameter) + " became required",
            operation,
            Severity.BREAKING,
            "callers that leave it out were accepted and are now rejected",
            pointer + "/required",
            false);
      } else if (changed.isCoreChanged().isIncompatible()) {
        add(Category.PARAMETER, Kind.CHANGED, describe(parameter) + " changed", operation, Severity.BREAKING,
            "openapi-diff rates this change of the parameter's style, explode or allowEmptyValue as"
                + " incompatible: callers serialize it the old way",
            pointer, false);
      } else if (changed.isCoreChanged().isDifferent()) {
        add(Category.PARAMETER, Kind.CHANGED, describe(parameter) + " changed", operation, Severity.COMPATIBLE, "",
            pointer, false);
      }
      if (changed.getSchema() != null) {
        schema(changed.getSchema(), operation, pointer + "/schema", pointer + "/schema",
            describe(parameter), Category.PARAMETER, true);
      }
    }
  }

  private void content(
      ChangedContent content, String operation, String pointer, Category category, boolean request) {
    if (content == null) {
      return;
    }
    for (String mediaType : content.getMissing().keySet()) {
      add(category, Kind.REMOVED, "media type " + mediaType + " removed", operation, Severity.BREAKING,
          request
              ? "callers that send this media type are rejected"
              : "callers that accept only this media type get none they can read",
          pointer + "/" + NodePositions.escape(mediaType), true);
    }
    for (String mediaType : content.getIncreased().keySet()) {
      add(category, Kind.ADDED, "media type " + mediaType + " added", operation, Severity.COMPATIBLE, "",
          pointer + "/" + NodePositions.escape(mediaType), false);
    }
    for (Map.Entry<String, ChangedMediaType> entry : content.getChanged().entrySet()) {
      ChangedSchema schema = entry.getValue().getSchema();
      if (schema != null) {
        String schemaPointer = pointer + "/" + NodePositions.escape(entry.getKey()) + "/schema";
        schema(schema, operation, schemaPointer, schemaPointer, request ? "request body" : "response body",
            category, request);
      }
    }
  }

  /**
   * Walks one changed schema and its children.
   *
   * @param newPointer where the schema is in the new document (possibly a {@code $ref})
   * @param oldPointer where it was in the baseline
   * @param field the field path for messages, such as {@code request body.labels[]}
   */
  private void schema(
      ChangedSchema changed, String operation, String newPointer, String oldPointer, String field,
      Category category, boolean request) {
    if (changed.isChangedType()) {
      add(category, Kind.CHANGED,
          "type of " + field + " changed from " + typeOf(changed.getOldSchema()) + " to " + typeOf(changed.getNewSchema()),
          operation, Severity.BREAKING,
          request
              ? "requests built for the old type are rejected, and the generated client's setter takes a"
                  + " different Java type"
              : "callers that read the old type fail to parse the new one",
          newSource.keyword(newPointer, "type"), false);
    }
    enumeration(changed.getEnumeration(), operation, newPointer, oldPointer, field, category, request);
    required(changed.getRequired(), operation, newPointer, oldPointer, field, category, request);
    for (Map.Entry<String, Schema<?>> entry : changed.getIncreasedProperties().entrySet()) {
      String name = entry.getKey();
      String pointer = Objects.requireNonNullElse(newSource.property(newPointer, name), newSource.resolve(newPointer));
      add(category, Kind.ADDED, "field `" + name + "` added to " + field, operation, Severity.COMPATIBLE, "",
          pointer, false);
    }
    for (String name : changed.getMissingProperties().keySet()) {
      String pointer = Objects.requireNonNullElse(oldSource.property(oldPointer, name), oldSource.resolve(oldPointer));
      // openapi-diff 2.1.7 rates removing an optional property as compatible in both directions.
      // For callers of the generated client it removes a builder setter or a getter.
      add(category, Kind.REMOVED, "field `" + name + "` removed from " + field, operation, Severity.BREAKING,
          request
              ? "callers that still send it may be rejected or have it ignored, and the generated"
                  + " builder loses its setter"
              : "callers that read it get nothing, and the generated model loses its getter",
          pointer, true);
    }
    constraints(changed, operation, newPointer, field, category);
    for (Map.Entry<String, ChangedSchema> entry : changed.getChangedProperties().entrySet()) {
      String name = entry.getKey();
      String newProperty = newSource.property(newPointer, name);
      String oldProperty = oldSource.property(oldPointer, name);
      schema(entry.getValue(), operation,
          newProperty == null ? newSource.resolve(newPointer) : newProperty,
          oldProperty == null ? oldSource.resolve(oldPointer) : oldProperty,
          field + "." + name, category, request);
    }
    if (changed.getItems() != null) {
      schema(changed.getItems(), operation, newSource.keyword(newPointer, "items"),
          oldSource.keyword(oldPointer, "items"), field + "[]", category, request);
    }
    if (changed.getAddProp() != null) {
      schema(changed.getAddProp(), operation, newSource.keyword(newPointer, "additionalProperties"),
          oldSource.keyword(oldPointer, "additionalProperties"), field + "{}", category, request);
    }
  }

  private void enumeration(
      ChangedEnum<?> changed, String operation, String newPointer, String oldPointer, String field,
      Category category, boolean request) {
    if (changed == null || !changed.isDifferent()) {
      return;
    }
    for (Object value : changed.getMissing()) {
      add(category, Kind.REMOVED, "enum value `" + value + "` removed from " + field, operation,
          request ? Severity.BREAKING : Severity.COMPATIBLE,
          request ? "the request enum narrowed: callers that send `" + value + "` are rejected" : "",
          oldSource.enumValue(oldPointer, value), true);
    }
    for (Object value : changed.getIncreased()) {
      if (request) {
        add(category, Kind.ADDED, "enum value `" + value + "` added to " + field, operation, Severity.COMPATIBLE,
            "", newSource.enumValue(newPointer, value), false);
      } else {
        // openapi-diff 2.1.7 counts a new response enum value as breaking (RESPONSE_ENUM_INCREASED).
        add(category, Kind.ADDED, "response enum value `" + value + "` added to " + field, operation,
            Severity.TOLERATED,
            "clients with closed enums may fail to read `" + value + "`; the generated client's enums are"
                + " open and return it as an unknown value, so openapi-diff's breaking verdict does not"
                + " apply to it",
            newSource.enumValue(newPointer, value), false);
      }
    }
  }

  private void required(
      ChangedRequired changed, String operation, String newPointer, String oldPointer, String field,
      Category category, boolean request) {
    if (changed == null || !changed.isDifferent()) {
      return;
    }
    for (String name : changed.getIncreased()) {
      add(category, Kind.CHANGED, "`" + name + "` became required in " + field, operation,
          request ? Severity.BREAKING : Severity.COMPATIBLE,
          request
              ? "requests that leave out `" + name + "` were valid and are now rejected, by the server and"
                  + " by the generated builder's build()"
              : "",
          newSource.requiredEntry(newPointer, name), false);
    }
    for (String name : changed.getMissing()) {
      add(category, Kind.CHANGED, "`" + name + "` is no longer required in " + field, operation,
          request ? Severity.COMPATIBLE : Severity.BREAKING,
          request ? "" : "callers that expect `" + name + "` in every response may now find it missing",
          oldSource.requiredEntry(oldPointer, name), true);
    }
  }

  /** Reports the constraint changes that openapi-diff rates as incompatible. */
  private void constraints(ChangedSchema changed, String operation, String pointer, String field, Category category) {
    Map<String, Changed> constraints = new LinkedHashMap<>();
    constraints.put("maxLength", changed.getMaxLength());
    constraints.put("minLength", changed.getMinLength());
    constraints.put("minimum/maximum", changed.getNumericRange());
    constraints.put("multipleOf", changed.getMultipleOf());
    constraints.put("maxItems", changed.getMaxItems());
    constraints.put("minItems", changed.getMinItems());
    constraints.put("maxProperties", changed.getMaxProperties());
    constraints.put("minProperties", changed.getMinProperties());
    constraints.put("pattern", changed.getPattern());
    constraints.put("nullable", changed.getNullable());
    constraints.put("readOnly", changed.getReadOnly());
    constraints.put("writeOnly", changed.getWriteOnly());
    constraints.put("oneOf", changed.getOneOfSchema());
    for (Map.Entry<String, Changed> entry : constraints.entrySet()) {
      Changed constraint = entry.getValue();
      if (constraint == null || !constraint.isDifferent()) {
        continue;
      }
      String keyword = entry.getKey().contains("/") ? "minimum" : entry.getKey();
      boolean breaking = constraint.isIncompatible();
      add(category, Kind.CHANGED, "`" + entry.getKey() + "` of " + field + " changed", operation,
          breaking ? Severity.BREAKING : Severity.COMPATIBLE,
          breaking ? "openapi-diff rates this `" + entry.getKey() + "` change as incompatible: values that"
              + " were valid before are now rejected or unexpected" : "",
          newSource.keyword(pointer, keyword), false);
    }
  }

  /**
   * Compares the component schemas as written in the two sources. openapi-diff's models have
   * references resolved, so there a change to one schema also changes every schema that
   * includes it.
   */
  private void componentSchemas() {
    JsonNode before = oldSource.node("/components/schemas");
    JsonNode after = newSource.node("/components/schemas");
    TreeSet<String> names = new TreeSet<>();
    before.fieldNames().forEachRemaining(names::add);
    after.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      String pointer = "/components/schemas/" + NodePositions.escape(name);
      if (!before.has(name)) {
        add(Category.SCHEMA, Kind.ADDED, "schema `" + name + "` added", null, Severity.COMPATIBLE, "", pointer, false);
      } else if (!after.has(name)) {
        // A component is not part of the HTTP contract by itself. Removing it breaks callers only
        // through the operations that used it, and those changes are reported with them.
        add(Category.SCHEMA, Kind.REMOVED, "schema `" + name + "` removed", null, Severity.COMPATIBLE, "",
            pointer, true);
      } else if (!before.get(name).equals(after.get(name))) {
        add(Category.SCHEMA, Kind.CHANGED, "schema `" + name + "` changed", null, Severity.COMPATIBLE, "",
            pointer, false);
      }
    }
  }

  /**
   * Records a change. The same change reached through several operations, as with a shared
   * schema, is merged into one entry that lists them all.
   *
   * @param removed whether {@code pointer} points into the baseline, so the line is that of the
   *     nearest node that still exists in the new document
   */
  private void add(
      Category category, Kind kind, String subject, String operation, Severity severity, String reason,
      String pointer, boolean removed) {
    String key = category + "|" + kind + "|" + subject + "|" + pointer;
    List<String> operations = operation == null ? List.of() : List.of(operation);
    ApiChange existing = changes.get(key);
    if (existing != null) {
      changes.put(key, existing.withOperations(operations));
      return;
    }
    int line = newSource.line(pointer);
    changes.put(key, new ApiChange(category, kind, subject, operations, severity, reason, pointer, removed, line));
  }

  private static String operationPointer(String path, String method) {
    return "/paths/" + NodePositions.escape(path) + "/" + method.toLowerCase(Locale.ROOT);
  }

  private static String parameterPointer(String operationPointer, Operation operation, Parameter parameter) {
    List<Parameter> list = operation == null || operation.getParameters() == null ? List.of() : operation.getParameters();
    for (int i = 0; i < list.size(); i++) {
      Parameter candidate = list.get(i);
      if (Objects.equals(candidate.getName(), parameter.getName()) && Objects.equals(candidate.getIn(), parameter.getIn())) {
        return operationPointer + "/parameters/" + i;
      }
    }
    return operationPointer + "/parameters";
  }

  private static String describe(Parameter parameter) {
    return parameter.getIn() + " parameter `" + parameter.getName() + "`";
  }

  private static String label(Endpoint endpoint) {
    return label(endpoint.getMethod().name(), endpoint.getPathUrl(), endpoint.getOperation());
  }

  private static String label(String method, String path, Operation operation) {
    String id = operation == null ? null : operation.getOperationId();
    return method + " " + path + (id == null ? "" : " (`" + id + "`)");
  }

  private static String typeOf(Schema<?> schema) {
    if (schema == null) {
      return "none";
    }
    List<String> parts = new ArrayList<>();
    parts.add(schema.getType() == null ? "object" : schema.getType());
    if (schema.getFormat() != null) {
      parts.add("(" + schema.getFormat() + ")");
    }
    return "`" + String.join(" ", parts) + "`";
  }
}
