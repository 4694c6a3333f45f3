package org.scaletasks.clientgen;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
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
 *
 * <p>The goal collects the module's dependency graph (without downloading any artifact file) to
 * check that {@code jackson-databind}, which the generated code imports, is among them.
 * Collection instead of resolution keeps {@code mvn generate-sources} working in a reactor whose
 * sibling modules are not packaged yet, and it still finds jackson-databind when another
 * dependency brings it in.
 */
@Mojo(
    name = "generate",
    defaultPhase = LifecyclePhase.GENERATE_SOURCES,
    requiresDependencyCollection = ResolutionScope.TEST,
    threadSafe = true)
public final class GenerateMojo extends AbstractMojo {

  /** Legal values of {@link #sourceRoot}. */
  static final List<String> SOURCE_ROOTS = List.of("main", "test", "none");

  static final String JACKSON_GROUP = "com.fasterxml.jackson.core";
  static final String JACKSON_ARTIFACT = "jackson-databind";

  /**
   * The OpenAPI document, YAML or JSON. Either a path, relative to the module's base folder
   * whatever the working folder, or absolute; or, when no such file exists, the name of a
   * classpath resource inside a {@code <dependency>} of the plugin (for example {@code
   * specs/api.yaml}). Required; no default.
   */
  @Parameter(property = "clientgen.spec", required = true)
  private String spec;

  /**
   * A folder of {@code .mustache} templates that replace the built-in templates of the same
   * name; templates that it does not contain come from the plugin jar. A relative path resolves
   * against the module's base folder. Default: none, so every template comes from the jar.
   */
  @Parameter(property = "clientgen.templateDirectory")
  private File templateDirectory;

  /**
   * The folder that receives the generated Java sources; it is the root of the package tree, and
   * this folder itself is what {@link #sourceRoot} registers. A relative path resolves against the
   * module's base folder. Default: {@code ${project.build.directory}/generated-sources/clientgen}.
   */
  @Parameter(
      property = "clientgen.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/clientgen")
  private File outputDirectory;

  /**
   * The package of the client class; models go to its {@code model} subpackage. Must be a
   * dot-separated list of Java identifiers that are not keywords, such as {@code
   * com.example.client}. Default: {@code org.openapi.client}.
   */
  @Parameter(property = "clientgen.packageName", defaultValue = "org.openapi.client")
  private String packageName;

  /**
   * The simple name of the client class: a Java identifier that starts with an upper-case ASCII
   * letter. Default: {@code ApiClient}.
   */
  @Parameter(property = "clientgen.clientClassName", defaultValue = "ApiClient")
  private String clientClassName;

  /**
   * The kind of source root that {@link #outputDirectory} becomes: {@code main} adds it to
   * the compile source roots (compiled into {@code target/classes}), {@code test} to the test
   * compile source roots (compiled into {@code target/test-classes}, for a client used only by
   * tests; bind the goal to {@code generate-test-sources} then), and {@code none} adds it nowhere.
   * Default: {@code main}.
   */
  @Parameter(property = "clientgen.sourceRoot", defaultValue = "main")
  private String sourceRoot;

  /**
   * Whether to fail when the module does not depend on {@code
   * com.fasterxml.jackson.core:jackson-databind}, which the generated code needs to compile. The
   * failure message contains the {@code <dependency>} element to add. Set it to {@code false}
   * when the dependency reaches the compiler in a way Maven does not see. Default: {@code true}.
   */
  @Parameter(property = "clientgen.checkDependencies", defaultValue = "true")
  private boolean checkDependencies;

  /**
   * Skips generation entirely; {@link #outputDirectory} is still registered as {@link
   * #sourceRoot} sets, so earlier output keeps compiling. Default: {@code false}.
   */
  @Parameter(property = "clientgen.skip", defaultValue = "false")
  private boolean skip;

  /**
   * Leaves out, with a warning, each operation that the client cannot express (for example a
   * multipart body or a cookie parameter) instead of failing the build. Default: {@code false}.
   */
  @Parameter(property = "clientgen.skipUnsupportedOperations", defaultValue = "false")
  private boolean skipUnsupportedOperations;

  /**
   * Generates even when the inputs are unchanged since the last run. Files whose content does not
   * change still keep their timestamps. Default: {@code false}.
   */
  @Parameter(property = "clientgen.force", defaultValue = "false")
  private boolean force;

  /**
   * The folder that keeps the state of the last run, one file per execution id, so two
   * executions in one module never share state. Not configurable; {@code mvn clean} removes it.
   */
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
    checkSourceRoot();
    Path output = outputDirectory.toPath().toAbsolutePath().normalize();
    if (skip) {
      getLog().info("Skipped client generation because clientgen.skip is true");
      addSourceRoot(output);
      return;
    }
    checkJacksonDependency();
    Path specFile = resolveSpec();
    Path templates =
        templateDirectory == null ? null : templateDirectory.toPath().toAbsolutePath().normalize();
    Path stateFile =
        stateDirectory.toPath().resolve(mojoExecution.getExecutionId() + ".properties");
    ClientGenerator.Settings settings =
        new ClientGenerator.Settings(
            specFile, templates, output, stateFile, packageName, clientClassName, pluginVersion(), force,
            skipUnsupportedOperations);
    getLog().debug("Client generation settings: " + settings);
    try {
      ClientGenerator.Outcome outcome = new ClientGenerator().generate(settings);
      for (String warning : outcome.warnings()) {
        getLog().warn(warning);
      }
      logOutcome(outcome, specFile, output);
    } catch (SpecException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("Invalid clientgen configuration: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("Client generation failed: " + e.getMessage(), e);
    }
    addSourceRoot(output);
  }

