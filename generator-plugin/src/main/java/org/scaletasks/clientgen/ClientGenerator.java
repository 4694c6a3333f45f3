package org.scaletasks.clientgen;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;
import org.scaletasks.clientgen.codegen.ClientCodegenConfig;
import org.scaletasks.clientgen.render.TemplateRenderer;
import org.scaletasks.clientgen.spec.LoadedSpec;
import org.scaletasks.clientgen.spec.SpecException;
import org.scaletasks.clientgen.spec.SpecLoader;
import org.scaletasks.clientgen.view.ClientView;
import org.scaletasks.clientgen.view.EnumView;
import org.scaletasks.clientgen.view.ModelView;
import org.scaletasks.clientgen.view.ParamsView;
import org.scaletasks.clientgen.view.UnionView;
import org.scaletasks.clientgen.view.ViewBuilder;
import org.scaletasks.clientgen.write.GenerationState;
import org.scaletasks.clientgen.write.SourceWriter;

/**
 * Generates the Java client for one OpenAPI document, in five layers: parse ({@link
 * SpecLoader}), codegen model ({@link ClientCodegenConfig}), one view per file ({@link
 * ViewBuilder}), render ({@link TemplateRenderer}) and write ({@link SourceWriter}).
 *
 * <p>Nothing is written until every file has rendered, so an invalid document or template leaves
 * the previous output as it was. Independent of Maven, so tests and benchmarks call it directly.
 */
public final class ClientGenerator {

  private static final Pattern PACKAGE_NAME =
      Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*", Pattern.CASE_INSENSITIVE);
  private static final Pattern CLASS_NAME = Pattern.compile("[A-Z][A-Za-z0-9_]*");

  /**
   * What to generate and where.
   *
   * @param spec the OpenAPI document
   * @param templateFolder a folder whose templates override the built-in ones, or null
   * @param outputFolder the folder that receives the Java sources
   * @param stateFile where the fingerprint and the list of generated files are kept
   * @param packageName the client's package; models go to its {@code model} subpackage
   * @param clientClassName the simple name of the client class
   * @param pluginVersion part of the fingerprint, so a new plugin regenerates
   * @param force whether to generate even when the fingerprint shows no change
   * @param skipUnsupportedOperations whether an operation that the client cannot express is
   *     left out, with a warning, instead of failing the generation
   */
  public record Settings(
      Path spec,
      Path templateFolder,
      Path outputFolder,
      Path stateFile,
      String packageName,
      String clientClassName,
      String pluginVersion,
      boolean force,
      boolean skipUnsupportedOperations) {

    /** Settings that fail on an operation the client cannot express. */
    public Settings(
        Path spec,
        Path templateFolder,
        Path outputFolder,
        Path stateFile,
        String packageName,
        String clientClassName,
        String pluginVersion,
        boolean force) {
      this(spec, templateFolder, outputFolder, stateFile, packageName, clientClassName, pluginVersion, force, false);
    }
  }

  /**
   * The result of one run.
   *
   * @param upToDate whether generation was skipped because nothing changed
   * @param files the written, unchanged and deleted files; empty when skipped
   * @param fingerprint SHA-256 over every input of the run, as stored in the state file
   * @param warnings findings that did not stop generation, such as operations left out of the
   *     client, each with its position and reason
   */
  public record Outcome(
      boolean upToDate, SourceWriter.Result files, String fingerprint, List<String> warnings) {

    public Outcome(boolean upToDate, SourceWriter.Result files, String fingerprint) {
      this(upToDate, files, fingerprint, List.of());
    }
  }

  /**
   * Generates the client, or does nothing when the inputs and the output are unchanged since the
   * last run.
   *
   * @throws SpecException if the document is invalid or uses what the generator cannot express
   * @throws IllegalArgumentException if a setting is invalid
   * @throws IOException if a file cannot be read or written
   */
  public Outcome generate(Settings settings) throws SpecException, IOException {
    validate(settings);
    TemplateRenderer renderer = new TemplateRenderer(settings.templateFolder());
    String fingerprint = GenerationState.fingerprint(settings, renderer.templateContents());
    GenerationState previous = GenerationState.read(settings.stateFile());
    if (!settings.force() && previous.isCurrent(fingerprint, settings.outputFolder())) {
      return new Outcome(true, new SourceWriter.Result(List.of(), List.of(), List.of()), fingerprint);
    }

    LoadedSpec spec = new SpecLoader().load(settings.spec());
    ViewBuilder.Views views =
        ViewBuilder.build(
            spec, settings.packageName(), settings.clientClassName(), settings.skipUnsupportedOperations());
    Map<String, String> files = render(renderer, views, spec);

    SourceWriter.Result result =
        new SourceWriter(settings.outputFolder()).write(files, previous.files().keySet());
    GenerationState.of(fingerprint, settings.outputFolder(), files.keySet()).write(settings.stateFile());
    List<String> warnings = new java.util.ArrayList<>(spec.warnings());
    warnings.addAll(views.skippedOperations());
    return new Outcome(false, result, fingerprint, List.copyOf(warnings));
  }

