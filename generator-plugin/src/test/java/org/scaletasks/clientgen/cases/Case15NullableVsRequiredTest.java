package org.scaletasks.clientgen.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scaletasks.clientgen.cases.CaseHarness.assertJsonEquals;
import static org.scaletasks.clientgen.cases.CaseHarness.should;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scaletasks.clientgen.cases.CaseHarness.GeneratedClient;
import org.scaletasks.clientgen.cases.CaseHarness.SpecVariant;

/** Every combination of required and nullable, and null versus absent on the wire. */
class Case15NullableVsRequiredTest {

  private static final String CASE = "15-nullable-vs-required";

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

  private static Map<String, Object> requiredOnly() {
    Map<String, Object> values = new HashMap<>();
    values.put("handle", "h");
    values.put("displayName", null);
    values.put("avatar", null);
    return values;
  }

  private static String send(Map<String, Object> values) throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      server.answer(200, "{\"handle\":\"h\",\"displayName\":null,\"avatar\":null}");
      Object api = client.client(server.baseUrl());
      CaseHarness.GeneratedClient.invoke(api, "replaceProfile", "p1", client.build(client.model("Profile"), values));
      return server.onlyRequest().body();
    }
  }

  @Test
  void requiredNullablesSentAsNull() throws Exception {
    assertJsonEquals("{\"handle\":\"h\",\"displayName\":null,\"avatar\":null}", send(requiredOnly()));
  }

  @Test
  void explicitNullBioIsSent() throws Exception {
    Map<String, Object> withBio = requiredOnly();
    withBio.put("bio", null);
    String sentWithNull = send(withBio);
    String sentUntouched = send(requiredOnly());
    assertJsonEquals("{\"handle\":\"h\",\"displayName\":null,\"avatar\":null,\"bio\":null}", sentWithNull);
    assertThat(CaseHarness.parseStrict(sentUntouched).has("bio")).isFalse();
  }

  @Test
  void emptyTagsSentAsEmptyArray() throws Exception {
    Map<String, Object> withTags = requiredOnly();
    withTags.put("tags", List.of());
    assertThat(CaseHarness.parseStrict(send(withTags)).get("tags").isArray()).isTrue();
    assertThat(CaseHarness.parseStrict(send(withTags)).get("tags").size()).isZero();
    assertThat(CaseHarness.parseStrict(send(requiredOnly())).has("tags")).isFalse();
  }

  @Test
  void explicitNullSurvivesRoundTrip() throws Exception {
    String json = "{\"handle\":\"h\",\"displayName\":null,\"avatar\":null,\"bio\":null}";
    assertJsonEquals(json, client.write(client.read(json, client.model("Profile"))));
  }

  @Test
  void setValuesRoundTripWithoutAddedNulls() throws Exception {
    String json = "{\"handle\":\"h\",\"displayName\":\"D\",\"avatar\":{\"city\":\"Oslo\"}}";
    assertJsonEquals(json, client.write(client.read(json, client.model("Profile"))));
  }

  @Test
  void accessorsDocumentNullability() {
    String profile = client.source("model/Profile.java");
    int handle = profile.indexOf("public String handle()");
    int bio = profile.indexOf("public String bio()");
    String handleDoc = profile.substring(profile.lastIndexOf("/**", handle), handle);
    String bioDoc = profile.substring(profile.lastIndexOf("/**", bio), bio);
    should(!handleDoc.replace("Required and not nullable", "").equals(bioDoc.replace("Optional and nullable; null clears the stored bio", "")),
        "the @return text of a non-nullable and a nullable accessor is the same");
  }
}
