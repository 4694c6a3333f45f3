package org.scaletasks.clientgen.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Map;
import org.openapitools.codegen.CodegenType;
import org.openapitools.codegen.DefaultCodegen;
import org.scaletasks.clientgen.view.JavaNames;

/**
 * OpenAPI Generator configuration that names and types everything the way the generated Java
 * client declares it.
 *
 * <p>The codegen layer produces OpenAPI Generator's {@code CodegenModel}, {@code
 * CodegenProperty} and {@code CodegenOperation} objects; the view layer reads them. Model names
 * come from a table that the caller fills before any lookup, so that a schema and every
 * reference to it get the same, collision-free Java name.
 */
public final class ClientCodegenConfig extends DefaultCodegen {

  private final Map<String, String> modelNames;

  /**
   * @param openApi the parsed document
   * @param modelNames Java class name of each component schema, keyed by schema name
   */
  public ClientCodegenConfig(OpenAPI openApi, Map<String, String> modelNames) {
    this.modelNames = Map.copyOf(modelNames);
    typeMapping.put("integer", "Integer");
    typeMapping.put("long", "Long");
    typeMapping.put("number", "BigDecimal");
    typeMapping.put("decimal", "BigDecimal");
    typeMapping.put("float", "Float");
    typeMapping.put("double", "Double");
    typeMapping.put("boolean", "Boolean");
    typeMapping.put("string", "String");
    typeMapping.put("DateTime", "OffsetDateTime");
    typeMapping.put("date", "LocalDate");
    typeMapping.put("object", "Object");
    typeMapping.put("AnyType", "Object");
    typeMapping.put("array", "List");
    typeMapping.put("set", "Set");
    typeMapping.put("map", "Map");
    typeMapping.put("file", "byte[]");
    typeMapping.put("binary", "byte[]");
    typeMapping.put("ByteArray", "byte[]");
    typeMapping.put("UUID", "UUID");
    typeMapping.put("URI", "String");
    // The templates use no operation examples. Building them expands every schema that a
    // response references, which grew quadratically with the document's size.
    this.skipOperationExample = true;
    setOpenAPI(openApi);
  }

  /**
   * Returns the input unchanged, as {@link DefaultCodegen} does, without its warning on every
   * build: the view layer escapes each text for the place it is written to.
   */
  @Override
  public String escapeQuotationMark(String input) {
    return input;
  }

  /** Returns the input unchanged, for the same reason as {@link #escapeQuotationMark}. */
  @Override
  public String escapeUnsafeCharacters(String input) {
    return input;
  }

  @Override
  public CodegenType getTag() {
    return CodegenType.CLIENT;
  }

  @Override
  public String getName() {
    return "clientgen-java";
  }

  @Override
  public String getHelp() {
    return "Java client with immutable models, open enums and unions; Jackson is its only"
        + " runtime dependency.";
  }

  @Override
  public String toModelName(String name) {
    String mapped = modelNames.get(name);
    return mapped != null ? mapped : JavaNames.typeName(name);
  }

  @Override
  public String toVarName(String name) {
    return JavaNames.memberName(name);
  }

  @Override
  public String toParamName(String name) {
    return JavaNames.memberName(name);
  }

  @Override
  public String toOperationId(String operationId) {
    return JavaNames.memberName(operationId);
  }

  @Override
  public String getSchemaType(Schema schema) {
    // A format-less integer has no upper bound in JSON Schema; Long stores any realistic value
    // where Integer would overflow at 2^31.
    if ("integer".equals(schema.getType()) && schema.getFormat() == null) {
      return "Long";
    }
    return super.getSchemaType(schema);
  }
}
