package org.scaletasks.clientgen.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openapitools.codegen.api.TemplatingExecutor;

/**
 * Finds templates in an optional user folder first, then among the templates in the plugin jar.
 *
 * <p>A user folder may override some templates and leave the rest to the jar.
 */
public final class TemplateLocator implements TemplatingExecutor {

  /** Classpath folder of the templates that ship in the plugin jar. */
  public static final String BUILT_IN_FOLDER = "org/scaletasks/clientgen/templates/";

  /** Every template file that the jar holds; the generator renders or includes each of them. */
  public static final List<String> BUILT_IN_TEMPLATES =
      List.of(
          "client.mustache",
          "apiException.mustache",
          "apiStatusException.mustache",
          "statusException.mustache",
          "conflictException.mustache",
          "rateLimitException.mustache",
          "apiIoException.mustache",
          "unreadableResponseException.mustache",
          "requestOptions.mustache",
          "apiResponse.mustache",
          "retryPolicy.mustache",
          "httpExecutor.mustache",
          "parameters.mustache",
          "params.mustache",
          "validationException.mustache",
          "json.mustache",
          "copies.mustache",
          "violations.mustache",
          "model.mustache",
          "enum.mustache",
          "enumBody.mustache",
          "union.mustache",
          "javadoc.mustache");

  private final Path userFolder;

  /** @param userFolder a folder whose templates take precedence, or null for the jar's only */
  public TemplateLocator(Path userFolder) {
    this.userFolder = userFolder;
  }

  @Override
  public String getFullTemplateContents(String name) {
    try {
      Path user = userTemplate(name);
      if (user != null) {
        return Files.readString(user, StandardCharsets.UTF_8);
      }
      try (InputStream in = builtIn(name)) {
        if (in == null) {
          throw new IllegalArgumentException(
              "template " + name + " not found in " + describeFolders());
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read template " + name, e);
    }
  }

  @Override
  public Path getFullTemplatePath(String name) {
    Path user = userTemplate(name);
    return user != null ? user : Path.of(BUILT_IN_FOLDER, name);
  }

  /** Whether the template comes from the user folder. */
  public boolean isOverridden(String name) {
    return userTemplate(name) != null;
  }

  public Path userFolder() {
    return userFolder;
  }

  private Path userTemplate(String name) {
    if (userFolder == null) {
      return null;
    }
    Path candidate = userFolder.resolve(name).normalize();
    return candidate.startsWith(userFolder.normalize()) && Files.isRegularFile(candidate)
        ? candidate
        : null;
  }

  private InputStream builtIn(String name) {
    return TemplateLocator.class.getClassLoader().getResourceAsStream(BUILT_IN_FOLDER + name);
  }

  private String describeFolders() {
    return userFolder == null ? "the plugin jar" : userFolder + " or the plugin jar";
  }
}
