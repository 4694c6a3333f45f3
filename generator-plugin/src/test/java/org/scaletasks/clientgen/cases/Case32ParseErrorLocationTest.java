package org.scaletasks.clientgen.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scaletasks.clientgen.ClientGenerator;
import org.scaletasks.clientgen.spec.SpecException;
import org.scaletasks.clientgen.spec.SpecProblem;

/**
 * A YAML syntax error inside a {@code $ref}'d file, and two semantic errors in one document. The
 * Maven side of the checks (exit status, build output) runs in the {@code invalid-spec} invoker
 * test; these tests check the same report in-process.
 */
class Case32ParseErrorLocationTest {

  private static final String CASE = "32-parse-error-location";

  @TempDir Path work;
  private Path output;
  private Map<String, byte[]> earlierOutput;

  @BeforeEach
  void generateEarlierOutput() throws Exception {
    output = work.resolve("generated");
    new ClientGenerator().generate(settings(Path.of(Case32ParseErrorLocationTest.class.getResource("/specs/minimal.yaml").toURI())));
    earlierOutput = snapshot(output);
    assertThat(earlierOutput).isNotEmpty();
  }

  @Test
  void tabInReferencedFileFails() {
    assertThatThrownBy(() -> generate("spec.yaml")).isInstanceOf(SpecException.class);
  }

  @Test
  void tabErrorNamesFileLineAndTab() {
    SpecException error = catchThrowableOfType(SpecException.class, () -> generate("spec.yaml"));
    SpecProblem problem = error.problems().get(0);

    assertThat(problem.file().toString().replace('\\', '/')).endsWith("parts/orders.yaml");
    assertThat(problem.line()).isEqualTo(6);
    assertThat(problem.message()).containsIgnoringCase("tab");
    assertThat(error.getMessage()).contains("parts/orders.yaml:6:");
  }

  @Test
  void tabErrorIsNotAnonymous() {
    SpecException error = catchThrowableOfType(SpecException.class, () -> generate("spec.yaml"));

    assertThat(error.getMessage())
        .doesNotContain("in 'string'")
        .doesNotContain("in 'reader'")
        .doesNotContain("Wrong specification url/path");
  }

  @Test
  void failureKeepsEarlierOutput() throws Exception {
    catchThrowableOfType(SpecException.class, () -> generate("spec.yaml"));
    catchThrowableOfType(SpecException.class, () -> generate("spec-semantic.yaml"));

    Map<String, byte[]> after = snapshot(output);
    assertThat(after.keySet()).isEqualTo(earlierOutput.keySet());
    for (Map.Entry<String, byte[]> file : earlierOutput.entrySet()) {
      assertThat(after.get(file.getKey())).as(file.getKey()).isEqualTo(file.getValue());
    }
    try (Stream<Path> walk = Files.walk(output)) {
      assertThat(walk.map(Path::toString)).noneMatch(name -> name.endsWith(".tmp"));
    }
  }

  @Test
  void semanticErrorsAreAllReported() {
    SpecException error = catchThrowableOfType(SpecException.class, () -> generate("spec-semantic.yaml"));

    assertThat(error.problems()).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void missingSchemaNamesLine23() {
    SpecException error = catchThrowableOfType(SpecException.class, () -> generate("spec-semantic.yaml"));
    SpecProblem problem = find(error, "#/components/schemas/Ordr");

    assertThat(problem.file().getFileName()).hasToString("spec-semantic.yaml");
    assertThat(problem.line()).isEqualTo(23);
    assertThat(problem.format()).contains("spec-semantic.yaml:23:");
  }

  @Test
  void requiredNotArrayNamesLine28() {
    SpecException error = catchThrowableOfType(SpecException.class, () -> generate("spec-semantic.yaml"));
    SpecProblem problem = find(error, "required");

    assertThat(problem.file().getFileName()).hasToString("spec-semantic.yaml");
    assertThat(problem.line()).isEqualTo(28);
    assertThat(problem.format()).contains("components.schemas.Order.required");
    assertThat(problem.message()).contains("array");
  }

  private static SpecProblem find(SpecException error, String text) {
    return error.problems().stream()
        .filter(problem -> problem.message().contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no problem mentions " + text + " in " + error.getMessage()));
  }

  private void generate(String entry) throws IOException, SpecException {
    new ClientGenerator().generate(settings(CaseHarness.caseFolder(CASE).resolve(entry)));
  }

  private ClientGenerator.Settings settings(Path spec) {
    return new ClientGenerator.Settings(
        spec, null, output, work.resolve("state.properties"), "org.example.cases.c32", "CaseClient", "test", false);
  }

  static Map<String, byte[]> snapshot(Path folder) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(file).toString(), Files.readAllBytes(file));
      }
    }
    return files;
  }
}
