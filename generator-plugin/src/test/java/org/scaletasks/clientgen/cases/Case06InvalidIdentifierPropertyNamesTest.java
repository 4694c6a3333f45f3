package org.scaletasks.clientgen.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scaletasks.clientgen.cases.CaseHarness.assertJsonEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scaletasks.clientgen.cases.CaseHarness.GeneratedClient;
import org.scaletasks.clientgen.cases.CaseHarness.SpecVariant;

/** Property names with hyphens, spaces, digits, symbols, non-ASCII letters or no characters. */
class Case06InvalidIdentifierPropertyNamesTest {

  private static final String CASE = "06-invalid-identifier-property-names";
  private static final String SETTINGS_JSON =
      "{\"dark-mode\":true,\"first name\":\"Ada\",\"2fa_enabled\":true,\"3d\":false,\"$\":\"d\",\"$ref\":\"r\","
          + "\"@type\":\"t\",\"x.y\":1,\"a/b\":\"s\",\"-\":\"m\",\"\":\"e\",\"gr\u00f6\u00dfe\":4,\"+1\":1,\"-1\":-1}";

  @TempDir static Path work;
  private static GeneratedClient client;

  @BeforeAll
  static void generate() throws Exception {
    client = CaseHarness.generate(CASE, SpecVariant.ORIGINAL, work);
  }

  @Test
  void generateSucceeds() throws Exception {
    CaseHarness.generateSources(CASE, SpecVariant.ORIGINAL, work.resolve("original"));
  }

  @Test
  void generatedSourcesCompile() {
    assertThat(client.compileErrors()).isEmpty();
  }

  @Test
  void settingsRoundTripsEveryKey() throws Exception {
    String written = client.write(client.read(SETTINGS_JSON, client.model("Settings")));
    assertJsonEquals(SETTINGS_JSON, written);
  }

  @Test
  void settingsHasFourteenProperties() throws Exception {
    List<String> keys = CaseHarness.fieldNames(CaseHarness.parseStrict(SETTINGS_JSON));
    assertThat(client.properties(client.model("Settings")).keySet()).containsExactlyInAnyOrderElementsOf(keys);
    assertThat(keys).hasSize(14);
  }

  @Test
  void everyJavaNameIsValidIdentifier() throws Exception {
    List<String> invalid = new ArrayList<>();
    for (Class<?> type : client.allClasses()) {
      for (Field field : type.getDeclaredFields()) {
        if (!field.isSynthetic() && !SourceVersion.isName(field.getName())) {
          invalid.add(type.getName() + "." + field.getName());
        }
      }
      for (Method method : type.getDeclaredMethods()) {
        if (method.isSynthetic()) {
          continue;
        }
        if (!SourceVersion.isName(method.getName())) {
          invalid.add(type.getName() + "." + method.getName() + "()");
        }
        for (Parameter parameter : method.getParameters()) {
          if (!parameter.isImplicit() && !parameter.isSynthetic() && !SourceVersion.isName(parameter.getName())) {
            invalid.add(type.getName() + "." + method.getName() + "(" + parameter.getName() + ")");
          }
        }
      }
    }
    assertThat(invalid).isEmpty();
  }

  @Test
  void putSettingsEncodesPathAndQuery() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      server.answer(204, "");
      Object api = client.client(server.baseUrl());
      Object settings = client.build(client.model("Settings"), java.util.Map.of());
      Object params = client.params("PutSettingsParams", java.util.Map.of("value2ndFactor", true, "pageSize", 5L));
      CaseHarness.GeneratedClient.invoke(api, "putSettings", "dev 1/\u03b1", settings, params);
      LoopbackServer.Request request = server.onlyRequest();
      String[] segments = request.rawPath().split("/");
      assertThat(segments).hasSize(3);
      assertThat(segments[1]).isEqualTo("settings");
      assertThat(java.net.URLDecoder.decode(segments[2].replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo("dev 1/\u03b1");
      assertThat(CaseHarness.formDecodedQuery(request.rawQuery()))
          .containsExactly(java.util.Map.entry("2nd-factor", "true"), java.util.Map.entry("page size", "5"));
    }
  }
}
