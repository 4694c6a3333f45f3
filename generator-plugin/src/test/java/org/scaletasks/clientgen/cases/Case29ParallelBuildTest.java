package org.scaletasks.clientgen.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scaletasks.clientgen.ClientGenerator;

/**
 * Generations running at the same time in one JVM, as {@code mvn -T 4} runs them. The Maven
 * builds (ten parallel runs reduced to two, a serial comparison run and the log checks) run in
 * the {@code multi-module-parallel} invoker test.
 */
class Case29ParallelBuildTest {

  private static final String CASE = "29-parallel-build";

  @TempDir Path work;

  @Test
  void generationLeavesSystemPropertiesAlone() throws Exception {
    Path spec = CaseHarness.copyWithoutParameters(CASE, work.resolve("spec")).resolve("spec.yaml");
    Map<Object, Object> before = new HashMap<>(System.getProperties());

    generate(spec, "com.example.m1", "serial-m1");

    assertThat(new HashMap<>(System.getProperties())).isEqualTo(before);
  }

  @Test
  void parallelOutputEqualsSerialOutput() throws Exception {
    Path spec = CaseHarness.copyWithoutParameters(CASE, work.resolve("spec")).resolve("spec.yaml");
    List<String> packages = List.of("com.example.m1", "com.example.m2", "com.example.m3", "com.example.m3.other");
    for (String packageName : packages) {
      generate(spec, packageName, "serial/" + packageName);
    }

    ExecutorService pool = Executors.newFixedThreadPool(packages.size());
    try {
      List<Future<Path>> runs = new ArrayList<>();
      for (String packageName : packages) {
        runs.add(pool.submit(() -> generate(spec, packageName, "parallel/" + packageName)));
      }
      for (Future<Path> run : runs) {
        run.get();
      }
    } finally {
      pool.shutdown();
    }

    for (String packageName : packages) {
      Map<String, byte[]> serial = Case32ParseErrorLocationTest.snapshot(work.resolve("serial/" + packageName));
      Map<String, byte[]> parallel = Case32ParseErrorLocationTest.snapshot(work.resolve("parallel/" + packageName));
      assertThat(parallel.keySet()).as(packageName).isEqualTo(serial.keySet());
      for (Map.Entry<String, byte[]> file : serial.entrySet()) {
        assertThat(parallel.get(file.getKey())).as(packageName + " " + file.getKey()).isEqualTo(file.getValue());
        assertThat(file.getKey()).startsWith(packageName.replace('.', '/') + "/");
      }
    }
  }

  private Path generate(Path spec, String packageName, String folder) throws Exception {
    Path output = work.resolve(folder);
    new ClientGenerator()
        .generate(
            new ClientGenerator.Settings(
                spec, null, output, work.resolve(folder + ".state.properties"), packageName, "TelemetryClient", "test", true));
    return output;
  }
}
