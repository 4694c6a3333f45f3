package org.scaletasks.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs every JMH benchmark of this module once, in this JVM, so the benchmarks keep compiling and
 * running in the test command. Its figures are no measurement, because nothing is warmed up.
 * run-jmh.sh measures.
 */
class BenchmarkSmokeTest {

  /** Benchmark runs: 2 generation, 2 up-to-date check, 1 synthetic size, 9 client methods x 3. */
  private static final int BENCHMARK_RUNS = 2 + 2 + 1 + 9 * 3;

  @Test
  void everyBenchmarkRunsOnce() throws Exception {
    Options options =
        new OptionsBuilder()
            .include("org\\.scaletasks\\.bench\\..*Benchmark\\..*")
            .forks(0)
            .mode(Mode.SingleShotTime)
            .warmupIterations(0)
            .measurementIterations(1)
            .param("operations", "10")
            .shouldFailOnError(true)
            .build();

    Collection<RunResult> results = new Runner(options).run();

    assertEquals(BENCHMARK_RUNS, results.size());
  }
}
