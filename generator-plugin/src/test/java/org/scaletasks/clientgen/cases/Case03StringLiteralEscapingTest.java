package org.scaletasks.clientgen.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scaletasks.clientgen.cases.CaseHarness.assertJsonEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scaletasks.clientgen.cases.CaseHarness.GeneratedClient;
import org.scaletasks.clientgen.cases.CaseHarness.SpecVariant;
import org.scaletasks.clientgen.cases.LoopbackServer.Request;

/** Quotes, backslashes, newlines, tabs, dollar signs and braces in values that become literals. */
class Case03StringLiteralEscapingTest {

  private static final String CASE = "03-string-literal-escaping";
  private static final List<String> MOODS =
      List.of("say \"yes\"", "back\\slash", "tab\\there", "price $5", "{braces}", "line\nbreak");

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

  @Test
  void moodValuesRoundTripExactly() throws Exception {
    Class<?> note = client.model("Note");
    for (String mood : MOODS) {
      String json = client.mapper().writeValueAsString(Map.of("title", "t", "mood", mood));
      Object read = client.read(json, note);
      assertThat(String.valueOf(client.get(read, "mood"))).isEqualTo(mood);
      JsonNode written = client.tree(client.write(read));
      assertThat(written.get("mood").textValue()).isEqualTo(mood);
    }
  }

  @Test
  void moodHasSixDistinctConstants() throws Exception {
    Class<?> mood = client.model("Note$Mood");
    Set<Object> values = new HashSet<>();
    int constants = 0;
    for (var field : mood.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == mood) {
        constants++;
        values.add(CaseHarness.GeneratedClient.invoke(field.get(null), "value"));
      }
    }
    assertThat(constants).isEqualTo(6);
    assertThat(values).containsExactlyInAnyOrderElementsOf(MOODS);
  }

  @Test
  void unsetDefaultsAreAbsent() throws Exception {
    Object note = client.build(client.model("Note"), Map.of("title", "x"));
    assertJsonEquals("{\"title\":\"x\"}", client.write(note));
  }

  @Test
  void patternChecksKeepBackslashes() {
    Class<?> note = client.model("Note");
    client.build(note, Map.of("title", "x", "code", "AB1234"));
    client.build(note, Map.of("title", "x", "path", "C:\\temp"));
    assertThatThrownBy(() -> client.build(note, Map.of("title", "x", "code", "ab1234")))
        .hasMessageContaining("code");
  }

  @Test
  void createNoteSendsQuotesAndBackslashes() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      server.answer(201, "{\"title\":\"She said \\\"hi\\\"\"}");
      Object api = client.client(server.baseUrl());
      Object note = client.build(client.model("Note"), Map.of("title", "She said \"hi\"", "path", "C:\\temp\\new"));
      CaseHarness.GeneratedClient.invoke(api, "createNote", note);
      Request request = server.onlyRequest();
      assertJsonEquals("{\"title\":\"She said \\\"hi\\\"\",\"path\":\"C:\\\\temp\\\\new\"}", request.body());
    }
  }
}