  private static Map<String, String> render(
      TemplateRenderer renderer, ViewBuilder.Views views, LoadedSpec spec) throws IOException {
    ClientCodegenConfig parentContext =
        new ClientCodegenConfig(spec.openApi(), Map.of());
    String packagePath = views.packageName().replace('.', '/') + "/";
    String modelPath = views.modelPackage().replace('.', '/') + "/";
    Map<String, String> files = new LinkedHashMap<>();
    ClientView client = views.client();
    Map<String, Object> base = new LinkedHashMap<>();
    base.put("packageName", views.packageName());
    base.put("modelPackage", views.modelPackage());
    base.put("clientClassName", client.className());
    base.put(TemplateRenderer.PARENT_CONTEXT, parentContext);

    files.put(packagePath + client.className() + ".java", renderer.render("client.mustache", with(base, "client", client)));
    files.put(packagePath + "ApiException.java", renderer.render("apiException.mustache", base));
    files.put(packagePath + "ApiStatusException.java", renderer.render("apiStatusException.mustache", base));
    for (StatusExceptionView exception : STATUS_EXCEPTIONS) {
      files.put(
          packagePath + exception.className() + ".java",
          renderer.render("statusException.mustache", with(base, "exception", exception)));
    }
    files.put(packagePath + "ConflictException.java", renderer.render("conflictException.mustache", base));
    files.put(packagePath + "RateLimitException.java", renderer.render("rateLimitException.mustache", base));
    files.put(packagePath + "ApiIoException.java", renderer.render("apiIoException.mustache", base));
    files.put(
        packagePath + "UnreadableResponseException.java",
        renderer.render("unreadableResponseException.mustache", base));
    files.put(packagePath + "RequestOptions.java", renderer.render("requestOptions.mustache", base));
    files.put(packagePath + "ApiResponse.java", renderer.render("apiResponse.mustache", base));
    files.put(packagePath + "core/RetryPolicy.java", renderer.render("retryPolicy.mustache", base));
    files.put(packagePath + "core/HttpExecutor.java", renderer.render("httpExecutor.mustache", base));
    files.put(packagePath + "core/Parameters.java", renderer.render("parameters.mustache", base));
    for (ParamsView params : client.paramsClasses()) {
      files.put(packagePath + params.className() + ".java", renderer.render("params.mustache", with(base, "params", params)));
    }
    files.put(packagePath + "ValidationException.java", renderer.render("validationException.mustache", base));
    files.put(packagePath + "core/Json.java", renderer.render("json.mustache", base));
    files.put(packagePath + "core/Copies.java", renderer.render("copies.mustache", base));
    files.put(packagePath + "core/Violations.java", renderer.render("violations.mustache", base));
    for (ModelView model : views.models()) {
      files.put(modelPath + model.className() + ".java", renderer.render("model.mustache", with(base, "model", model)));
    }
    for (EnumView enumeration : views.enums()) {
      files.put(modelPath + enumeration.className() + ".java", renderer.render("enum.mustache", with(base, "enum", enumeration)));
    }
    for (UnionView union : views.unions()) {
      files.put(modelPath + union.className() + ".java", renderer.render("union.mustache", with(base, "union", union)));
    }
    return files;
  }

  /**
   * Template data of one status exception class.
   *
   * @param className the class name
   * @param summary the Javadoc summary
   * @param fixedStatus the one status the class stands for, or null for a family of statuses
   */
  public record StatusExceptionView(String className, String summary, Integer fixedStatus) {}

  private static final List<StatusExceptionView> STATUS_EXCEPTIONS =
      List.of(
          new StatusExceptionView("BadRequestException", "HTTP 400: the server rejected the request as invalid.", 400),
          new StatusExceptionView("AuthenticationException", "HTTP 401: the API key is missing or wrong.", 401),
          new StatusExceptionView("PermissionDeniedException", "HTTP 403: the API key may not do this.", 403),
          new StatusExceptionView("NotFoundException", "HTTP 404: the resource or endpoint does not exist.", 404),
          new StatusExceptionView(
              "UnprocessableEntityException", "HTTP 422: the request is well-formed but cannot be processed.", 422),
          new StatusExceptionView(
              "ClientErrorException", "A 4xx response without a class of its own, such as 405 or 413.", null),
          new StatusExceptionView("ServerErrorException", "A 5xx response: the server failed.", null));

  private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
    Map<String, Object> bundle = new LinkedHashMap<>(base);
    bundle.put(key, value);
    return bundle;
  }

  private static void validate(Settings settings) {
    String packageName = settings.packageName();
    if (!PACKAGE_NAME.matcher(packageName).matches()) {
      throw new IllegalArgumentException(
          "packageName '" + packageName + "' is not a Java package name; use dot-separated"
              + " identifiers (letters, digits, underscores, not starting with a digit) such as"
              + " com.example.client");
    }
    for (String segment : packageName.split("\\.")) {
      if (SourceVersion.isKeyword(segment, SourceVersion.RELEASE_17)) {
        throw new IllegalArgumentException(
            "packageName '" + packageName + "' is not a Java package name because '" + segment
                + "' is a Java keyword; rename that segment, for example to " + segment + "_");
      }
    }
    String className = settings.clientClassName();
    if (!CLASS_NAME.matcher(className).matches()
        || SourceVersion.isKeyword(className, SourceVersion.RELEASE_17)) {
      throw new IllegalArgumentException(
          "clientClassName '" + className + "' is not a Java class name; use an identifier of"
              + " ASCII letters, digits and underscores that starts with an upper-case letter, such"
              + " as ApiClient");
    }
    if (settings.templateFolder() != null && !java.nio.file.Files.isDirectory(settings.templateFolder())) {
      throw new IllegalArgumentException(
          "templateDirectory " + settings.templateFolder() + " is not a folder; point it at a folder"
              + " of .mustache files or remove it to use the built-in templates");
    }
  }
}
