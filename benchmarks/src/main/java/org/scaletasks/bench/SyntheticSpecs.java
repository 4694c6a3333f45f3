package org.scaletasks.bench;

/**
 * Writes OpenAPI 3.0.3 documents of a chosen size, for measuring how generation time and memory
 * grow with the document. A document of size N has N operations and N object schemas.
 *
 * <p>Each schema {@code ModelI} has the kinds of property the Scale document uses: constrained
 * strings and integers, a closed enumeration, an array of strings, a string map and a reference
 * to {@code Model(I+1)} (the last one has none). Operation {@code createModelI} posts {@code
 * ModelI} to {@code /models/modelI} and returns it.
 */
public final class SyntheticSpecs {

  private SyntheticSpecs() {}

  /** Returns the YAML text of a document with SIZE operations and SIZE schemas. */
  public static String yaml(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("size must be at least 1, got " + size);
    }
    StringBuilder out = new StringBuilder(size * 1200);
    out.append("openapi: 3.0.3\n")
        .append("info:\n")
        .append("  title: Synthetic API with ").append(size).append(" operations\n")
        .append("  version: 1.0.0\n")
        .append("servers:\n")
        .append("  - url: https://api.example.com/v1\n")
        .append("security:\n")
        .append("  - basicAuth: []\n")
        .append("paths:\n");
    for (int i = 0; i < size; i++) {
      appendOperation(out, i);
    }
    out.append("components:\n")
        .append("  securitySchemes:\n")
        .append("    basicAuth:\n")
        .append("      type: http\n")
        .append("      scheme: basic\n")
        .append("  schemas:\n");
    for (int i = 0; i < size; i++) {
      appendSchema(out, i, size);
    }
    return out.toString();
  }

  private static void appendOperation(StringBuilder out, int index) {
    String model = "Model" + index;
    out.append("  /models/model").append(index).append(":\n")
        .append("    post:\n")
        .append("      operationId: create").append(model).append('\n')
        .append("      summary: Create a ").append(model).append('\n')
        .append("      requestBody:\n")
        .append("        required: true\n")
        .append("        content:\n")
        .append("          application/json:\n")
        .append("            schema:\n")
        .append("              $ref: '#/components/schemas/").append(model).append("'\n")
        .append("      responses:\n")
        .append("        '200':\n")
        .append("          description: The created ").append(model).append('\n')
        .append("          content:\n")
        .append("            application/json:\n")
        .append("              schema:\n")
        .append("                $ref: '#/components/schemas/").append(model).append("'\n");
  }

  private static void appendSchema(StringBuilder out, int index, int size) {
    out.append("    Model").append(index).append(":\n")
        .append("      type: object\n")
        .append("      description: Synthetic model number ").append(index).append(".\n")
        .append("      required: [name]\n")
        .append("      properties:\n")
        .append("        name:\n")
        .append("          type: string\n")
        .append("          minLength: 1\n")
        .append("          maxLength: 100\n")
        .append("        external_id:\n")
        .append("          type: string\n")
        .append("          pattern: '^[a-z0-9-]+$'\n")
        .append("        count:\n")
        .append("          type: integer\n")
        .append("          minimum: 0\n")
        .append("          maximum: 1000\n")
        .append("        ratio:\n")
        .append("          type: number\n")
        .append("        state:\n")
        .append("          type: string\n")
        .append("          enum: [active, paused, done]\n")
        .append("        tags:\n")
        .append("          type: array\n")
        .append("          maxItems: 10\n")
        .append("          items:\n")
        .append("            type: string\n")
        .append("        metadata:\n")
        .append("          type: object\n")
        .append("          additionalProperties:\n")
        .append("            type: string\n");
    if (index + 1 < size) {
      out.append("        next:\n")
          .append("          $ref: '#/components/schemas/Model").append(index + 1).append("'\n");
    }
  }
}
