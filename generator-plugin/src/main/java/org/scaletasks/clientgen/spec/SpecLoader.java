package org.scaletasks.clientgen.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads an OpenAPI document with Swagger Parser and turns every message it reports into a
 * {@link SpecProblem} with a line and column.
 */
public final class SpecLoader {

  /** Matches Swagger Parser's "attribute a.b.c is missing" style of message. */
  private static final Pattern ATTRIBUTE_MESSAGE =
      Pattern.compile("^attribute (\\S+)(?: (?:is|are|has|of) .*)?$", Pattern.DOTALL);

  /** Matches Swagger Parser's note on an extension name reserved for the OpenAPI Initiative. */
  private static final Pattern RESERVED_EXTENSION = Pattern.compile("is reserved by The OpenAPI Initiative");

  /** Matches Swagger Parser's complaint about a schema name outside {@code [a-zA-Z0-9.-_]}. */
  private static final Pattern SCHEMA_NAME_MESSAGE =
      Pattern.compile("^components\\.schemas\\.Schema name (.+) doesn't adhere to .*$", Pattern.DOTALL);

  /** Matches Swagger Parser's message for a relative {@code $ref} whose file it cannot read. */
  private static final Pattern UNLOADABLE_REF =
      Pattern.compile("^Unable to load \\S+ ref: (\\S+)(?: path: .*)?$", Pattern.DOTALL);

  /**
   * Reads and validates the document.
   *
   * <p>Before Swagger Parser runs, the loader reads the document and every local file reachable
   * from it through {@code $ref}, so that a syntax error names the file it is in and every
   * finding can point at a line and column of the right file.
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

    List<SpecProblem> problems = new ArrayList<>();
    Map<Path, NodePositions> documents = indexDocuments(absolute, problems);
    if (!problems.isEmpty()) {
      // Swagger Parser would report the same syntax errors without a file name.
      throw new SpecException(problems);
    }

    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result =
        new OpenAPIV3Parser().readLocation(absolute.toUri().toString(), null, options);

    List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
    String entryText = readQuietly(absolute);
    List<String> warnings = new ArrayList<>();
    for (String message : messages) {
      SpecProblem problem = withReferencePosition(toProblem(absolute, documents, message), entryText);
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
    return new LoadedSpec(absolute, result.getOpenAPI(), documents.get(absolute), List.copyOf(warnings));
  }

  /** Matches a relative file reference quoted in a message, such as {@code ./paths/a.yaml}. */
  private static final Pattern FILE_REFERENCE = Pattern.compile("(\\.{1,2}/[^\\s'\"]+\\.(?:ya?ml|json))");

