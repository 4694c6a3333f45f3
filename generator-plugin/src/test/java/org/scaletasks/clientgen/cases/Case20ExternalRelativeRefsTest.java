package org.scaletasks.clientgen.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.scaletasks.clientgen.cases.CaseHarness.should;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scaletasks.clientgen.cases.CaseHarness.GeneratedClient;
import org.scaletasks.clientgen.spec.SpecException;

/**
 * Relative {@code $ref}s across files in subfolders. The generator rejects parameters, so the
 * case folder is copied without them. Generation from another working folder, and the byte
 * comparison of its output, run in the {@code relative-refs} invoker test.
 */
class Case20ExternalRelativeRefsTest {

  private static final String CASE = "20-external-relative-refs";
  private static final String JOB_JSON =
      "{\"id\":\"job-7\",\"state\":\"printing\",\"owner\":{\"login\":\"kim\",\"team\":{\"name\":\"ops\"}},\"notes\":[\"a\",\"b\"]}";

  @TempDir static Path work;
  private static GeneratedClient client;

  @BeforeAll
  static void generate() throws Exception {
    client = CaseHarness.generateFromFolderCopy(CASE, "spec.yaml", work);
  }

  @Test
  void generatedSourcesCompile() {
    assertThat(client.compileErrors()).isEmpty();
  }

  @Test
  void oneModelClassPerSchema() throws Exception {
    Path models = client.sourceFolder().resolve(client.packageName().replace('.', '/') + "/model");
    List<String> names;
    try (Stream<Path> files = Files.list(models)) {
      names = files.map(file -> file.getFileName().toString()).toList();
    }
    for (String schema : List.of("Job", "Owner", "Team", "Problem", "JobState")) {
      assertThat(names).as("model files").contains(schema + ".java");
      assertThat(names).as("duplicates of " + schema).noneMatch(name -> name.matches(schema + "_?\\d+\\.java"));
    }
  }

  @Test
  void jobJsonRoundTrips() throws Exception {
    JsonNode written = client.roundTrip(JOB_JSON, client.model("Job"));

    assertThat(written).isEqualTo(client.tree(JOB_JSON));
  }

  @Test
  void getJobRequestsPath() throws Exception {
    GeneratedClient original = CaseHarness.generateFromFolder(CASE, "spec.yaml", work.resolve("original-get"));
    assertThat(original.compileErrors()).isEmpty();
    try (LoopbackServer server = new LoopbackServer()) {
      server.answer(200, JOB_JSON);
      Object job = GeneratedClient.invoke(original.client(server.baseUrl()), "getJob", "job-7");

      assertThat(server.onlyRequest().rawPath()).isEqualTo("/jobs/job-7");
      assertThat(String.valueOf(original.get(job, "state"))).isEqualTo("printing");
    }
    try (LoopbackServer server = new LoopbackServer()) {
      server.answer(404, "{\"title\":\"missing\",\"status\":404}");
      Object api = original.client(server.baseUrl());

      assertThatThrownBy(() -> GeneratedClient.invoke(api, "getJob", "job-7"))
          .satisfies(e -> assertThat(e.getClass().getSimpleName()).isEqualTo("NotFoundException"))
          .satisfies(e -> assertThat(GeneratedClient.invoke(e, "statusCode")).isEqualTo(404));
    }
  }

  @Test
  void listJobsSendsPageSize() throws Exception {
    GeneratedClient original = CaseHarness.generateFromFolder(CASE, "spec.yaml", work.resolve("original-list"));
    try (LoopbackServer server = new LoopbackServer()) {
      server.answer(200, "[" + JOB_JSON + "]");
      GeneratedClient.invoke(
          original.client(server.baseUrl()), "listJobs", original.params("ListJobsParams", java.util.Map.of("pageSize", 5L)));

      assertThat(server.onlyRequest().rawPath()).isEqualTo("/jobs");
      assertThat(server.onlyRequest().rawQuery()).isEqualTo("pageSize=5");
    }
  }

  @Test
  void encodedFileNameErrorNamesReferenceAndEntry() throws Exception {
    SpecException error =
        catchThrowableOfType(
            SpecException.class,
            () -> CaseHarness.generateFromFolderCopy(CASE, "spec-encoded-name.yaml", work.resolve("encoded")));
    if (error == null) {
      return;
    }
    assertThat(error.getMessage()).contains("models/job%20notes.yaml");
    assertThat(error.getMessage()).contains("spec-encoded-name.yaml");
  }

  @Test
  void encodedFileNameGenerates() throws Exception {
    SpecException error =
        catchThrowableOfType(
            SpecException.class,
            () -> CaseHarness.generateFromFolderCopy(CASE, "spec-encoded-name.yaml", work.resolve("encoded-should")));
    should(
        error == null,
        "a $ref with a percent-encoded space fails, because Swagger Parser 2.1 does not decode it: "
            + (error == null ? "" : error.getMessage()));
  }
}
