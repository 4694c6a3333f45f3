package org.scaletasks.clientgen.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.scaletasks.clientgen.spec.LoadedSpec;
import org.scaletasks.clientgen.spec.SpecException;
import org.scaletasks.clientgen.spec.SpecLoader;
import org.scaletasks.clientgen.view.ViewBuilder;

/**
 * Feeds arbitrary bytes to spec loading and view building. Every input must end, within a time
 * bound, in views or in a {@link SpecException} with at least one problem; any other exception,
 * a {@link StackOverflowError} included, is a defect.
 *
 * <p>{@code mvn test} replays the seeds under {@code SpecFuzzTestInputs}; {@code JAZZER_FUZZ=1}
 * fuzzes and writes each crashing input there, where it stays as a regression test.
 */
class SpecFuzzTest {

  private static final Duration TIME_BOUND = Duration.ofSeconds(20);

  @FuzzTest(maxDuration = "2m")
  void loadingAndViewsEndInResultOrSpecException(byte[] document) throws IOException {
    Path folder = Files.createTempDirectory("spec-fuzz");
    try {
      Path spec = Files.write(folder.resolve("api.yaml"), document);
      assertTimeoutPreemptively(TIME_BOUND, () -> loadAndBuild(spec));
    } finally {
      try (Stream<Path> files = Files.walk(folder)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  private static void loadAndBuild(Path spec) {
    try {
      LoadedSpec loaded = new SpecLoader().load(spec);
      ViewBuilder.build(loaded, "org.example.fuzz", "FuzzClient", true);
    } catch (SpecException e) {
      assertThat(e.problems()).isNotEmpty();
      assertThat(e.problems()).allSatisfy(problem -> assertThat(problem.message()).isNotBlank());
    }
  }
}
