package org.scaletasks.clientgen.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One pair of documents per kind of change, under {@code src/test/resources/review/<case>/}: the
 * baseline {@code base.yaml} and the changed {@code head.yaml}. Each test reviews the pair and
 * checks the verdict and the report lines a reviewer acts on.
 */
class SpecReviewCasesTest {

  @TempDir Path work;

  @Test
  void operationRemovedIsBreaking() throws Exception {
    SpecReview.Result result = ReviewTestSupport.reviewCase("operation-removed", work);

    assertThat(result.breakingChanges()).isEqualTo(1);
    assertThat(result.gateFailed()).isTrue();
    assertThat(result.summary()).startsWith("Breaking: 1 breaking HTTP change");
    assertThat(result.markdown()).contains("**Verdict: breaking** — 1 breaking HTTP change");
    assertThat(result.markdown())
        .contains("1. **operation removed** in POST /items/archive (`archiveItem`)")
        .contains("   - at `/paths/~1items~1archive/post` in the baseline, removed near line 5 of head.yaml")
        .contains("why it breaks callers: callers of this operation get an error from the server");
    assertThat(result.markdown())
        .contains("| removed | method | `org.example.review.ReviewClient` | `archiveItem(ItemRequest) : Item` |"
            + " **incompatible** | **incompatible** |");
  }

  @Test
  void queryParameterBecameRequiredIsBreaking() throws Exception {
    SpecReview.Result result = ReviewTestSupport.reviewCase("parameter-became-required", work);

    assertThat(result.breakingChanges()).isEqualTo(1);
    assertThat(result.markdown())
        .contains("1. **query parameter `dry_run` became required** in POST /items (`createItem`)")
        .contains("   - at `/paths/~1items/post/parameters/0/required`, line 12 of head.yaml")
        .contains("callers that leave it out were accepted and are now rejected");
    // A required query parameter becomes a method argument, so every form of the method changes.
    assertThat(result.incompatibleJavaChanges()).isEqualTo(8);
    assertThat(result.markdown())
        .contains("| changed | method | `org.example.review.ReviewClient` | `createItem(ItemRequest) : Item →"
            + " createItem(Boolean, ItemRequest) : Item` | **incompatible** | **incompatible** |")
        .contains("| removed | type | `org.example.review.CreateItemParams` |");
  }

  @Test
  void bodyFieldBecameRequiredIsBreaking() throws Exception {
    SpecReview.Result result = ReviewTestSupport.reviewCase("body-field-became-required", work);

    assertThat(result.breakingChanges()).isEqualTo(1);
    assertThat(result.incompatibleJavaChanges()).isZero();
    assertThat(result.markdown())
        .contains("1. **`size` became required in request body** in POST /items (`createItem`), POST"
            + " /items/archive (`archiveItem`)")
        .contains("   - at `/components/schemas/ItemRequest/required/1`, line 42 of head.yaml")
        .contains("requests that leave out `size` were valid and are now rejected");
  }

  @Test
  void requestEnumNarrowedIsBreaking() throws Exception {
    SpecReview.Result result = ReviewTestSupport.reviewCase("request-enum-narrowed", work);

    assertThat(result.breakingChanges()).isEqualTo(1);
    assertThat(result.markdown())
        .contains("1. **enum value `blue` removed from request body.color**")
        .contains("   - at `/components/schemas/ItemRequest/properties/color/enum/2` in the baseline, removed near"
            + " line 48 of head.yaml")
        .contains("the request enum narrowed: callers that send `blue` are rejected");
    assertThat(result.markdown())
        .contains("| removed | field | `org.example.review.model.ItemRequest.Color` | `BLUE` | **incompatible** |");
  }

  @Test
  void responseFieldRemovedIsBreaking() throws Exception {
    SpecReview.Result result = ReviewTestSupport.reviewCase("response-field-removed", work);

    assertThat(result.breakingChanges()).isEqualTo(1);
    assertThat(result.markdown())
        .contains("1. **field `name` removed from response body**")
        .contains("   - at `/components/schemas/Item/properties/name` in the baseline, removed near line 54 of"
            + " head.yaml")
        .contains("callers that read it get nothing, and the generated model loses its getter");
    assertThat(result.markdown())
        .contains("| removed | method | `org.example.review.model.Item` | `name() : String` | **incompatible** |");
    // openapi-diff 2.1.7 rates removing an optional response property as compatible.
    assertThat(result.markdown())
        .contains("openapi-diff 2.1.7 rates the change as compatible. This review does not");
  }

  @Test
  void responseEnumValueAddedIsTolerated() throws Exception {
    SpecReview.Result result = ReviewTestSupport.reviewCase("response-enum-value-added", work);

    assertThat(result.breakingChanges()).isZero();
    assertThat(result.toleratedChanges()).isEqualTo(1);
    assertThat(result.gateFailed()).isFalse();
    assertThat(result.markdown()).contains("**Verdict: compatible.**");
    assertThat(result.markdown())
        .contains("## Changes the generated client tolerates")
        .contains("- **response enum value `archived` added to response body.status**")
        .contains("the generated client's enums are open and return it as an unknown value");
    assertThat(result.markdown())
        .contains("openapi-diff 2.1.7 rates the change as **incompatible**. This review does not");
    assertThat(result.markdown())
        .contains("| added | field | `org.example.review.model.Item.Status` | `ARCHIVED` | compatible | compatible |");
  }

