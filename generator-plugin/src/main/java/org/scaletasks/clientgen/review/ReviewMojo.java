package org.scaletasks.clientgen.review;

import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares the OpenAPI document with a baseline and writes a Markdown report for reviewers to
 * {@code target/clientgen-review.md}: the verdict, the added, removed and changed operations,
 * parameters and schemas, each breaking change with its line and reason, Swagger Parser's
 * findings and the generated client's public Java API changes.
 *
 * <p>Fails the build on a breaking change unless {@code clientgen.acceptBreaking} is true or the
 * document's {@code info} gains or changes {@code x-breaking-change-acknowledged: "<reason>"}.
 */
@Mojo(name = "review", threadSafe = true, requiresProject = false)
public final class ReviewMojo extends AbstractMojo {

  /** The OpenAPI document to review. */
  @Parameter(property = "clientgen.spec", required = true)
  private File spec;

  /** The baseline document. Set this or {@code baselineRef}. */
  @Parameter(property = "clientgen.baseline")
  private File baseline;

  /**
   * A git revision, such as {@code origin/main}, at which the same path as {@code spec} is the
   * baseline; read with {@code git show}. Ignored when {@code baseline} is set.
   */
  @Parameter(property = "clientgen.baselineRef")
  private String baselineRef;

  /** Templates that replace the built-in ones for both generated clients. Default: none. */
  @Parameter(property = "clientgen.templateDirectory")
  private File templateDirectory;

  /** The package of the generated clients that are compared. */
  @Parameter(property = "clientgen.packageName", defaultValue = "org.openapi.client")
  private String packageName;

  /** The client class of the generated clients that are compared. */
  @Parameter(property = "clientgen.clientClassName", defaultValue = "ApiClient")
  private String clientClassName;

  /** The Markdown report file. */
  @Parameter(property = "clientgen.reviewReport", defaultValue = "${project.build.directory}/clientgen-review.md")
  private File report;

  /** A scratch folder for the baseline and the two generated clients; emptied on each run. */
  @Parameter(defaultValue = "${project.build.directory}/clientgen-review", readonly = true)
  private File workDirectory;

  /** Lets breaking changes pass without an acknowledgement in the document. */
  @Parameter(property = "clientgen.acceptBreaking", defaultValue = "false")
  private boolean acceptBreaking;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    SpecReview.Settings settings =
        new SpecReview.Settings(
            spec.toPath(),
            baseline == null ? null : baseline.toPath(),
            baselineRef,
            templateDirectory == null ? null : templateDirectory.toPath(),
            packageName,
            clientClassName,
            report.toPath(),
            workDirectory.toPath(),
            acceptBreaking);
    SpecReview.Result result;
    try {
      result = new SpecReview().review(settings);
    } catch (ReviewException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("The spec review failed: " + e.getMessage(), e);
    }
    getLog().info(result.summary());
    getLog().info("Review report: " + report);
    if (result.gateFailed()) {
      throw new MojoFailureException(
          result.summary() + ". Read " + report + ". To accept the breaking changes, add or change"
              + " info." + SpecReview.ACKNOWLEDGEMENT_EXTENSION + ": \"<reason>\" in the spec, or run"
              + " with -Dclientgen.acceptBreaking=true.");
    }
  }
}
