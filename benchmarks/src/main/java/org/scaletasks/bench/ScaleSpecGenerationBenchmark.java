package org.scaletasks.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.scaletasks.clientgen.ClientGenerator;

/**
 * In-process generation of the client from {@code spec/scale-tasks.yaml} through {@link
 * ClientGenerator#generate}, as the Maven goal runs it, without Maven's start-up.
 *
 * <p>The cold benchmarks start a new JVM for each measurement and time one call, so they include
 * class loading and JIT warm-up, the situation of a command-line build. The warm ones time calls
 * in a JVM that has already generated many times, the situation of a build daemon or an IDE.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScaleSpecGenerationBenchmark {

  private Path workFolder;
  private Path spec;
  private Path outputFolder;
  private Path stateFile;

  @Setup(Level.Trial)
  public void createWorkFolder() throws Exception {
    workFolder = Files.createTempDirectory("clientgen-bench");
    spec = BenchResources.copy("scale-tasks.yaml", workFolder);
    outputFolder = workFolder.resolve("out");
    stateFile = workFolder.resolve("state.properties");
  }

  /** Removes the previous output and state, so each full generation starts from a clean build. */
  @Setup(Level.Invocation)
  public void cleanOutput() throws IOException {
    BenchResources.deleteRecursively(outputFolder);
    Files.deleteIfExists(stateFile);
  }

  @TearDown(Level.Trial)
  public void deleteWorkFolder() throws IOException {
    BenchResources.deleteRecursively(workFolder);
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Fork(10)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public ClientGenerator.Outcome generateCold() throws Exception {
    return generate(false);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Fork(1)
  @Warmup(iterations = 5, time = 2)
  @Measurement(iterations = 5, time = 2)
  public ClientGenerator.Outcome generateWarm() throws Exception {
    return generate(false);
  }

  private ClientGenerator.Outcome generate(boolean expectUpToDate) throws Exception {
    return generate(spec, outputFolder, stateFile, expectUpToDate);
  }

  /**
   * Runs the generator with the built-in templates, as the Maven goal does, and fails when the
   * run was or was not skipped against EXPECT_UP_TO_DATE, so a benchmark cannot time the wrong
   * path.
   */
  static ClientGenerator.Outcome generate(
      Path spec, Path outputFolder, Path stateFile, boolean expectUpToDate) throws Exception {
    ClientGenerator.Settings settings =
        new ClientGenerator.Settings(
            spec, null, outputFolder, stateFile, "org.scaletasks.client", "ScaleClient", "bench", false);
    ClientGenerator.Outcome outcome = new ClientGenerator().generate(settings);
    if (outcome.upToDate() != expectUpToDate) {
      throw new IllegalStateException(
          "Generation of " + spec + " returned upToDate=" + outcome.upToDate() + ", expected "
              + expectUpToDate);
    }
    return outcome;
  }
}
