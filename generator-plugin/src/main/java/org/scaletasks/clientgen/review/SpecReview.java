package org.scaletasks.clientgen.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.scaletasks.clientgen.spec.SpecException;
import org.scaletasks.clientgen.spec.SpecLoader;
import org.scaletasks.clientgen.spec.SpecProblem;

/**
 * Compares an OpenAPI document with a baseline and writes a Markdown report for reviewers. The
 * report contains the verdict, the HTTP changes found by openapi-diff, the breaking ones with
 * their source line and reason, Swagger Parser's findings, and the generated client's public
 * Java API changes found by japicmp.
 *
 * <p>Independent of Maven, so {@link ReviewMojo}, tests and scripts call it directly.
 */
public final class SpecReview {

  /** The {@code info} extension whose new or changed value acknowledges breaking changes. */
  public static final String ACKNOWLEDGEMENT_EXTENSION = "x-breaking-change-acknowledged";

  /**
   * Inputs and outputs of a review.
   *
   * @param spec the new document
   * @param baseline the baseline document, or null to read it from git with {@code baselineRef}
   * @param baselineRef a git revision such as {@code origin/main}. The baseline is {@code spec}'s
   *     path at that revision. Used only when {@code baseline} is null
   * @param templateFolder templates that override the built-in ones for both clients, or null
   * @param packageName the package of the generated clients
   * @param clientClassName the client class of the generated clients
   * @param report where the Markdown report is written
   * @param workFolder a folder for the baseline copy and the generated clients; emptied first
   * @param acceptBreaking whether breaking changes pass the gate without an acknowledgement in
   *     the document
   */
  public record Settings(
      Path spec,
      Path baseline,
      String baselineRef,
      Path templateFolder,
      String packageName,
      String clientClassName,
      Path report,
      Path workFolder,
      boolean acceptBreaking) {}

  /**
   * The outcome of a review.
   *
   * @param breakingChanges HTTP changes that break callers
   * @param toleratedChanges HTTP changes that openapi-diff counts as breaking and the generated
   *     client accepts
   * @param incompatibleJavaChanges source- or binary-incompatible changes of the generated API
   * @param acknowledgement the reason given in the document for accepting breaking changes, or
   *     null when there is none new in this change
   * @param gateFailed whether the build should fail: there are breaking changes and neither
   *     {@code acceptBreaking} nor an acknowledgement accepts them
   * @param summary one line with the verdict and the counts
   * @param markdown the report
   */
  public record Result(
      int breakingChanges,
      int toleratedChanges,
      int incompatibleJavaChanges,
      String acknowledgement,
      boolean gateFailed,
      String summary,
      String markdown) {

    public boolean breaking() {
      return breakingChanges > 0 || incompatibleJavaChanges > 0;
    }
  }

  /**
   * Runs the review and writes the report.
   *
   * @throws ReviewException if the baseline cannot be read, or a document cannot be compared
   * @throws IOException if a file cannot be read or written
   */
  public Result review(Settings settings) throws ReviewException, IOException {
    Path spec = settings.spec().toAbsolutePath().normalize();
    if (!Files.isRegularFile(spec)) {
      throw new ReviewException("The spec " + spec + " does not exist; set clientgen.spec to the OpenAPI document.");
    }
    Path work = settings.workFolder().toAbsolutePath().normalize();
    deleteRecursively(work);
    Files.createDirectories(work);

    Path baseline;
    String baselineLabel;
    if (settings.baseline() != null) {
      baseline = settings.baseline().toAbsolutePath().normalize();
      if (!Files.isRegularFile(baseline)) {
        throw new ReviewException("The baseline " + baseline + " does not exist; set clientgen.baseline to a file.");
      }
      baselineLabel = baseline.toString();
    } else if (settings.baselineRef() != null && !settings.baselineRef().isBlank()) {
      // The copy keeps the spec's file name, so messages that name the file stay readable.
      // NOTE: only this file is read at the revision. Files it references by a relative $ref are
      // not copied, so the baseline of a multi-file spec fails to resolve them.
      baseline = BaselineSource.fromGit(spec, settings.baselineRef(), work.resolve("baseline").resolve(spec.getFileName()));
      baselineLabel = "`" + settings.baselineRef() + "`";
    } else {
      throw new ReviewException(
          "No baseline to compare with: set clientgen.baseline to a file or clientgen.baselineRef to a git"
              + " revision such as origin/main.");
    }

    List<SpecProblem> findings = lint(spec);
    int baselineFindings = lint(baseline).size();
    HttpDiff.Result http;
    try {
      http = HttpDiff.compare(baseline, spec);
    } catch (RuntimeException e) {
      throw new ReviewException(
          "openapi-diff could not compare " + baseline + " with " + spec + ": " + e.getMessage(), e);
    }
    JavaApiDiff.Result java =
        JavaApiDiff.compare(
            baseline, spec, settings.templateFolder(), settings.packageName(), settings.clientClassName(), work.resolve("java"));

    String acknowledgement = acknowledgement(baseline, spec);
    ReviewReport report =
        new ReviewReport(
            spec.getFileName().toString(), baselineLabel, http, java, findings, baselineFindings, acknowledgement,
            settings.acceptBreaking());
    String markdown = report.markdown();
    Path reportFile = settings.report().toAbsolutePath().normalize();
    Files.createDirectories(reportFile.getParent());
    Files.writeString(reportFile, markdown, StandardCharsets.UTF_8);
    return new Result(
        report.breakingCount(), report.toleratedCount(), report.incompatibleJavaCount(), acknowledgement,
        report.gateFailed(), report.summary(), markdown);
  }

  private static List<SpecProblem> lint(Path file) {
    try {
      new SpecLoader().load(file);
      return List.of();
    } catch (SpecException e) {
      return e.problems();
    }
  }

  /**
   * Returns the acknowledgement in the new document's {@code info}, or null when it is missing,
   * blank, or the same as in the baseline. An unchanged value acknowledged an earlier change, so
   * it must not let a new breaking change through.
   */
  static String acknowledgement(Path baseline, Path spec) throws IOException {
    String before = infoExtension(baseline);
    String after = infoExtension(spec);
    if (after == null || after.isBlank() || after.equals(before)) {
      return null;
    }
    return after.trim();
  }

  private static String infoExtension(Path file) throws IOException {
    JsonNode value = SchemaLocator.of(file).root().path("info").path(ACKNOWLEDGEMENT_EXTENSION);
    return value.isMissingNode() || value.isNull() ? null : value.asText();
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (var walk = Files.walk(folder)) {
      for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
