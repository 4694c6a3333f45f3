package org.scaletasks.clientgen.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an OpenAPI document with Swagger Parser and turns every message it reports into a
 * {@link SpecProblem} with a line and column.
 */
public final class SpecLoader {

  /** Matches Swagger Parser's "attribute a.b.c is missing" style of message. */
  /** Matches Swagger Parser's note on an extension name reserved for the OpenAPI Initiative. */
  private static final Pattern RESERVED_EXTENSION = Pattern.compile("is reserved by The OpenAPI Initiative");

  /** Matches Swagger Parser's complaint about a schema name outside {@code [a-zA-Z0-9.-_]}. */
  private static final Pattern SCHEMA_NAME_MESSAGE =
      Pattern.compile("^components\\.schemas\\.Schema name (.+) doesn't adhere to .*$", Pattern.DOTALL);

  private static final Pattern ATTRIBUTE_MESSAGE =
      Pattern.compile("^attribute (\\S+)(?: (?:is|are|has|of) .*)?$", Pattern.DOTALL);

  /**
   * Reads and validates the document.
   *
   * @return the parsed document, with external references resolved, and its node positions
   * @throws SpecException listing every problem found, each with its position
   */
  public LoadedSpec load(Path file) throws SpecException {
    Path absolute = file.toAbsolutePath().normalize();
    if (!Files.isRegularFile(absolute)) {
      throw single(
          absolute,
          "file not found; point the spec parameter at an OpenAPI 3.0 or 3.1 document in YAML or"
              + " JSON");
    }
    if (!Files.isReadable(absolute)) {
      throw single(absolute, "file is not readable; check its permissions");
    }

    NodePositions positions;
    try {
      positions = NodePositions.index(absolute);
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      int line = location == null ? 0 : location.getLineNr();
      int column = location == null ? 0 : location.getColumnNr();
      throw new SpecException(
          List.of(
              new SpecProblem(
                  absolute, line, column, "", "not valid YAML or JSON: " + e.getOriginalMessage())));
    } catch (IOException e) {
      throw single(absolute, "cannot be read: " + e.getMessage());
    }

    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result =
        new OpenAPIV3Parser().readLocation(absolute.toUri().toString(), null, options);

    List<SpecProblem> problems = new ArrayList<>();
    List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
    String text = readQuietly(absolute);
    List<String> warnings = new ArrayList<>();
    for (String message : messages) {
      SpecProblem problem = withReferencePosition(toProblem(absolute, positions, message), text);
      if (RESERVED_EXTENSION.matcher(message).find()) {
        // Swagger Parser reserves x-oai- and x-oas- for the OpenAPI Initiative; documents that use
        // them are still valid, and the generator ignores unknown extensions.
        warnings.add(problem.format());
      } else {
        problems.add(problem);
      }
    }
    if (result.getOpenAPI() == null && problems.isEmpty()) {
      problems.add(
          new SpecProblem(
              absolute, 1, 1, "", "not an OpenAPI document; it needs an `openapi: 3.0.x` field"));
    }
    if (!problems.isEmpty()) {
      throw new SpecException(problems);
    }
    return new LoadedSpec(absolute, result.getOpenAPI(), positions, List.copyOf(warnings));
  }

  /** Matches a relative file reference quoted in a message, such as {@code ./paths/a.yaml}. */
  private static final Pattern FILE_REFERENCE = Pattern.compile("(\\.{1,2}/[^\\s'\"]+\\.(?:ya?ml|json))");

  /**
   * Places a problem that Swagger Parser reports about a referenced file, without a path, at the
   * first {@code $ref} to that file, and adds the usual fix for characters a URI does not allow.
   */
  private static SpecProblem withReferencePosition(SpecProblem problem, String text) {
    if (!problem.pointer().isEmpty() || text == null) {
      return problem;
    }
    Matcher reference = FILE_REFERENCE.matcher(problem.message());
    if (!reference.find()) {
      return problem;
    }
    String target = reference.group(1);
    int offset = text.indexOf(target);
    if (offset < 0 && target.startsWith("./")) {
      offset = text.indexOf(target.substring(2));
    }
    if (offset < 0) {
      return problem;
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String message = problem.message();
    if (message.startsWith("Illegal character")) {
      message += "; percent-encode the character in the $ref (for example { as %7B and } as %7D) or"
          + " rename the file";
    }
    return new SpecProblem(problem.file(), line, offset - lineStart + 1, "", message);
  }

  private static String readQuietly(Path file) {
    try {
      return Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }

  private static SpecException single(Path file, String message) {
    return new SpecException(List.of(new SpecProblem(file, 0, 0, "", message)));
  }

  static SpecProblem toProblem(Path file, NodePositions positions, String message) {
    String pointer = "";
    Matcher matcher = ATTRIBUTE_MESSAGE.matcher(message.trim());
    Matcher schemaName = SCHEMA_NAME_MESSAGE.matcher(message.trim());
    if (matcher.matches()) {
      String attributePath = matcher.group(1);
      // A missing reference target is reported as "...schema.#/components/schemas/X"; the
      // position of interest is the schema that holds the reference.
      int reference = attributePath.indexOf(".#/");
      pointer = attributePathToPointer(reference < 0 ? attributePath : attributePath.substring(0, reference));
    } else if (schemaName.matches()) {
      pointer = "/components/schemas/" + NodePositions.escape(schemaName.group(1));
    }
    NodePositions.Position position = positions.find(pointer);
    return new SpecProblem(file, position.line(), position.column(), pointer, message.trim());
  }

  /**
   * Converts Swagger Parser's attribute path ({@code paths.'/pets'(get).responses}) into a JSON
   * pointer ({@code /paths/~1pets/get/responses}).
   */
  static String attributePathToPointer(String attributePath) {
    StringBuilder pointer = new StringBuilder();
    int index = 0;
    while (index < attributePath.length()) {
      char c = attributePath.charAt(index);
      if (c == '.') {
        index++;
        continue;
      }
      int end;
      String segment;
      if (c == '\'') {
        end = attributePath.indexOf('\'', index + 1);
        if (end < 0) {
          end = attributePath.length();
        }
        segment = attributePath.substring(index + 1, end);
        end++;
      } else {
        end = index;
        while (end < attributePath.length()
            && attributePath.charAt(end) != '.'
            && attributePath.charAt(end) != '(') {
          end++;
        }
        segment = attributePath.substring(index, end);
      }
      pointer.append('/').append(NodePositions.escape(segment));
      if (end < attributePath.length() && attributePath.charAt(end) == '(') {
        int close = attributePath.indexOf(')', end);
        if (close < 0) {
          close = attributePath.length();
        }
        pointer.append('/').append(attributePath, end + 1, close);
        end = close + 1;
      }
      index = end;
    }
    return pointer.toString();
  }
}
