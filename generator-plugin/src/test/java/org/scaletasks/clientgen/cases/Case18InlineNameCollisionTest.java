package org.scaletasks.clientgen.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scaletasks.clientgen.cases.CaseHarness.assertJsonEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scaletasks.clientgen.cases.CaseHarness.GeneratedClient;
import org.scaletasks.clientgen.cases.CaseHarness.SpecVariant;

/** Inline request and response schemas whose derived names equal existing component names. */
class Case18InlineNameCollisionTest {

  private static final String CASE = "18-inline-name-collision";

  @TempDir static Path work;
  private static GeneratedClient client;

  @BeforeAll
  static void generate() throws Exception {
    client = CaseHarness.generate(CASE, SpecVariant.ORIGINAL, work);
  }

  @Test
  void generateSucceeds() throws Exception {
    CaseHarness.generateSources(CASE, SpecVariant.ORIGINAL, work.resolve("again"));
  }

  @Test
  void generatedSourcesCompile() {
    assertThat(client.compileErrors()).isEmpty();
  }

  /** Property names of each generated model class, keyed by simple class name. */
  private static Map<String, Set<String>> modelProperties(GeneratedClient generated) throws Exception {
    Map<String, Set<String>> models = new TreeMap<>();
    Path folder = generated.sourceFolder().resolve(generated.packageName().replace('.', '/')).resolve("model");
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString().replace(".java", "");
        models.put(name, generated.properties(generated.model(name)).keySet());
      }
    }
    return models;
  }

  @Test
  void fiveDistinctModelClasses() throws Exception {
    Map<String, Set<String>> models = modelProperties(client);
    assertThat(models).hasSize(5);
    List<Set<String>> propertySets = new ArrayList<>(models.values());
    assertThat(propertySets)
        .containsExactlyInAnyOrder(
            Set.of("label", "priority"), Set.of("legacyFlag"), Set.of("accepted"), Set.of("title", "owner"), Set.of("runId", "queuedAt"));
  }

  @Test
  void componentsKeepTheirProperties() throws Exception {
    Map<String, Set<String>> models = modelProperties(client);
    assertThat(models.get("CreateRunRequest")).containsExactlyInAnyOrder("label", "priority");
    assertThat(models.get("CreateRun201Response")).containsExactly("accepted");
    assertThat(models.values()).contains(Set.of("legacyFlag"));
  }

  @Test
  void createRunSendsInlineBody() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      server.answer(201, "{\"runId\":\"r1\"}");
      Object api = client.client(server.baseUrl());
      Class<?> responseType = findMethod(api.getClass(), "createRun").getReturnType();
      Class<?> bodyType = findMethod(api.getClass(), "createRun").getParameterTypes()[0];
      Object body = client.build(bodyType, Map.of("title", "t1", "owner", "o1"));
      Object answer = CaseHarness.GeneratedClient.invoke(api, "createRun", body);
      assertJsonEquals("{\"title\":\"t1\",\"owner\":\"o1\"}", server.onlyRequest().body());
      assertThat(answer).isInstanceOf(responseType);
      assertThat(client.get(answer, "runId")).isEqualTo("r1");
    }
  }

  @Test
  void createRunBatchUsesComponents() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      server.answer(200, "{\"accepted\":3}");
      Object api = client.client(server.baseUrl());
      Object body = client.build(client.model("CreateRunRequest"), Map.of("label", "L", "priority", 2L));
      Object answer = CaseHarness.GeneratedClient.invoke(api, "createRunBatch", body);
      assertJsonEquals("{\"label\":\"L\",\"priority\":2}", server.onlyRequest().body());
      assertThat(String.valueOf(client.get(answer, "accepted"))).isEqualTo("3");
    }
  }

  @Test
  void secondRunGivesSameClassNames() throws Exception {
    GeneratedClient again = CaseHarness.generate(CASE, SpecVariant.ORIGINAL, work.resolve("second"));
    assertThat(modelProperties(again)).isEqualTo(modelProperties(client));
  }

  private static java.lang.reflect.Method findMethod(Class<?> type, String name) {
    for (java.lang.reflect.Method method : type.getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == 1) {
        return method;
      }
    }
    throw new AssertionError(type.getName() + " has no method " + name + "(request)");
  }
}
