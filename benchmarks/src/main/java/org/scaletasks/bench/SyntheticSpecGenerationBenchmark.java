package org.scaletasks.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.scaletasks.clientgen.ClientGenerator;

/**
 * Warm in-process generation of {@link SyntheticSpecs} documents of 10, 100 and 1,000 operations
 * and schemas. Run with {@code -prof gc} to see the memory allocated per generation next to the
 * time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SyntheticSpecGenerationBenchmark {

  @Param({"10", "100", "1000"})
  public int operations;

  private Path workFolder;
  private Path spec;
  private Path outputFolder;
  private Path stateFile;

  @Setup(Level.Trial)
  public void writeSpec() throws IOException {
    workFolder = Files.createTempDirectory("clientgen-bench");
    spec = workFolder.resolve("synthetic-" + operations + ".yaml");
    Files.writeString(spec, SyntheticSpecs.yaml(operations), StandardCharsets.UTF_8);
    outputFolder = workFolder.resolve("out");
    stateFile = workFolder.resolve("state.properties");
  }

  /** Removes the previous output and state, so each generation starts from a clean build. */
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
  public ClientGenerator.Outcome generate() throws Exception {
    return ScaleSpecGenerationBenchmark.generate(spec, outputFolder, stateFile, false);
  }
}
