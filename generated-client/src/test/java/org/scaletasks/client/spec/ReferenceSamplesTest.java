package org.scaletasks.client.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scaletasks.client.ValidationException;
import org.scaletasks.client.core.Json;
import org.scaletasks.client.model.SegmentAnnotationTaskRequest;
import org.scaletasks.client.model.VideoAnnotationTaskRequest;
import org.scaletasks.client.model.VideoPlaybackAnnotationTaskRequest;

/**
 * Checks that the curated schemas reject the reference's own sample requests and responses
 * exactly at the pointers listed in {@code spec/reference-samples/expected-violations.json}.
 */
class ReferenceSamplesTest {

  private static final Path SAMPLES = Path.of("..", "spec", "reference-samples");
  private static final Path EXPECTED = SAMPLES.resolve("expected-violations.json");

  private static SpecValidator validator;

  @BeforeAll
  static void createValidator() {
    validator = new SpecValidator();
  }

  static Stream<Arguments> samples() throws IOException {
    List<Arguments> samples = new ArrayList<>();
    for (JsonNode sample : SpecValidator.JSON.readTree(EXPECTED.toFile()).path("samples")) {
      samples.add(Arguments.of(sample.path("file").asText(), sample));
    }
    return samples.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sampleFailsOnlyAtRecordedPointers(String file, JsonNode expected) throws IOException {
    String body = Files.readString(SAMPLES.resolve(file));
    List<SpecValidator.Finding> findings = findings(file, expected.path("schema").asText(), body);
    findings.forEach(finding -> System.out.println(file + ": " + finding));

    Set<String> expectedPairs = new TreeSet<>();
    for (JsonNode violation : expected.path("violations")) {
      expectedPairs.add(violation.path("pointer").asText() + " " + violation.path("keyword").asText());
    }
    Set<String> actualPairs =
        findings.stream()
            .map(finding -> finding.pointer() + " " + finding.keyword())
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(pointers(actualPairs))
        .as("pointers flagged in %s; findings: %s", file, findings)
        .isEqualTo(pointers(expectedPairs));
    assertThat(actualPairs)
        .as("pointer and keyword of each finding in %s", file)
        .isEqualTo(expectedPairs);

    for (JsonNode accepted : expected.path("accepted")) {
      String pointer = accepted.path("pointer").asText();
      assertThat(findings)
          .as("findings at or below %s, which %s accepts on purpose", pointer, file)
          .noneMatch(
              finding -> finding.pointer().equals(pointer)
                  || finding.pointer().startsWith(pointer + "/"));
    }
  }

  /**
   * Collects the validator's findings, plus the generated client's findings for the rules of
   * {@code x-} extensions, which no JSON Schema validator knows.
   */
  private static List<SpecValidator.Finding> findings(String file, String schema, String body)
      throws IOException {
    List<SpecValidator.Finding> findings = new ArrayList<>();
    String path = "/task/" + file.substring(0, file.indexOf('-'));
    if (schema.equals("Task")) {
      findings.addAll(validator.validateResponse(path, body));
      return findings;
    }
    List<SpecValidator.Finding> schemaFindings = validator.validateRequest(path, body);
    findings.addAll(schemaFindings);
    findings.addAll(clientExtensionFindings(schema, withoutRejectedValues(body, schemaFindings)));
    return findings;
  }

  /**
   * Replaces each value of the wrong JSON type (keywords type and oneOf) with null, so that
   * Jackson can read the sample into the generated request class. Values with other findings stay,
   * because an extension rule may depend on them, as x-conditional-fields does on attachment.
   */
  private static String withoutRejectedValues(String body, List<SpecValidator.Finding> findings)
      throws IOException {
    JsonNode root = SpecValidator.JSON.readTree(body);
    for (SpecValidator.Finding finding : findings) {
      if (!finding.keyword().equals("type") && !finding.keyword().equals("oneOf")) {
        continue;
      }
      JsonPointer pointer = JsonPointer.compile(finding.pointer());
      JsonNode parent = root.at(pointer.head());
      if (parent instanceof ObjectNode object) {
        object.putNull(pointer.last().getMatchingProperty());
      } else if (parent instanceof ArrayNode array) {
        array.set(pointer.last().getMatchingIndex(), NullNode.getInstance());
      }
    }
    return SpecValidator.JSON.writeValueAsString(root);
  }

  private static List<SpecValidator.Finding> clientExtensionFindings(String schema, String body)
      throws IOException {
    Runnable validate =
        switch (schema) {
          case "SegmentAnnotationTaskRequest" ->
              Json.mapper().readValue(body, SegmentAnnotationTaskRequest.class)::validate;
          case "VideoAnnotationTaskRequest" ->
              Json.mapper().readValue(body, VideoAnnotationTaskRequest.class)::validate;
          case "VideoPlaybackAnnotationTaskRequest" ->
              Json.mapper().readValue(body, VideoPlaybackAnnotationTaskRequest.class)::validate;
          default -> throw new IllegalArgumentException("no request class for schema " + schema);
        };
    List<SpecValidator.Finding> findings = new ArrayList<>();
    try {
      validate.run();
    } catch (ValidationException e) {
      for (ValidationException.Violation violation : e.violations()) {
        String keyword = extensionKeyword(violation.rule());
        if (keyword != null) {
          findings.add(new SpecValidator.Finding(pointer(violation.path()), keyword, violation.message()));
        }
      }
    }
    return findings;
  }

  /**
   * Returns the extension behind a client rule, or null for a plain JSON Schema keyword, which
   * the validator already checks. The rule texts are those of the generated
   * {@code org.scaletasks.client.core.Violations}.
   */
  private static String extensionKeyword(String rule) {
    if (rule.startsWith("required when ") || rule.startsWith("forbidden when ")) {
      return "x-conditional-fields";
    }
    if (rule.startsWith("distinct from ")) {
      return "x-distinct-from";
    }
    if (rule.startsWith("x-max-json-bytes ")) {
      return "x-max-json-bytes";
    }
    if (rule.startsWith("format ") && rule.contains(" or ")) {
      return "x-string-formats";
    }
    return null;
  }

  /** Converts a client path such as {@code context_attachments[1].attachment} to a JSON pointer. */
  private static String pointer(String clientPath) {
    StringBuilder pointer = new StringBuilder();
    for (String segment : clientPath.replace("[", ".").replace("]", "").split("\\.")) {
      pointer.append('/').append(SpecValidator.escape(segment));
    }
    return pointer.toString();
  }

  private static Set<String> pointers(Set<String> pairs) {
    return pairs.stream()
        .map(pair -> pair.substring(0, pair.lastIndexOf(' ')))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
