package org.scaletasks.clientgen.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scaletasks.clientgen.cases.CaseHarness.should;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scaletasks.clientgen.cases.CaseHarness.GeneratedClient;
import org.scaletasks.clientgen.cases.CaseHarness.SpecVariant;

/** HTTP Basic with an API key as user name and an empty password. */
class Case24BasicAuthEmptyPasswordTest {

  private static final String CASE = "24-basic-auth-empty-password";

  @TempDir static Path work;
  private static GeneratedClient client;

  @BeforeAll
  static void generate() throws Exception {
    client = CaseHarness.generate(CASE, SpecVariant.ORIGINAL, work);
  }

  /** Builds a client; a null user name sets no credentials, else {@code basicAuth(user, password)}. */
  private static Object api(String baseUrl, String userName, String password) {
    Object builder = GeneratedClient.invokeStatic(client.load(client.packageName() + ".CaseClient"), "builder");
    GeneratedClient.invoke(builder, "baseUrl", baseUrl);
    if (userName != null) {
      GeneratedClient.invoke(builder, "basicAuth", userName, password);
    }
    return GeneratedClient.invoke(builder, "build");
  }

  /** Calls {@code operation} once and returns the {@code Authorization} headers it sent. */
  private static List<String> authorization(String operation, String userName, String password) throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      server.answer(operation.equals("createEntry") ? 201 : 200, "{}");
      Object api = api(server.baseUrl(), userName, password);
      if (operation.equals("createEntry")) {
        GeneratedClient.invoke(api, operation, client.build(client.model("Entry"), Map.of("amount", 5L)));
      } else {
        GeneratedClient.invoke(api, operation);
      }
      return server.onlyRequest().headers().get("Authorization");
    }
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
  void emptyPasswordIsSent() throws Exception {
    assertThat(authorization("createEntry", "k_live_123", "")).containsExactly("Basic a19saXZlXzEyMzo=");
  }

  @Test
  void nullPasswordCountsAsEmpty() throws Exception {
    assertThat(authorization("createEntry", "k_live_123", null)).containsExactly("Basic a19saXZlXzEyMzo=");
  }

  @Test
  void userNameIsSentAsUtf8() throws Exception {
    assertThat(authorization("createEntry", "bj\u00f6rn", "")).containsExactly("Basic YmrDtnJuOg==");
  }

  @Test
  void noCredentialsSendNoHeader() throws Exception {
    assertThat(authorization("createEntry", null, null)).isNull();
  }

  @Test
  void publicOperationSendsNoHeader() throws Exception {
    assertThat(authorization("getStatus", "k_live_123", "")).isNull();
  }

  @Test
  void colonInUserNameIsRejected() {
    String message = null;
    try {
      api("http://127.0.0.1:9", "k:live", "");
    } catch (IllegalArgumentException e) {
      message = e.getMessage();
    }
    should(message != null && message.contains("':'") && message.contains("user name"),
        "a user name with ':' is rejected with a message about ':'; got " + message);
  }

  @Test
  void credentialsStayOutOfToStringAndLogs() throws Exception {
    List<String> logged = new ArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            logged.add(record.getMessage() + " " + (record.getThrown() == null ? "" : record.getThrown()));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger logger = Logger.getLogger(client.packageName());
    Level previous = logger.getLevel();
    logger.setLevel(Level.ALL);
    logger.addHandler(handler);
    try (LoopbackServer server = new LoopbackServer()) {
      Object api = api(server.baseUrl(), "k_live_123", "");
      Object entry = client.build(client.model("Entry"), Map.of("amount", 5L));
      server.answer(201, "{}");
      GeneratedClient.invoke(api, "createEntry", entry);
      server.answer(401, "{\"message\":\"wrong key\"}");
      try {
        GeneratedClient.invoke(api, "createEntry", entry);
      } catch (RuntimeException expected) {
        logged.add(expected.toString());
      }
      logged.add(api.toString());
    } finally {
      logger.removeHandler(handler);
      logger.setLevel(previous);
    }
    assertThat(logged).isNotEmpty();
    assertThat(logged).noneMatch(line -> line.contains("k_live_123"));
    assertThat(logged).noneMatch(line -> line.contains("a19saXZlXzEyMzo"));
  }
}
