package org.scaletasks.clientgen.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reviews an edit of the project's own document, {@code spec/scale-tasks.yaml}. */
class RealSpecReviewTest {

  private static final Path SPEC = Path.of("..", "spec", "scale-tasks.yaml");
  private static final String COMMON_DESCRIPTION =
      "      description: Body fields that all three task-creation endpoints accept.\n";

  @TempDir Path work;

  @Test
  void projectBecameRequiredIsBreaking() throws Exception {
    String original = Files.readString(SPEC);
    assertThat(original).as("TaskRequestCommon has no required list yet").contains(COMMON_DESCRIPTION);
    String edited = original.replace(COMMON_DESCRIPTION, COMMON_DESCRIPTION + "      required: [project]\n");
    Path head = Files.writeString(Files.createDirectories(work.resolve("head")).resolve("scale-tasks.yaml"), edited);
    int requiredLine = lineOf(edited, "      required: [project]");

    SpecReview.Result result =
        new SpecReview()
            .review(
                new SpecReview.Settings(
                    head, SPEC, null, null, "org.scaletasks.client", "ScaleClient",
                    work.resolve("clientgen-review.md"), work.resolve("work"), false));
    Files.writeString(Path.of("target", "real-spec-review.md"), result.markdown());

    assertThat(result.breakingChanges()).isEqualTo(1);
    assertThat(result.gateFailed()).isTrue();
    assertThat(result.markdown())
        .contains(
            "1. **`project` became required in request body** in POST /task/segmentannotation"
                + " (`createSegmentAnnotationTask`), POST /task/videoannotation (`createVideoAnnotationTask`),"
                + " POST /task/videoplaybackannotation (`createVideoPlaybackAnnotationTask`)")
        .contains(
            "   - at `/components/schemas/TaskRequestCommon/required/0`, line " + requiredLine
                + " of scale-tasks.yaml")
        .contains("requests that leave out `project` were valid and are now rejected");
    assertThat(result.markdown()).contains("## Generated Java API\n\nNo public type, method or builder setter changed.");
    assertThat(result.markdown()).contains("None in scale-tasks.yaml (the baseline has 0).");
  }

  private static int lineOf(String text, String line) {
    List<String> lines = text.lines().toList();
    return lines.indexOf(line) + 1;
  }
}
