package org.scaletasks.clientgen.review;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Runs {@link SpecReview} on the base and head documents under {@code src/test/resources/review}. */
final class ReviewTestSupport {

  static final String PACKAGE = "org.example.review";
  static final String CLIENT = "ReviewClient";

  private ReviewTestSupport() {}

  static Path casePath(String caseName, String file) {
    URL url = ReviewTestSupport.class.getResource("/review/" + caseName + "/" + file);
    if (url == null) {
      throw new IllegalArgumentException("review case " + caseName + "/" + file + " not found under src/test/resources/review");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static SpecReview.Result reviewCase(String caseName, Path workFolder) throws IOException, ReviewException {
    return review(casePath(caseName, "base.yaml"), casePath(caseName, "head.yaml"), workFolder, false);
  }

  static SpecReview.Result review(Path baseline, Path spec, Path workFolder, boolean acceptBreaking)
      throws IOException, ReviewException {
    return new SpecReview()
        .review(
            new SpecReview.Settings(
                spec, baseline, null, null, PACKAGE, CLIENT, workFolder.resolve("clientgen-review.md"),
                workFolder.resolve("work"), acceptBreaking));
  }
}
