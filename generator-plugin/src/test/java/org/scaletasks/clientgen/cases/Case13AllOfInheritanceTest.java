package org.scaletasks.clientgen.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scaletasks.clientgen.cases.CaseHarness.assertJsonEquals;

import java.lang.reflect.Field;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scaletasks.clientgen.cases.CaseHarness.GeneratedClient;
import org.scaletasks.clientgen.cases.CaseHarness.SpecVariant;

/** allOf chains with a redeclared property, and allOf of two unrelated schemas. */
class Case13AllOfInheritanceTest {

  private static final String CASE = "13-allof-inheritance";
  private static final String CAMERA_JSON =
      "{\"id\":\"c1\",\"created_at\":\"2024-01-02T03:04:05Z\",\"serial\":\"S9\",\"resolution\":\"4k\"}";

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
  void cameraRoundTripsWithoutDuplicateKeys() throws Exception {
    String written = client.write(client.read(CAMERA_JSON, client.model("Camera")));
    assertJsonEquals(CAMERA_JSON, written);
  }

  @Test
  void cameraHasFourProperties() {
    assertThat(client.properties(client.model("Camera")).keySet())
        .containsExactlyInAnyOrder("id", "created_at", "serial", "resolution");
  }

  @Test
  void idDeclaredOnceInHierarchy() {
    int declarations = 0;
    String idField = client.accessorName(client.model("Camera"), "id");
    for (Class<?> type = client.model("Camera"); type != null && type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (field.getName().equals(idField)) {
          declarations++;
        }
      }
    }
    assertThat(declarations).isEqualTo(1);
  }

  @Test
  void auditedAssetMergesBothParents() throws Exception {
    String json = "{\"id\":\"a1\",\"changed_by\":\"kim\",\"changed_at\":\"2024-05-06T07:08:09Z\",\"note\":\"n\"}";
    Class<?> audited = client.model("AuditedAsset");
    assertJsonEquals(json, client.write(client.read(json, audited)));
    assertThat(client.properties(audited).keySet())
        .containsExactlyInAnyOrder("id", "created_at", "changed_by", "changed_at", "note");
  }

  @Test
  void getAssetReturnsCamera() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      server.answer(200, CAMERA_JSON);
      Object camera = CaseHarness.GeneratedClient.invoke(client.client(server.baseUrl()), "getAsset", "c1");
      assertThat(server.onlyRequest().rawPath()).isEqualTo("/assets/c1");
      assertThat(camera).isInstanceOf(client.model("Camera"));
      assertThat(client.get(camera, "serial")).isEqualTo("S9");
    }
  }
}
