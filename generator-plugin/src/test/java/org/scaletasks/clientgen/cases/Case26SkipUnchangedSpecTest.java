package org.scaletasks.clientgen.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scaletasks.clientgen.ClientGenerator;
import org.scaletasks.clientgen.spec.SpecException;

/**
 * Skipping generation when nothing changed, and only then, for two executions whose specs have
 * the same file name. These tests edit the inputs between runs in-process; the Maven side (one
 * log line per execution, "Nothing to compile", a package change in the POM, state under target
 * and a clean build) runs in the {@code two-executions} invoker test.
 */
class Case26SkipUnchangedSpecTest {

  private static final String CASE = "26-skip-unchanged-spec";

  @TempDir Path work;
  private Path specs;

  @BeforeEach
  void copyCase() throws IOException {
    specs = CaseHarness.copyWithoutParameters(CASE, work.resolve("project"));
  }

  @Test
  void firstBuildGeneratesBoth() throws Exception {
    assertThat(inventory("com.example.inventory").upToDate()).isFalse();
    assertThat(warehouses().upToDate()).isFalse();

    assertThat(output("inventory").resolve("com/example/inventory/model/Item.java")).isRegularFile();
    assertThat(output("warehouses").resolve("com/example/warehouses/model/Warehouse.java")).isRegularFile();
  }

  @Test
  void unchangedInputsSkipAndKeepFiles() throws Exception {
    inventory("com.example.inventory");
    warehouses();
    Map<String, FileTime> times = backdate();

    assertThat(inventory("com.example.inventory").upToDate()).isTrue();
    assertThat(warehouses().upToDate()).isTrue();
    assertThat(timestamps()).isEqualTo(times);
  }

  @Test
  void referencedFileChangeRegeneratesOnlyInventory() throws Exception {
    inventory("com.example.inventory");
    warehouses();
    Map<String, FileTime> times = backdate();
    Path item = specs.resolve("schemas/item.yaml");
    Files.writeString(
        item,
        Files.readString(item, StandardCharsets.UTF_8) + "    location:\n      type: string\n",
        StandardCharsets.UTF_8);

    assertThat(inventory("com.example.inventory").upToDate()).isFalse();
    assertThat(warehouses().upToDate()).isTrue();
    assertThat(read("inventory", "com/example/inventory/model/Item.java")).contains("location");
    assertThat(timestamps()).as("warehouses files").containsAllEntriesOf(only(times, "warehouses"));
  }

  @Test
  void packageChangeRegeneratesIntoNewPackage() throws Exception {
    inventory("com.example.inventory");

    assertThat(inventory("com.example.stock").upToDate()).isFalse();
    assertThat(output("inventory").resolve("com/example/stock/model/Item.java")).isRegularFile();
    assertThat(output("inventory").resolve("com/example/inventory")).doesNotExist();
  }

  @Test
  void deletedFileIsRegenerated() throws Exception {
    warehouses();
    Path warehouse = output("warehouses").resolve("com/example/warehouses/model/Warehouse.java");
    Files.delete(warehouse);

    assertThat(warehouses().upToDate()).isFalse();
    assertThat(warehouse).isRegularFile();
  }

  @Test
  void sameNamedSpecsKeepSeparateState() throws Exception {
    inventory("com.example.inventory");
    warehouses();
    Path other = specs.resolve("other/spec.yaml");
    Files.writeString(
        other,
        Files.readString(other, StandardCharsets.UTF_8) + "        city:\n          type: string\n",
        StandardCharsets.UTF_8);

    assertThat(warehouses().upToDate()).isFalse();
    assertThat(inventory("com.example.inventory").upToDate()).isTrue();
    assertThat(read("warehouses", "com/example/warehouses/model/Warehouse.java")).contains("city");
  }

  private ClientGenerator.Outcome inventory(String packageName) throws IOException, SpecException {
    return generate(specs.resolve("spec.yaml"), "inventory", packageName, "InventoryClient");
  }

  private ClientGenerator.Outcome warehouses() throws IOException, SpecException {
    return generate(specs.resolve("other/spec.yaml"), "warehouses", "com.example.warehouses", "WarehouseClient");
  }

  private ClientGenerator.Outcome generate(Path spec, String execution, String packageName, String client)
      throws IOException, SpecException {
    return new ClientGenerator()
        .generate(
            new ClientGenerator.Settings(
                spec,
                null,
                output(execution),
                work.resolve("target/clientgen-state/" + execution + ".properties"),
                packageName,
                client,
                "test",
                false));
  }

  private Path output(String execution) {
    return work.resolve("target/generated-sources/" + execution);
  }

  private String read(String execution, String relative) throws IOException {
    return Files.readString(output(execution).resolve(relative), StandardCharsets.UTF_8);
  }

  /** Sets every generated file's time one hour back, so a rewrite would show. */
  private Map<String, FileTime> backdate() throws IOException {
    FileTime past = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000L);
    for (Path file : generatedFiles()) {
      Files.setLastModifiedTime(file, past);
    }
    return timestamps();
  }

  private Map<String, FileTime> timestamps() throws IOException {
    Map<String, FileTime> times = new TreeMap<>();
    for (Path file : generatedFiles()) {
      times.put(work.relativize(file).toString(), Files.getLastModifiedTime(file));
    }
    return times;
  }

  private static Map<String, FileTime> only(Map<String, FileTime> times, String execution) {
    Map<String, FileTime> selected = new TreeMap<>(times);
    selected.keySet().removeIf(key -> !key.contains("/" + execution + "/"));
    return selected;
  }

  private java.util.List<Path> generatedFiles() throws IOException {
    try (Stream<Path> walk = Files.walk(work.resolve("target/generated-sources"))) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
