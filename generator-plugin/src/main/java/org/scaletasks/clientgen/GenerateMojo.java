package org.scaletasks.clientgen;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.scaletasks.clientgen.spec.SpecException;
import org.scaletasks.clientgen.write.SourceWriter;

/**
 * Generates a Java client from an OpenAPI 3.0 document and adds it to the compile sources.
 *
 * <p>The run is skipped when the document, every file it references, the templates, this
 * configuration and the plugin version are unchanged and the generated files are intact. When it
 * runs, files whose content is unchanged keep their timestamps, so the compiler has nothing to
 * redo, and files it no longer generates are deleted.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {

  /**
   * The OpenAPI document, YAML or JSON: a path relative to the module's base folder, an absolute
   * path, or the name of a resource inside a dependency of the plugin (for example {@code
   * specs/api.yaml}).
   */
  @Parameter(property = "clientgen.spec", required = true)
  private String spec;

  /**
   * A folder of {@code .mustache} templates that replace the built-in templates of the same
   * name; templates that it does not contain come from the plugin jar. Default: none.
   */
  @Parameter(property = "clientgen.templateDirectory")
  private File templateDirectory;

  /** The folder that receives the generated Java sources. */
  @Parameter(
      property = "clientgen.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/clientgen")
  private File outputDirectory;

  /** The package of the client class; models go to its {@code model} subpackage. */
  @Parameter(property = "clientgen.packageName", defaultValue = "org.openapi.client")
  private String packageName;

  /** The simple name of the client class. */
  @Parameter(property = "clientgen.clientClassName", defaultValue = "ApiClient")
  private String clientClassName;

  /** Skips generation entirely; the output folder is still added to the compile sources. */
  @Parameter(property = "clientgen.skip", defaultValue = "false")
  private boolean skip;

  /**
   * Leaves out, with a warning, each operation that the client cannot express (for example a
   * multipart body or a cookie parameter) instead of failing the build.
   */
  @Parameter(property = "clientgen.skipUnsupportedOperations", defaultValue = "false")
  private boolean skipUnsupportedOperations;

  /** Generates even when the inputs are unchanged since the last run. */
  @Parameter(property = "clientgen.force", defaultValue = "false")
  private boolean force;

  /** Whether to add the output folder to the module's compile source roots. */
  @Parameter(property = "clientgen.addCompileSourceRoot", defaultValue = "true")
  private boolean addCompileSourceRoot;

  /** The folder that keeps the state of the last run, one file per execution. */
  @Parameter(defaultValue = "${project.build.directory}/clientgen-state", readonly = true)
  private File stateDirectory;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  private MojoExecution mojoExecution;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  private PluginDescriptor plugin;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    Path output = outputDirectory.toPath().toAbsolutePath().normalize();
    if (skip) {
      getLog().info("Client generation skipped (clientgen.skip is true)");
      addSourceRoot(output);
      return;
    }
    Path specFile = resolveSpec();
    Path templates =
        templateDirectory == null ? null : templateDirectory.toPath().toAbsolutePath().normalize();
    Path stateFile =
        stateDirectory.toPath().resolve(mojoExecution.getExecutionId() + ".properties");
    ClientGenerator.Settings settings =
        new ClientGenerator.Settings(
            specFile, templates, output, stateFile, packageName, clientClassName, pluginVersion(), force,
            skipUnsupportedOperations);
    try {
      ClientGenerator.Outcome outcome = new ClientGenerator().generate(settings);
      for (String warning : outcome.warnings()) {
        getLog().warn(warning);
      }
      if (outcome.upToDate()) {
        getLog().info("Client sources are up to date with " + specFile.getFileName() + "; nothing to generate");
      } else {
        SourceWriter.Result files = outcome.files();
        getLog().info(
            "Generated the client from " + specFile.getFileName() + " into " + output + ": "
                + files.written().size() + " written, " + files.unchanged().size() + " unchanged, "
                + files.deleted().size() + " deleted");
      }
    } catch (SpecException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("Invalid clientgen configuration: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("Client generation failed: " + e.getMessage(), e);
    }
    addSourceRoot(output);
  }

  private void addSourceRoot(Path output) {
    if (addCompileSourceRoot && !project.getCompileSourceRoots().contains(output.toString())) {
      project.addCompileSourceRoot(output.toString());
    }
  }

  /** Resolves {@link #spec} against the module, then among the plugin's dependencies. */
  private Path resolveSpec() throws MojoFailureException, MojoExecutionException {
    Path candidate = Path.of(spec);
    if (!candidate.isAbsolute()) {
      candidate = project.getBasedir().toPath().resolve(candidate);
    }
    candidate = candidate.normalize();
    if (Files.exists(candidate)) {
      return candidate;
    }
    URL resource = Thread.currentThread().getContextClassLoader().getResource(spec);
    if (resource == null) {
      throw new MojoFailureException(
          "OpenAPI document not found: " + spec + " is neither a file (looked for " + candidate
              + ") nor a resource of a plugin dependency. Set <spec> to a path relative to "
              + project.getBasedir() + ", or add the jar that contains it as a <dependency> of the"
              + " plugin.");
    }
    Path copy = stateDirectory.toPath().resolve("spec-resources").resolve(spec).normalize();
    try (InputStream in = resource.openStream()) {
      Files.createDirectories(copy.getParent());
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot read " + resource + ": " + e.getMessage(), e);
    }
    return copy;
  }

  private String pluginVersion() {
    String version = plugin.getVersion();
    File artifact = plugin.getPluginArtifact() == null ? null : plugin.getPluginArtifact().getFile();
    if (version.endsWith("-SNAPSHOT") && artifact != null) {
      // A snapshot changes without a version change; its file's size and time tell builds apart.
      return version + "@" + artifact.length() + "-" + artifact.lastModified();
    }
    return version;
  }
}
