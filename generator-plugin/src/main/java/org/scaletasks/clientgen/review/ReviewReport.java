package org.scaletasks.clientgen.review;

import java.util.List;
import java.util.Locale;
import org.scaletasks.clientgen.review.ApiChange.Category;
import org.scaletasks.clientgen.review.ApiChange.Kind;
import org.scaletasks.clientgen.review.ApiChange.Severity;
import org.scaletasks.clientgen.spec.SpecProblem;

/**
 * The Markdown report of a review, in the order a reviewer reads it. It starts with the verdict,
 * the counts, the breaking changes with their location and reason and the changes the generated
 * client tolerates. Every change by category, Swagger Parser's findings, the Java API changes and
 * openapi-diff's own verdict follow.
 */
final class ReviewReport {

  private final String specName;
  private final String baselineLabel;
  private final HttpDiff.Result http;
  private final JavaApiDiff.Result java;
  private final List<SpecProblem> findings;
  private final int baselineFindings;
  private final String acknowledgement;
  private final boolean acceptBreaking;

  ReviewReport(
      String specName, String baselineLabel, HttpDiff.Result http, JavaApiDiff.Result java,
      List<SpecProblem> findings, int baselineFindings, String acknowledgement, boolean acceptBreaking) {
    this.specName = specName;
    this.baselineLabel = baselineLabel;
    this.http = http;
    this.java = java;
    this.findings = findings;
    this.baselineFindings = baselineFindings;
    this.acknowledgement = acknowledgement;
    this.acceptBreaking = acceptBreaking;
  }

  int breakingCount() {
    return withSeverity(Severity.BREAKING).size();
  }

  int toleratedCount() {
    return withSeverity(Severity.TOLERATED).size();
  }

  int incompatibleJavaCount() {
    return (int) java.changes().stream().filter(JavaApiChange::incompatible).count();
  }

  boolean breaking() {
    return breakingCount() > 0 || incompatibleJavaCount() > 0;
  }

  boolean gateFailed() {
    return breaking() && !acceptBreaking && acknowledgement == null;
  }