  @Test
  void propertyTypeChangedIsBreaking() throws Exception {
    SpecReview.Result result = ReviewTestSupport.reviewCase("property-type-changed", work);

    assertThat(result.breakingChanges()).isEqualTo(1);
    assertThat(result.incompatibleJavaChanges()).isEqualTo(2);
    assertThat(result.markdown())
        .contains("1. **type of request body.size changed from `integer` to `string`**")
        .contains("   - at `/components/schemas/ItemRequest/properties/size/type`, line 50 of head.yaml");
    assertThat(result.markdown())
        .contains("| changed | builder setter | `org.example.review.model.ItemRequest.Builder` |"
            + " `size(Long) : ItemRequest.Builder → size(String) : ItemRequest.Builder` | **incompatible** |"
            + " **incompatible** |");
  }

  @Test
  void optionalAdditionsAreCompatible() throws Exception {
    SpecReview.Result result = ReviewTestSupport.reviewCase("compatible-addition", work);

    assertThat(result.breaking()).isFalse();
    assertThat(result.gateFailed()).isFalse();
    assertThat(result.summary()).startsWith("Compatible: 0 breaking HTTP changes, 0 incompatible Java API changes");
    assertThat(result.markdown())
        .contains("- added: field `note` added to request body in POST /items (`createItem`)")
        .contains("- added: field `created_at` added to response body");
    assertThat(result.markdown())
        .contains("| added | builder setter | `org.example.review.model.ItemRequest.Builder` |"
            + " `note(String) : ItemRequest.Builder` | compatible | compatible |");
    assertThat(result.markdown()).doesNotContain("| added | field |");
  }

  @Test
  void unnamedIncompatibilityIsBreaking() throws Exception {
    SpecReview.Result result = ReviewTestSupport.reviewCase("response-header-removed", work);

    assertThat(result.breakingChanges()).isEqualTo(1);
    assertThat(result.gateFailed()).isTrue();
    assertThat(result.markdown())
        .contains("1. **a change openapi-diff rates as incompatible**")
        .contains("this review has no rule that names the change");
  }

  @Test
  void reportFileMatchesResult() throws Exception {
    SpecReview.Result result = ReviewTestSupport.reviewCase("compatible-addition", work);

    assertThat(Files.readString(work.resolve("clientgen-review.md"))).isEqualTo(result.markdown());
  }

  @Test
  void acceptBreakingPassesGate() throws Exception {
    SpecReview.Result result =
        ReviewTestSupport.review(
            ReviewTestSupport.casePath("operation-removed", "base.yaml"),
            ReviewTestSupport.casePath("operation-removed", "head.yaml"),
            work,
            true);

    assertThat(result.breaking()).isTrue();
    assertThat(result.gateFailed()).isFalse();
    assertThat(result.markdown()).contains("Accepted by `-Dclientgen.acceptBreaking=true`.");
  }

  @Test
  void newAcknowledgementPassesGate() throws Exception {
    Path head = acknowledged("operation-removed", "head.yaml", "archiving moved to the batch API");

    SpecReview.Result result =
        ReviewTestSupport.review(ReviewTestSupport.casePath("operation-removed", "base.yaml"), head, work, false);

    assertThat(result.breaking()).isTrue();
    assertThat(result.gateFailed()).isFalse();
    assertThat(result.acknowledgement()).isEqualTo("archiving moved to the batch API");
    assertThat(result.markdown())
        .contains("Acknowledged in the spec (`info.x-breaking-change-acknowledged`): archiving moved to the batch API");
  }

  @Test
  void unchangedAcknowledgementFailsGate() throws Exception {
    Path base = acknowledged("operation-removed", "base.yaml", "an earlier break");
    Path head = acknowledged("operation-removed", "head.yaml", "an earlier break");

    SpecReview.Result result = ReviewTestSupport.review(base, head, work, false);

    assertThat(result.acknowledgement()).isNull();
    assertThat(result.gateFailed()).isTrue();
    assertThat(result.markdown()).contains("Not acknowledged, so the review fails.");
  }

  @Test
  void lintFindingsHaveLineAndColumn() throws Exception {
    String head =
        Files.readString(ReviewTestSupport.casePath("compatible-addition", "head.yaml"))
            .replace("      operationId: createItem\n", "      operationId: createItem\n      colour: red\n");
    Path spec = Files.writeString(work.resolve("lint.yaml"), head);

    SpecReview.Result result =
        ReviewTestSupport.review(ReviewTestSupport.casePath("compatible-addition", "base.yaml"), spec, work, false);

    assertThat(result.markdown())
        .contains("## Lint findings (Swagger Parser)\n\n1 in lint.yaml, 0 in the baseline.")
        .contains("- line 9, column 7: attribute paths.'/items'(post).colour is unexpected");
  }

  @Test
  void missingBaselineFileIsReported() {
    Path missing = work.resolve("missing.yaml");

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ReviewTestSupport.review(missing, ReviewTestSupport.casePath("compatible-addition", "head.yaml"), work, false))
        .isInstanceOf(ReviewException.class)
        .hasMessageContaining("The baseline " + missing + " does not exist");
  }

  private Path acknowledged(String caseName, String file, String reason) throws Exception {
    String text =
        Files.readString(ReviewTestSupport.casePath(caseName, file))
            .replace("  version: 1.0.0\n", "  version: 1.0.0\n  x-breaking-change-acknowledged: \"" + reason + "\"\n");
    return Files.writeString(Files.createDirectories(work.resolve(file.replace(".yaml", ""))).resolve("spec.yaml"), text);
  }
}
