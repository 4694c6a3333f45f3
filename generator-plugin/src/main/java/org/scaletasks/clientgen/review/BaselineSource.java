package org.scaletasks.clientgen.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Fetches the baseline document: a file as it is, or the spec's own path at a git revision. */
final class BaselineSource {

  private static final long GIT_TIMEOUT_SECONDS = 60;

  private BaselineSource() {}

  /**
   * Writes the content of {@code spec} at git revision {@code revision} to {@code target}.
   *
   * <p>Runs {@code git show REV:./NAME} in the spec's folder, so the path is resolved relative to
   * that folder inside whatever repository contains it.
   *
   * @throws ReviewException if git is not installed, the folder is not in a git work tree, or the
   *     revision or the file at that revision does not exist
   */
  static Path fromGit(Path spec, String revision, Path target) throws ReviewException, IOException {
    return fromGit("git", spec, revision, target);
  }

  /** Same as {@link #fromGit(Path, String, Path)} with another git executable, for tests. */
  static Path fromGit(String git, Path spec, String revision, Path target) throws ReviewException, IOException {
    Path folder = spec.toAbsolutePath().normalize().getParent();
    String object = revision + ":./" + spec.getFileName();
    ProcessBuilder builder = new ProcessBuilder(List.of(git, "show", object)).directory(folder.toFile());

    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new ReviewException(
          "Failed to run git to read the baseline " + object + ": " + e.getMessage()
              + ". Install git and put it on PATH, or set clientgen.baseline to a file instead.",
          e);
    }
    process.getOutputStream().close();
    CompletableFuture<byte[]> content = readAsync(process.getInputStream());
    CompletableFuture<byte[]> errors = readAsync(process.getErrorStream());

    boolean finished;
    try {
      finished = process.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new ReviewException("Interrupted while reading the baseline with git show " + object, e);
    }
    if (!finished) {
      process.destroyForcibly();
      throw new ReviewException(
          "git show " + object + " timed out after " + GIT_TIMEOUT_SECONDS + " s in " + folder);
    }

    if (process.exitValue() != 0) {
      String message = new String(errors.join(), StandardCharsets.UTF_8).trim();
      throw new ReviewException(
          "git show " + object + " failed in " + folder + " (exit code " + process.exitValue()
              + "): " + message + ". Check that the revision exists (in CI, check out the full"
              + " history, for example with fetch-depth: 0) and that the spec existed at that"
              + " revision, or set clientgen.baseline to a file instead.");
    }

    Files.createDirectories(target.getParent());
    Files.write(target, content.join());
    return target;
  }

  private static CompletableFuture<byte[]> readAsync(InputStream stream) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (stream) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            stream.transferTo(buffer);
            return buffer.toByteArray();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
