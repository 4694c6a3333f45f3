package org.scaletasks.clientgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scaletasks.clientgen.spec.SpecException;
import org.scaletasks.clientgen.spec.SpecProblem;

class ClientGeneratorTest {

  @TempDir Path work;

  @Test
  void rendersClientAndModels() throws Exception {
    ClientGenerator.Outcome outcome = new ClientGenerator().generate(settings(spec("minimal.yaml"), null));

    assertThat(outcome.upToDate()).isFalse();
    assertThat(outcome.files().written())
        .contains(
            "com/example/pets/PetsClient.java",
            "com/example/pets/ApiException.java",
            "com/example/pets/model/Pet.java");
    String pet = read("com/example/pets/model/Pet.java");
    assertThat(pet).contains("public final class Pet {");
    assertThat(pet).contains("@JsonProperty(\"class\")");
    assertThat(pet).contains("public ClassModel classValue()");
    assertThat(pet).contains("public static final ClassModel PLUS = new ClassModel(\"+\", Known.PLUS);");
    assertThat(pet).contains("violations.length(\"name\", name, null, 20);");
    assertThat(pet).contains("violations.itemCount(\"tags\", tags, null, 3);");
    assertThat(pet).contains("A pet. Text with *&#47; and &lt;b&gt; stays inert.");
    String client = read("com/example/pets/PetsClient.java");
    assertThat(client).contains("public static final String DEFAULT_BASE_URL = \"https://pets.example.com/api\";");
    assertThat(client).contains("public Pet createPet(Pet request) {");
    assertThat(client).doesNotContain("\r");
  }

  @Test
  void secondRunKeepsTimestamps() throws Exception {
    ClientGenerator generator = new ClientGenerator();
    generator.generate(settings(spec("minimal.yaml"), null));
    Path pet = work.resolve("out/com/example/pets/model/Pet.java");
    FileTime before = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(pet, before);

    assertThat(generator.generate(settings(spec("minimal.yaml"), null)).upToDate()).isTrue();

    ClientGenerator.Outcome forced = generator.generate(forced(settings(spec("minimal.yaml"), null)));
    assertThat(forced.files().written()).isEmpty();
    assertThat(forced.files().unchanged()).contains("com/example/pets/model/Pet.java");
    assertThat(Files.getLastModifiedTime(pet)).isEqualTo(before);
  }

  @Test
  void userTemplateOverridesOneTemplate() throws Exception {
    Path templates = Files.createDirectories(work.resolve("templates"));
    Files.writeString(
        templates.resolve("apiException.mustache"),
        "package {{packageName}};\n\n/** Custom. */\npublic class ApiException extends RuntimeException {}\n");

    new ClientGenerator().generate(settings(spec("minimal.yaml"), templates));

    assertThat(read("com/example/pets/ApiException.java")).contains("/** Custom. */");
    assertThat(read("com/example/pets/model/Pet.java")).contains("public final class Pet {");
  }

  @Test
  void invalidSpecKeepsOutput() throws Exception {
    ClientGenerator generator = new ClientGenerator();
    generator.generate(settings(spec("minimal.yaml"), null));
    String before = read("com/example/pets/model/Pet.java");
    Path broken = spec("broken-schema-type.yaml");

    assertThatThrownBy(() -> generator.generate(settings(broken, null)))
        .isInstanceOfSatisfying(
            SpecException.class,
            e -> {
              assertThat(e.getMessage()).contains(broken.toString());
              SpecProblem problem = e.problems().get(0);
              assertThat(problem.file()).isEqualTo(broken);
              assertThat(problem.line()).isEqualTo(7);
              assertThat(problem.column()).isEqualTo(5);
              assertThat(problem.pointer()).isEqualTo("/paths/~1things/post/responses");
              assertThat(problem.message()).contains("responses is missing");
            });
    assertThat(read("com/example/pets/model/Pet.java")).isEqualTo(before);
  }

  @Test
  void invalidYamlReportsLineAndColumn() throws Exception {
    Path broken = spec("not-yaml.yaml");

    assertThatThrownBy(() -> new ClientGenerator().generate(settings(broken, null)))
        .isInstanceOfSatisfying(
            SpecException.class,
            e -> {
              assertThat(e.problems()).hasSize(1);
              assertThat(e.problems().get(0).line()).isGreaterThan(0);
              assertThat(e.getMessage()).contains("not-yaml.yaml:").contains("not valid YAML or JSON");
            });
  }

  @Test
  void missingSpecFileIsReported() {
    Path missing = work.resolve("nope.yaml");

    assertThatThrownBy(() -> new ClientGenerator().generate(settings(missing, null)))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("nope.yaml")
        .hasMessageContaining("file not found");
  }

  @Test
  void invalidPackageNameIsRejected() {
    ClientGenerator.Settings settings =
        new ClientGenerator.Settings(
            work.resolve("x.yaml"), null, work.resolve("out"), work.resolve("state"), "com.example-pets", "PetsClient", "test", false);

    assertThatThrownBy(() -> new ClientGenerator().generate(settings))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("com.example-pets")
        .hasMessageContaining("not a Java package name");
  }

  @Test
  void staleFilesAreDeleted() throws Exception {
    ClientGenerator generator = new ClientGenerator();
    generator.generate(settings(spec("minimal.yaml"), null));
    Path other = Files.writeString(work.resolve("out/keep-me.txt"), "not generated");
    Path spec = work.resolve("renamed.yaml");
    Files.writeString(spec, Files.readString(spec("minimal.yaml")).replace("Pet", "Animal"));

    ClientGenerator.Outcome outcome = generator.generate(settings(spec, null));

    assertThat(outcome.files().deleted()).containsExactly("com/example/pets/model/Pet.java");
    assertThat(work.resolve("out/com/example/pets/model/Animal.java")).exists();
    assertThat(other).exists();
  }

  private ClientGenerator.Settings settings(Path spec, Path templates) {
    return new ClientGenerator.Settings(
        spec, templates, work.resolve("out"), work.resolve("state/generate.properties"), "com.example.pets", "PetsClient", "test", false);
  }

  private static ClientGenerator.Settings forced(ClientGenerator.Settings settings) {
    return new ClientGenerator.Settings(
        settings.spec(), settings.templateFolder(), settings.outputFolder(), settings.stateFile(),
        settings.packageName(), settings.clientClassName(), settings.pluginVersion(), true);
  }

  private String read(String relative) throws IOException {
    return Files.readString(work.resolve("out").resolve(relative), StandardCharsets.UTF_8);
  }

  private static Path spec(String name) throws URISyntaxException {
    return Path.of(ClientGeneratorTest.class.getResource("/specs/" + name).toURI());
  }
}
