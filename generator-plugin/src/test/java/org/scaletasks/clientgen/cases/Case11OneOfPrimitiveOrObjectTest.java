package org.scaletasks.clientgen.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scaletasks.clientgen.cases.CaseHarness.assertJsonEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scaletasks.clientgen.cases.CaseHarness.GeneratedClient;
import org.scaletasks.clientgen.cases.CaseHarness.SpecVariant;

/** oneOf of a primitive and an object, as a body and as properties. */
class Case11OneOfPrimitiveOrObjectTest {

  private static final String CASE = "11-oneof-primitive-or-object";

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
  void targetRoundTripsBothBranches() throws Exception {
    for (String json : List.of("\"ops-team\"", "{\"channel\":\"email\",\"address\":\"a@x.test\"}")) {
      assertJsonEquals(json, client.write(client.read(json, client.model("Target"))));
    }
  }

  @Test
  void targetTellsBranchApart() throws Exception {
    Object team = client.read("\"ops-team\"", client.model("Target"));
    assertThat(CaseHarness.GeneratedClient.invoke(team, "isString")).isEqualTo(true);
    assertThat(CaseHarness.GeneratedClient.invoke(team, "asString")).isEqualTo("ops-team");
    Object recipient = client.read("{\"channel\":\"email\",\"address\":\"a@x.test\"}", client.model("Target"));
    assertThat(CaseHarness.GeneratedClient.invoke(recipient, "isRecipient")).isEqualTo(true);
    Object value = CaseHarness.GeneratedClient.invoke(recipient, "asRecipient");
    assertThat(value).isInstanceOf(client.model("Recipient"));
    assertThat(client.get(value, "channel")).isEqualTo("email");
  }

  @Test
  void routeRoundTripsBothShapes() throws Exception {
    for (String json :
        List.of(
            "{\"target\":\"ops-team\",\"threshold\":5,\"window\":30.5}",
            "{\"target\":{\"channel\":\"sms\"},\"threshold\":\"high\",\"window\":{\"from\":\"09:00\",\"to\":\"17:00\"}}")) {
      String written = client.write(client.read(json, client.model("Route")));
      assertJsonEquals(json, written);
      assertThat(CaseHarness.parseStrict(written).get("threshold").getNodeType())
          .isEqualTo(CaseHarness.parseStrict(json).get("threshold").getNodeType());
    }
  }

  @Test
  void thresholdStringAndNumberStayApart() throws Exception {
    Class<?> route = client.model("Route");
    assertThat(CaseHarness.parseStrict(client.write(client.read("{\"threshold\":\"5\"}", route))).get("threshold").isTextual()).isTrue();
    assertThat(CaseHarness.parseStrict(client.write(client.read("{\"threshold\":5}", route))).get("threshold").isNumber()).isTrue();
  }

  @Test
  void booleanTargetFailsNamingTarget() {
    assertThatThrownBy(() -> client.read("true", client.model("Target"))).hasMessageContaining("Target");
  }

  @Test
  void resolveTargetSendsStringBody() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      server.answer(200, "{\"channel\":\"email\"}");
      Object api = client.client(server.baseUrl());
      Object target = client.unionOf(client.model("Target"), "ops-team");
      Object answer = CaseHarness.GeneratedClient.invoke(api, "resolveTarget", target);
      assertThat(server.onlyRequest().body()).isEqualTo("\"ops-team\"");
      assertThat(CaseHarness.GeneratedClient.invoke(answer, "isRecipient")).isEqualTo(true);
    }
  }
}
