package org.scaletasks.clientgen.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes generated files into the output folder.
 *
 * <p>A file whose bytes would not change is left alone, so it keeps its timestamp and the
 * compiler has nothing to recompile. Changed files are written to a temporary file and moved
 * into place, so a failed build never leaves a half-written source. Files that an earlier run
 * generated and this run does not are deleted; nothing else in the folder is touched.
 */
public final class SourceWriter {

  /** What one run did to the output folder; paths are relative to it, sorted. */
  public record Result(List<String> written, List<String> unchanged, List<String> deleted) {}

  private final Path outputFolder;

  public SourceWriter(Path outputFolder) {
    this.outputFolder = outputFolder;
  }

  /**
   * Writes {@code files} (relative path to content) and deletes the {@code previouslyGenerated}
   * files that are no longer produced.
   */
  public Result write(Map<String, String> files, Collection<String> previouslyGenerated)
      throws IOException {
    List<String> written = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    for (String relative : new TreeSet<>(files.keySet())) {
      Path target = resolveInside(relative);
      byte[] content = normalize(files.get(relative)).getBytes(StandardCharsets.UTF_8);
      if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content)) {
        unchanged.add(relative);
        continue;
      }
      Files.createDirectories(target.getParent());
      Path temporary = Files.createTempFile(target.getParent(), ".clientgen-", ".tmp");
      try {
        Files.write(temporary, content);
        moveIntoPlace(temporary, target);
      } finally {
        Files.deleteIfExists(temporary);
      }
      written.add(relative);
    }
    List<String> deleted = new ArrayList<>();
    for (String relative : new TreeSet<>(previouslyGenerated)) {
      if (files.containsKey(relative)) {
        continue;
      }
      Path stale = resolveInside(relative);
      if (Files.deleteIfExists(stale)) {
        deleted.add(relative);
        deleteEmptyParents(stale.getParent());
      }
    }
    return new Result(written, unchanged, deleted);
  }

  /**
   * Normalizes generated text: {@code \n} line endings, no trailing spaces, at most one blank line
   * in a row, and exactly one final newline. The output then does not depend on how the
   * templates' line endings were checked out.
   */
  public static String normalize(String text) {
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    StringBuilder out = new StringBuilder(text.length());
    boolean previousBlank = true;
    for (String line : lines) {
      String trimmed = line.stripTrailing();
      boolean blank = trimmed.isEmpty();
      if (blank && previousBlank) {
        continue;
      }
      out.append(trimmed).append('\n');
      previousBlank = blank;
    }
    while (out.length() > 1 && out.charAt(out.length() - 1) == '\n' && out.charAt(out.length() - 2) == '\n') {
      out.setLength(out.length() - 1);
    }
    return out.toString();
  }

  private Path resolveInside(String relative) {
    Path target = outputFolder.resolve(relative).normalize();
    if (!target.startsWith(outputFolder.normalize())) {
      throw new IllegalArgumentException(relative + " lies outside the output folder " + outputFolder);
    }
    return target;
  }

  private static void moveIntoPlace(Path source, Path target) throws IOException {
    try {
      Files.move(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private void deleteEmptyParents(Path folder) throws IOException {
    Path current = folder;
    while (current != null && current.startsWith(outputFolder) && !current.equals(outputFolder)) {
      try (var entries = Files.list(current)) {
        if (entries.findAny().isPresent()) {
          return;
        }
      }
      Files.delete(current);
      current = current.getParent();
    }
  }
}
