package org.scaletasks.clientgen.spec;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Resolution of {@code $ref} values to local files, shared by the loader and the fingerprint. */
public final class SpecFiles {

  private SpecFiles() {}

  /**
   * Resolves the file part of a {@code $ref} against the file that contains it, as RFC 3986
   * resolves a relative URI against its base.
   *
   * @return the referenced file, or null when the reference is local to {@code containingFile}
   *     ({@code #/...}) or names a remote document ({@code https://...})
   */
  public static Path resolve(Path containingFile, String reference) {
    int hash = reference.indexOf('#');
    String location = hash < 0 ? reference : reference.substring(0, hash);
    if (location.isEmpty() || location.contains("://")) {
      return null;
    }
    try {
      URI base = containingFile.toAbsolutePath().normalize().toUri();
      return Path.of(base.resolve(new URI(location))).normalize();
    } catch (URISyntaxException | IllegalArgumentException e) {
      // Not a valid URI reference (a raw space in a file name, for example): take it as a path.
      return containingFile.toAbsolutePath().resolveSibling(location).normalize();
    }
  }
}