  /**
   * Places a problem that Swagger Parser reports about a referenced file without a path, such as
   * a file name that is not a valid URI, at the first {@code $ref} to that file in the entry
   * document, and adds the usual fix for characters a URI does not allow.
   */
  private static SpecProblem withReferencePosition(SpecProblem problem, String text) {
    if (!problem.pointer().isEmpty() || problem.line() > 1 || text == null) {
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
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Indexes the entry document and each local file reachable through {@code $ref}, entry first.
   * A file that is not valid YAML or JSON adds a problem with its position and is not followed.
   */
  static Map<Path, NodePositions> indexDocuments(Path entry, List<SpecProblem> problems) {
    Map<Path, NodePositions> documents = new LinkedHashMap<>();
    Deque<Path> pending = new ArrayDeque<>(List.of(entry));
    Set<Path> seen = new HashSet<>();
    while (!pending.isEmpty()) {
      Path current = pending.removeFirst();
      if (!seen.add(current) || !Files.isRegularFile(current)) {
        // A missing file is reported by Swagger Parser, and mapped to its $ref then.
        continue;
      }
      NodePositions positions;
      try {
        positions = NodePositions.index(current);
      } catch (JsonProcessingException e) {
        problems.add(syntaxProblem(current, e));
        continue;
      } catch (IOException e) {
        problems.add(new SpecProblem(current, 0, 0, "", "cannot be read: " + e.getMessage()));
        continue;
      }
      documents.put(current, positions);
      for (NodePositions.Reference reference : positions.references()) {
        Path target = SpecFiles.resolve(current, reference.value());
        if (target != null) {
          pending.add(target);
        }
      }
    }
    return documents;
  }

  /**
   * Describes a syntax error at SnakeYAML's problem mark, which is where the offending character
   * is; Jackson's own location is where the scanner started the token, often a line earlier.
   */
  private static SpecProblem syntaxProblem(Path file, JsonProcessingException error) {
    if (error.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
      Mark mark = yaml.getProblemMark();
      String context = yaml.getContext() == null ? "" : yaml.getContext() + ": ";
      return new SpecProblem(
          file,
          mark.getLine() + 1,
          mark.getColumn() + 1,
          "",
          "not valid YAML or JSON: " + context + yaml.getProblem());
    }
    JsonLocation location = error.getLocation();
    int line = location == null ? 0 : location.getLineNr();
    int column = location == null ? 0 : location.getColumnNr();
    return new SpecProblem(file, line, column, "", "not valid YAML or JSON: " + error.getOriginalMessage());
  }

  private static SpecException single(Path file, String message) {
    return new SpecException(List.of(new SpecProblem(file, 0, 0, "", message)));
  }

  /** Places one Swagger Parser message in the file, line and column it is about. */
  static SpecProblem toProblem(Path entry, Map<Path, NodePositions> documents, String message) {
    String text = message.trim();

    Matcher unloadable = UNLOADABLE_REF.matcher(text);
    if (unloadable.matches()) {
      return unloadableReference(entry, documents, unloadable.group(1), text);
    }
    Matcher schemaName = SCHEMA_NAME_MESSAGE.matcher(text);
    if (schemaName.matches()) {
      return locate(
          entry,
          documents,
          "/components/schemas/" + NodePositions.escape(schemaName.group(1)),
          text + "; rename the schema with letters, digits, '.', '-' and '_' only");
    }
    Matcher attribute = ATTRIBUTE_MESSAGE.matcher(text);
    if (!attribute.matches()) {
      return new SpecProblem(entry, 1, 1, "", text);
    }

    String attributePath = attribute.group(1);
    int localRef = attributePath.indexOf(".#/");
    if (localRef >= 0 && text.endsWith(" is missing")) {
      // Swagger Parser appends a dangling local $ref to the path of the schema that contains it.
      String target = attributePath.substring(localRef + 1);
      String pointer = attributePathToPointer(attributePath.substring(0, localRef)) + "/$ref";
      return locate(
          entry,
          documents,
          pointer,
          "the $ref target " + target + " does not exist; define it or correct the reference ("
              + text + ")");
    }

    String pointer = attributePathToPointer(attributePath);
    String fix = "";
    if (text.contains("is not of type `array`")) {
      fix = "; write the value as a YAML list, for example [id] or one '- id' item per line";
    } else if (text.endsWith(" is missing")) {
      fix = "; add the member";
    }
    return locate(entry, documents, pointer, text + fix);
  }

  /**
   * Finds the file that defines {@code pointer} of the resolved document: the entry document when
   * it contains the node, otherwise the external file whose schema Swagger Parser copied into
   * {@code /components/schemas/NAME}.
   */
  private static SpecProblem locate(
      Path entry, Map<Path, NodePositions> documents, String pointer, String message) {
    NodePositions entryPositions = documents.get(entry);
    if (!entryPositions.contains(pointer)) {
      for (Map.Entry<Path, NodePositions> document : documents.entrySet()) {
        String local = externalPointer(document.getKey(), documents, pointer);
        if (local != null && document.getValue().contains(local)) {
          NodePositions.Position position = document.getValue().find(local);
          return new SpecProblem(
              document.getKey(), position.line(), position.column(), local, message);
        }
      }
    }
    NodePositions.Position position = entryPositions.find(pointer);
    return new SpecProblem(entry, position.line(), position.column(), pointer, message);
  }

  /**
   * Returns the pointer inside {@code file} of the resolved document's node {@code pointer}, when
   * that node lies in a schema copied from {@code file}, or null.
   */
  private static String externalPointer(
      Path file, Map<Path, NodePositions> documents, String pointer) {
    String prefix = "/components/schemas/";
    if (!pointer.startsWith(prefix)) {
      return null;
    }
    String rest = pointer.substring(prefix.length());
    int slash = rest.indexOf('/');
    String schemaName = slash < 0 ? rest : rest.substring(0, slash);
    String inside = slash < 0 ? "" : rest.substring(slash);
    for (Map.Entry<Path, NodePositions> referrer : documents.entrySet()) {
      for (NodePositions.Reference reference : referrer.getValue().references()) {
        if (!file.equals(SpecFiles.resolve(referrer.getKey(), reference.value()))) {
          continue;
        }
        int hash = reference.value().indexOf('#');
        String fragment = hash < 0 ? "" : reference.value().substring(hash + 1);
        String lastSegment = fragment.substring(fragment.lastIndexOf('/') + 1);
        String fileName = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        if (schemaName.equals(lastSegment) || (fragment.isEmpty() && schemaName.equalsIgnoreCase(fileName))) {
          return fragment + inside;
        }
      }
    }
    return null;
  }

  /** Places a "cannot load this $ref" message at each $ref that names the file. */
  private static SpecProblem unloadableReference(
      Path entry, Map<Path, NodePositions> documents, String reference, String text) {
    for (Map.Entry<Path, NodePositions> document : documents.entrySet()) {
      for (NodePositions.Reference candidate : document.getValue().references()) {
        String location = candidate.value().split("#", 2)[0];
        if (!location.equals(reference) && !location.equals(reference.replaceFirst("^\\./", ""))) {
          continue;
        }
        Path target = SpecFiles.resolve(document.getKey(), candidate.value());
        String fix;
        if (target != null && Files.isRegularFile(target) && location.contains("%")) {
          fix = "the file " + target + " exists, but Swagger Parser does not decode percent-escapes in"
              + " a $ref; write the file name unescaped, for example '"
              + java.net.URI.create(location).getPath() + "'";
        } else {
          fix = "file " + target + " not found; correct the path, which is relative to "
              + document.getKey().getFileName();
        }
        return new SpecProblem(
            document.getKey(),
            candidate.position().line(),
            candidate.position().column(),
            candidate.pointer(),
            "cannot load the $ref '" + candidate.value() + "' (read from entry document "
                + entry.getFileName() + "): " + fix);
      }
    }
    return new SpecProblem(entry, 1, 1, "", text);
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
