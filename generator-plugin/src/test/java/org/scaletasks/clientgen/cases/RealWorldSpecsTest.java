package org.scaletasks.clientgen.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scaletasks.clientgen.ClientGenerator;
import org.scaletasks.clientgen.spec.SpecException;
import org.scaletasks.clientgen.spec.SpecProblem;

/**
 * Runs the generator on public OpenAPI documents written by others (see each folder's {@code
 * SOURCE.md} under {@code src/test/resources/realworld}). Each either yields a client that
 * compiles, or stops with problems that each have a position and name the construct; the
 * expected outcome of every document is pinned here and listed in {@code docs/realworld-specs.md}.
 */
class RealWorldSpecsTest {

  @TempDir Path work;

  static Stream<Arguments> documents() {
    return Stream.of(
        compiles("01-oai-petstore/petstore.yaml"),
        compiles("02-oai-petstore-expanded/petstore-expanded.yaml"),
        compiles("03-oai-link-example/link-example.yaml"),
        compiles("04-oai-callback-example/callback-example.yaml"),
        compiles("05-oai-api-with-examples/api-with-examples.yaml"),
        compiles("06-oai-webhook-example-3.1/webhook-example.yaml"),
        rejected("07-redocly-cafe-starter-multifile-3.1/openapi/openapi.yaml", "Illegal character in path"),
        rejected("07-redocly-cafe-starter-multifile-3.1/bundled/openapi.bundled.yaml", "multipart/form-data"),
        rejected("09-lob-multifile/lob-api-public.yml", "./resources/accounts/accounts.yml"),
        rejected("09-lob-multifile/dist/lob-api-bundled.yml", "ObjectNode"),
        rejected("11-spotify-web-api/fixed-spotify-open-api.yml", "image/jpeg"),
        rejected("13-box/openapi.json", "multipart/form-data"),
        rejected("15-discord-3.1/openapi.json", "multipart/form-data"),
        rejected("16-openai-3.1/openapi.yaml", "cannot be distinguished from the others by its JSON form"));
  }

  /** With unsupported operations left out, these documents give clients that compile. */
  static Stream<Arguments> documentsWithoutUnsupportedOperations() {
    return Stream.of(
        Arguments.of("07-redocly-cafe-starter-multifile-3.1/bundled/openapi.bundled.yaml", 1),
        Arguments.of("11-spotify-web-api/fixed-spotify-open-api.yml", 1),
        Arguments.of("13-box/openapi.json", 8),
        Arguments.of("15-discord-3.1/openapi.json", 16));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentsWithoutUnsupportedOperations")
  void skippingUnsupportedOperationsGivesCompilingClient(String document, int skipped) throws Exception {
    Path sources = work.resolve("generated");

    ClientGenerator.Outcome outcome =
        new ClientGenerator()
            .generate(
                new ClientGenerator.Settings(
                    resource(document), null, sources, work.resolve("state.properties"), "org.example.realworld",
                    "RealWorldClient", "test", true, true));

    assertThat(outcome.warnings()).filteredOn(w -> w.contains("left out of the client")).hasSize(skipped);
    List<String> errors = CaseHarness.compile(sources, Files.createDirectories(work.resolve("classes")));
    assertThat(errors).as("javac errors").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void documentCompilesOrIsRejectedClearly(String document, String expectedProblem) throws Exception {
    Path spec = resource(document);
    Path sources = work.resolve("generated");
    try {
      new ClientGenerator()
          .generate(
              new ClientGenerator.Settings(
                  spec, null, sources, work.resolve("state.properties"), "org.example.realworld", "RealWorldClient", "test", true));
    } catch (SpecException e) {
      if (expectedProblem == null) {
        fail("expected a client, got: " + e.getMessage());
      }
      assertThat(e.getMessage()).contains(expectedProblem);
      for (SpecProblem problem : e.problems()) {
        assertThat(problem.file()).as(problem.format()).exists();
        assertThat(problem.message()).as(problem.format()).isNotBlank();
      }
      assertThat(sources).as("no partial output").doesNotExist();
      return;
    }
    assertThat(expectedProblem).as("expected the generator to reject %s", document).isNull();
    List<String> errors = CaseHarness.compile(sources, Files.createDirectories(work.resolve("classes")));
    assertThat(errors).as("javac errors").isEmpty();
  }

  private static Arguments compiles(String document) {
    return Arguments.of(document, null);
  }

  private static Arguments rejected(String document, String expectedProblem) {
    return Arguments.of(document, expectedProblem);
  }

  private static Path resource(String document) throws URISyntaxException {
    return Path.of(RealWorldSpecsTest.class.getResource("/realworld/" + document).toURI());
  }
}