  /** Returns the verdict and the counts on one line, for the build log. */
  String summary() {
    StringBuilder text = new StringBuilder();
    text.append(breaking() ? "Breaking" : "Compatible");
    text.append(": ").append(breakingCount()).append(" breaking HTTP ").append(plural(breakingCount(), "change"));
    text.append(", ").append(incompatibleJavaCount()).append(" incompatible Java API ")
        .append(plural(incompatibleJavaCount(), "change"));
    text.append(", ").append(toleratedCount()).append(" tolerated by the generated client");
    text.append("; ").append(count(Category.OPERATION, Kind.ADDED)).append(" operations added, ")
        .append(count(Category.OPERATION, Kind.REMOVED)).append(" removed, ")
        .append(changedOperationCount()).append(" changed");
    text.append("; ").append(findings.size()).append(" lint ").append(plural(findings.size(), "finding"));
    if (breaking()) {
      if (acceptBreaking) {
        text.append(" (accepted by clientgen.acceptBreaking)");
      } else if (acknowledgement != null) {
        text.append(" (acknowledged in the spec: ").append(acknowledgement).append(")");
      } else {
        text.append(" (not acknowledged)");
      }
    }
    return text.toString();
  }

  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# API review of ").append(specName).append(" against ").append(baselineLabel).append("\n\n");
    verdict(md);
    counts(md);
    breakingChanges(md);
    toleratedChanges(md);
    for (Category category : Category.values()) {
      changes(md, category);
    }
    lintFindings(md);
    javaApi(md);
    openApiDiffVerdict(md);
    return md.toString();
  }

  private void verdict(StringBuilder md) {
    if (!breaking()) {
      md.append("**Verdict: compatible.** No change breaks existing callers of the HTTP API or code written"
          + " against the generated client.\n\n");
      return;
    }
    md.append("**Verdict: breaking** — ").append(breakingCount()).append(" breaking HTTP ")
        .append(plural(breakingCount(), "change")).append(" and ").append(incompatibleJavaCount())
        .append(" incompatible Java API ").append(plural(incompatibleJavaCount(), "change")).append(".\n\n");
    if (acceptBreaking) {
      md.append("Accepted by `-Dclientgen.acceptBreaking=true`.\n\n");
    } else if (acknowledgement != null) {
      md.append("Acknowledged in the spec (`info.").append(SpecReview.ACKNOWLEDGEMENT_EXTENSION).append("`): ")
          .append(acknowledgement).append("\n\n");
    } else {
      md.append("Not acknowledged, so the review fails. To accept these changes, add or change `info.")
          .append(SpecReview.ACKNOWLEDGEMENT_EXTENSION).append(": \"<reason>\"` in the spec, or run with"
              + " `-Dclientgen.acceptBreaking=true`.\n\n");
    }
  }

  private void counts(StringBuilder md) {
    md.append("| | added | removed | changed |\n| --- | --- | --- | --- |\n");
    for (Category category : Category.values()) {
      long changed = category == Category.OPERATION ? changedOperationCount() : count(category, Kind.CHANGED);
      md.append("| ").append(category.title()).append(" | ").append(count(category, Kind.ADDED)).append(" | ")
          .append(count(category, Kind.REMOVED)).append(" | ").append(changed).append(" |\n");
    }
    md.append("| Java API elements | ").append(javaCount(Kind.ADDED)).append(" | ").append(javaCount(Kind.REMOVED))
        .append(" | ").append(javaCount(Kind.CHANGED)).append(" |\n\n");
  }

  private void breakingChanges(StringBuilder md) {
    List<ApiChange> breaking = withSeverity(Severity.BREAKING);
    md.append("## Breaking changes\n\n");
    if (breaking.isEmpty()) {
      md.append("None in the HTTP contract.\n\n");
      return;
    }
    int number = 1;
    for (ApiChange change : breaking) {
      md.append(number++).append(". **").append(change.subject()).append("**");
      appendOperations(md, change);
      md.append("\n   - at ").append(location(change)).append("\n");
      md.append("   - why it breaks callers: ").append(change.reason()).append("\n");
    }
    md.append("\n");
  }

  private void toleratedChanges(StringBuilder md) {
    List<ApiChange> tolerated = withSeverity(Severity.TOLERATED);
    if (tolerated.isEmpty()) {
      return;
    }
    md.append("## Changes the generated client tolerates\n\n");
    md.append("openapi-diff counts these as breaking. They do not fail this review.\n\n");
    for (ApiChange change : tolerated) {
      md.append("- **").append(change.subject()).append("**");
      appendOperations(md, change);
      md.append(", at ").append(location(change)).append(": ")
          .append(change.reason()).append("\n");
    }
    md.append("\n");
  }

  private void changes(StringBuilder md, Category category) {
    List<ApiChange> changes = http.changes().stream().filter(change -> change.category() == category).toList();
    String title = category.title();
    md.append("## ").append(Character.toUpperCase(title.charAt(0))).append(title.substring(1)).append("\n\n");
    if (changes.isEmpty()) {
      md.append("No changes.\n\n");
      return;
    }
    for (ApiChange change : changes) {
      md.append("- ").append(change.kind().name().toLowerCase(Locale.ROOT)).append(": ").append(change.subject());
      appendOperations(md, change);
      md.append(" (").append(location(change)).append(")");
      if (change.severity() == Severity.BREAKING) {
        md.append(" — breaking");
      } else if (change.severity() == Severity.TOLERATED) {
        md.append(" — tolerated by the generated client");
      }
      md.append("\n");
    }
    md.append("\n");
  }

  private void lintFindings(StringBuilder md) {
    md.append("## Lint findings (Swagger Parser)\n\n");
    if (findings.isEmpty()) {
      md.append("None in ").append(specName).append(" (the baseline has ").append(baselineFindings).append(").\n\n");
      return;
    }
    md.append(findings.size()).append(" in ").append(specName).append(", ").append(baselineFindings)
        .append(" in the baseline.\n\n");
    for (SpecProblem problem : findings) {
      md.append("- line ").append(problem.line()).append(", column ").append(problem.column()).append(": ")
          .append(problem.message());
      if (!problem.pointer().isEmpty()) {
        md.append(" (`").append(problem.pointer()).append("`)");
      }
      md.append("\n");
    }
    md.append("\n");
  }

  private void javaApi(StringBuilder md) {
    md.append("## Generated Java API\n\n");
    if (java.problem() != null) {
      md.append("Not compared: ").append(java.problem().replace("\n", "\n    ")).append("\n\n");
      return;
    }
    if (java.changes().isEmpty()) {
      md.append("No public type, method or builder setter changed.\n\n");
      return;
    }
    md.append("| change | element | type | signature | binary | source |\n| --- | --- | --- | --- | --- | --- |\n");
    for (JavaApiChange change : java.changes()) {
      md.append("| ").append(change.kind().name().toLowerCase(Locale.ROOT)).append(" | ")
          .append(change.element().title()).append(" | `").append(change.type().replace('$', '.')).append("` | ")
          .append(change.signature().isEmpty() ? "" : "`" + change.signature() + "`").append(" | ")
          .append(change.binaryCompatible() ? "compatible" : "**incompatible**").append(" | ")
          .append(change.sourceCompatible() ? "compatible" : "**incompatible**").append(" |\n");
    }
    md.append("\n");
  }

  private void openApiDiffVerdict(StringBuilder md) {
    md.append("## openapi-diff verdict\n\n");
    md.append("openapi-diff 2.1.7 rates the change as ")
        .append(http.openApiDiffIncompatible() ? "**incompatible**" : "compatible").append(". ");
    boolean ours = breakingCount() > 0;
    if (ours == http.openApiDiffIncompatible()) {
      md.append("This review agrees on the HTTP contract.\n");
    } else if (http.openApiDiffIncompatible()) {
      md.append("This review does not: the changes openapi-diff counts as breaking are ones the generated client"
          + " tolerates, listed above.\n");
    } else {
      md.append("This review does not: it counts the changes listed under Breaking changes, which openapi-diff"
          + " rates as compatible. openapi-diff rates removing an optional request or response field as"
          + " compatible, but callers of the generated client lose the builder setter or getter.\n");
    }
  }

  private void appendOperations(StringBuilder md, ApiChange change) {
    if (!change.operations().isEmpty()) {
      md.append(" in ").append(String.join(", ", change.operations()));
    }
  }

  /** Formats the pointer and the line, for example {@code `/paths/~1x/post`, line 12 of x.yaml}. */
  private String location(ApiChange change) {
    String line = change.line() > 0 ? "line " + change.line() + " of " + specName : "line unknown";
    if (change.pointerInBaseline()) {
      return "`" + change.pointer() + "` in the baseline, removed near " + line;
    }
    return "`" + change.pointer() + "`, " + line;
  }

  private List<ApiChange> withSeverity(Severity severity) {
    return http.changes().stream().filter(change -> change.severity() == severity).toList();
  }

  private long count(Category category, Kind kind) {
    return http.changes().stream().filter(c -> c.category() == category && c.kind() == kind).count();
  }

  /** Counts operations with at least one change below them, added and removed ones excluded. */
  private long changedOperationCount() {
    java.util.Set<String> added = new java.util.HashSet<>();
    java.util.Set<String> touched = new java.util.HashSet<>();
    for (ApiChange change : http.changes()) {
      if (change.category() == Category.OPERATION) {
        added.addAll(change.operations());
      } else {
        touched.addAll(change.operations());
      }
    }
    touched.removeAll(added);
    return touched.size();
  }

  private long javaCount(Kind kind) {
    return java.changes().stream().filter(change -> change.kind() == kind).count();
  }

  private static String plural(long count, String noun) {
    return count == 1 ? noun : noun + "s";
  }
}