  private void logOutcome(ClientGenerator.Outcome outcome, Path specFile, Path output) {
    if (outcome.upToDate()) {
      getLog().info(
          "Skipped client generation for execution " + mojoExecution.getExecutionId()
              + " because its inputs are unchanged since the last run: " + specFile.getFileName()
              + ", referenced files, templates, configuration and plugin version");
      getLog().debug("Fingerprint: " + outcome.fingerprint());
      return;
    }
    SourceWriter.Result files = outcome.files();
    getLog().info(
        "Generated client " + packageName + "." + clientClassName + " from "
            + specFile.getFileName() + " into " + output + ": " + files.written().size()
            + " written, " + files.unchanged().size() + " unchanged, " + files.deleted().size()
            + " deleted");
    if (getLog().isDebugEnabled()) {
      getLog().debug("Fingerprint: " + outcome.fingerprint());
      files.written().forEach(file -> getLog().debug("Written: " + file));
      files.unchanged().forEach(file -> getLog().debug("Unchanged: " + file));
      files.deleted().forEach(file -> getLog().debug("Deleted: " + file));
    }
  }

  private void checkSourceRoot() throws MojoFailureException {
    if (!SOURCE_ROOTS.contains(sourceRoot)) {
      throw new MojoFailureException(
          "Invalid clientgen configuration: sourceRoot '" + sourceRoot + "' is not one of "
              + String.join(", ", SOURCE_ROOTS) + "; use main for the compile sources, test for"
              + " the test compile sources, or none to register the output nowhere");
    }
  }

  private void addSourceRoot(Path output) {
    String root = output.toString();
    switch (sourceRoot) {
      case "main" -> {
        if (!project.getCompileSourceRoots().contains(root)) {
          project.addCompileSourceRoot(root);
        }
      }
      case "test" -> {
        if (!project.getTestCompileSourceRoots().contains(root)) {
          project.addTestCompileSourceRoot(root);
        }
      }
      default -> {
        // none: the build registers the folder itself, or does not compile it.
      }
    }
    getLog().debug("Source root (" + sourceRoot + "): " + root);
  }

  /**
   * Fails when jackson-databind is not among the module's dependencies in a scope that reaches
   * the compiler of {@link #sourceRoot}: compile, provided or system for main sources, any scope
   * for test sources.
   */
  private void checkJacksonDependency() throws MojoFailureException {
    if (!checkDependencies || "none".equals(sourceRoot)) {
      return;
    }
    for (Artifact artifact : project.getArtifacts()) {
      if (JACKSON_GROUP.equals(artifact.getGroupId())
          && JACKSON_ARTIFACT.equals(artifact.getArtifactId())
          && reachesCompiler(artifact.getScope())) {
        return;
      }
    }
    throw new MojoFailureException(missingJacksonMessage());
  }

  private boolean reachesCompiler(String scope) {
    if ("test".equals(sourceRoot)) {
      return !Artifact.SCOPE_RUNTIME.equals(scope);
    }
    return scope == null
        || Artifact.SCOPE_COMPILE.equals(scope)
        || Artifact.SCOPE_PROVIDED.equals(scope)
        || Artifact.SCOPE_SYSTEM.equals(scope);
  }

  String missingJacksonMessage() {
    String scope = "test".equals(sourceRoot) ? "\n  <scope>test</scope>" : "";
    return "The generated client needs " + JACKSON_GROUP + ":" + JACKSON_ARTIFACT + " on the "
        + ("test".equals(sourceRoot) ? "test " : "") + "compile classpath, but "
        + project.getArtifactId() + " does not depend on it. Add this to the <dependencies> of "
        + project.getFile() + ":\n\n"
        + "<dependency>\n"
        + "  <groupId>" + JACKSON_GROUP + "</groupId>\n"
        + "  <artifactId>" + JACKSON_ARTIFACT + "</artifactId>\n"
        + "  <version>" + jacksonVersion() + "</version>" + scope + "\n"
        + "</dependency>\n\n"
        + "or set clientgen.checkDependencies to false if the compiler gets it another way.";
  }

  /** The jackson-databind version the plugin was built and tested with. */
  private static String jacksonVersion() {
    return com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString();
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
    // NOTE: only the entry document is copied, so a resource spec cannot $ref other resources.
    Path copy = stateDirectory.toPath().resolve("spec-resources").resolve(spec).normalize();
    getLog().debug("Reading " + spec + " from " + resource);
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
