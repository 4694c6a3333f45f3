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
 * The no-op path of {@link ClientGenerator#generate}: the output of {@code spec/scale-tasks.yaml}
 * exists and nothing changed, so the generator only fingerprints its inputs and checks the
 * output. This is the in-process part of a no-op Maven build.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class UpToDateCheckBenchmark {

  private Path workFolder;
  private Path spec;
  private Path outputFolder;
  private Path stateFile;

  @Setup(Level.Trial)
  public void generateOnce() throws Exception {
    workFolder = Files.createTempDirectory("clientgen-bench");
    spec = BenchResources.copy("scale-tasks.yaml", workFolder);
    outputFolder = workFolder.resolve("out");
    stateFile = workFolder.resolve("state.properties");
    ScaleSpecGenerationBenchmark.generate(spec, outputFolder, stateFile, false);
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
  public ClientGenerator.Outcome upToDateCold() throws Exception {
    return ScaleSpecGenerationBenchmark.generate(spec, outputFolder, stateFile, true);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Fork(1)
  @Warmup(iterations = 5, time = 1)
  @Measurement(iterations = 5, time = 1)
  public ClientGenerator.Outcome upToDateWarm() throws Exception {
    return ScaleSpecGenerationBenchmark.generate(spec, outputFolder, stateFile, true);
  }
}
