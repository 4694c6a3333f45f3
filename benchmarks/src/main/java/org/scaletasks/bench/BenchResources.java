package org.scaletasks.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Reads the files that the build copies from {@code spec/} into the {@code bench/} resource
 * folder, so the benchmarks do not depend on the working directory.
 */
final class BenchResources {

  private BenchResources() {}

  /** Returns the bytes of {@code bench/NAME}. */
  static byte[] read(String name) {
    try (InputStream in = BenchResources.class.getResourceAsStream("/bench/" + name)) {
      if (in == null) {
        throw new IllegalStateException(
            "Resource bench/" + name + " not found on the class path; build benchmarks/ with Maven"
                + " so that it copies spec/ into target/classes/bench");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies {@code bench/NAME} into FOLDER and returns the copy's path. */
  static Path copy(String name, Path folder) throws IOException {
    Path target = folder.resolve(Path.of(name).getFileName());
    Files.write(target, read(name));
    return target;
  }

  /** Deletes FOLDER and everything in it; a missing folder is no error. */
  static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
