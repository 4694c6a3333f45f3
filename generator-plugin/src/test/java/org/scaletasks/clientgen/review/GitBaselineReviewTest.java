package org.scaletasks.clientgen.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the review the way {@code .github/workflows/spec-review.yml} does, on a scratch git
 * repository with two commits of a small spec: the review step's {@code -Dclientgen.*}
 * properties are read from the workflow, the base branch is replaced by {@code HEAD~1}, and
 * {@link SpecReview} runs with them in the repository's root.
 */
class GitBaselineReviewTest {

  @TempDir Path repository;

  @BeforeEach
  void commitTwoVersions() throws Exception {
    Path spec = Files.createDirectories(repository.resolve("spec")).resolve("scale-tasks.yaml");
    git("init", "--quiet");
    git("config", "user.email", "review-test@example.invalid");
    git("config", "user.name", "Review test");
    git("config", "commit.gpgsign", "false");
    Files.copy(ReviewTestSupport.casePath("response-field-removed", "base.yaml"), spec);
    git("add", "spec/scale-tasks.yaml");
    git("commit", "--quiet", "-m", "Add the spec");
    Files.copy(ReviewTestSupport.casePath("response-field-removed", "head.yaml"), spec,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    git("commit", "--quiet", "-am", "Remove Item.name");
  }

  @Test
  void workflowCommandReviewsPreviousCommit() throws Exception {
    Map<String, String> properties = WorkflowFile.reviewProperties();
    SpecReview.Settings settings = settingsFrom(properties, "HEAD~1");

    SpecReview.Result result = new SpecReview().review(settings);

    assertThat(result.gateFailed()).isTrue();
    assertThat(repository.resolve("target/clientgen-review.md")).exists();
    String report = Files.readString(repository.resolve("target/clientgen-review.md"));
    assertThat(report).startsWith("# API review of scale-tasks.yaml against `HEAD~1`\n");
    assertThat(report)
        .contains("1. **field `name` removed from response body** in POST /items (`createItem`)")
        .contains("| removed | method | `org.scaletasks.client.model.Item` | `name() : String` |");
  }

  @Test
  void missingRevisionIsReported() {
    SpecReview.Settings settings = settingsFrom(WorkflowFile.reviewProperties(), "origin/no-such-branch");

    assertThatThrownBy(() -> new SpecReview().review(settings))
        .isInstanceOf(ReviewException.class)
        .hasMessageContaining("git show origin/no-such-branch:./scale-tasks.yaml failed")
        .hasMessageContaining("Check that the revision exists");
  }

  @Test
  void missingGitIsReported() {
    Path spec = repository.resolve("spec/scale-tasks.yaml");

    assertThatThrownBy(
            () -> BaselineSource.fromGit("git-not-installed-here", spec, "HEAD~1", repository.resolve("out.yaml")))
        .isInstanceOf(ReviewException.class)
        .hasMessageContaining("Failed to run git to read the baseline HEAD~1:./scale-tasks.yaml")
        .hasMessageContaining("Install git and put it on PATH");
  }

  /**
   * Maps the workflow's properties to settings the way {@link ReviewMojo} maps its parameters,
   * with paths relative to the repository root and {@code baselineRef} replaced.
   */
  private SpecReview.Settings settingsFrom(Map<String, String> properties, String baselineRef) {
    return new SpecReview.Settings(
        repository.resolve(properties.get("clientgen.spec")),
        null,
        baselineRef,
        null,
        properties.get("clientgen.packageName"),
        properties.get("clientgen.clientClassName"),
        repository.resolve("target/clientgen-review.md"),
        repository.resolve("target/clientgen-review"),
        false);
  }

  private void git(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).directory(repository.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as("git %s: %s", String.join(" ", arguments), output).isZero();
  }
}
