package org.scaletasks.client.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Node.js tools of {@code spec/} (Spectral and Prism), installing them from {@code
 * spec/package-lock.json} into {@code spec/node_modules} when needed.
 */
public final class NodeTooling {

  /** The folder of the OpenAPI document and its {@code package.json}. */
  public static final Path SPEC_DIR = Path.of("..", "spec");

  private static final String NODE_MISSING =
      "Node.js 20 and npm are needed for the spec checks: install them (https://nodejs.org) and put"
          + " node and npm on PATH";
  private static final int NPM_CI_TIMEOUT_MINUTES = 5;

  /** Output of a finished process. */
  public record Result(int exitCode, String stdout, String stderr) {}

  private NodeTooling() {}

  /**
   * Installs the tools when needed and returns the path of {@code node}.
   *
   * @throws AssertionError when node or npm is not on PATH, or the installation fails
   */
  public static synchronized String installed() throws Exception {
    String node = executable("node");
    String npm = executable("npm");
    if (node == null || npm == null) {
      fail(NODE_MISSING);
    }
    installWhenNeeded(npm);
    return node;
  }

  /** Runs {@code npm ci} when Spectral is absent or the lock file is newer than the install. */
  private static void installWhenNeeded(String npm) throws Exception {
    Path spectral = SPEC_DIR.resolve("node_modules/.bin/spectral");
    Path installedLock = SPEC_DIR.resolve("node_modules/.package-lock.json");
    Path lock = SPEC_DIR.resolve("package-lock.json");
    boolean needed =
        !Files.exists(spectral)
            || !Files.exists(installedLock)
            || Files.getLastModifiedTime(lock).compareTo(Files.getLastModifiedTime(installedLock)) > 0;
    if (!needed) {
      return;
    }
    long start = System.nanoTime();
    Result install =
        run(List.of(npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund"), NPM_CI_TIMEOUT_MINUTES);
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
    assertThat(install.exitCode())
        .as("exit code of npm ci in spec/: %s%s", install.stdout(), install.stderr())
        .isZero();
    System.out.println("npm ci in spec/ took " + seconds + " s");
  }

  /** Runs a command in {@code spec/}, failing the test when it does not end within the timeout. */
  public static Result run(List<String> command, int timeoutMinutes) throws Exception {
    Path stdout = Files.createTempFile("spec-check", ".out");
    Path stderr = Files.createTempFile("spec-check", ".err");
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(SPEC_DIR.toFile())
              .redirectOutput(stdout.toFile())
              .redirectError(stderr.toFile())
              .start();
      if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
        process.destroyForcibly().waitFor();
        fail(String.join(" ", command) + " timed out after " + timeoutMinutes + " minutes in spec/");
      }
      return new Result(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
    } finally {
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
    }
  }

  /** Returns the path of an executable found on PATH, or null. */
  public static String executable(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    boolean windows = System.getProperty("os.name").startsWith("Windows");
    List<String> candidates = windows ? List.of(name + ".cmd", name + ".exe") : List.of(name);
    for (String directory : path.split(File.pathSeparator)) {
      for (String candidate : candidates) {
        Path file = Path.of(directory, candidate);
        if (Files.isRegularFile(file) && Files.isExecutable(file)) {
          return file.toString();
        }
      }
    }
    return null;
  }

}
