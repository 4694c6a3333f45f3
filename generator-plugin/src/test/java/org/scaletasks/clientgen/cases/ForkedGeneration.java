package org.scaletasks.clientgen.cases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.scaletasks.clientgen.ClientGenerator;
import org.scaletasks.clientgen.spec.SpecException;

/**
 * Runs the generator in a new JVM, so that a test can set the JVM's locale, time zone, default
 * charset, line separator and working folder, which cannot change inside a running JVM.
 */
final class ForkedGeneration {

  private ForkedGeneration() {}

  /**
   * Generates with {@code args}: spec, output folder, package name and, optionally, a template
   * folder. Exits with status 1 and the problems on standard error when the spec is invalid.
   */
  public static void main(String[] args) throws IOException {
    Path output = Path.of(args[1]);
    Path templates = args.length > 3 ? Path.of(args[3]) : null;
    try {
      new ClientGenerator()
          .generate(
              new ClientGenerator.Settings(
                  Path.of(args[0]),
                  templates,
                  output,
                  Path.of(args[1] + ".state.properties"),
                  args[2],
                  CaseHarness.CLIENT_CLASS,
                  "test",
                  true));
    } catch (SpecException e) {
      System.err.println(e.getMessage());
      System.exit(1);
    }
  }

  /**
   * Starts {@link #main} in a new JVM with the test class path and waits for it.
   *
   * @param jvmOptions system properties such as {@code -Duser.language=tr}; each is passed as one
   *     argument, so a value may contain CR LF
   * @param workingFolder the new JVM's working folder
   * @throws AssertionError if the JVM exits with a status other than 0, with its output
   */
  static void run(List<String> jvmOptions, Path workingFolder, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ForkedGeneration.class.getName());
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command).directory(workingFolder.toFile()).redirectErrorStream(true).start();
    byte[] log = process.getInputStream().readAllBytes();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("forked generation did not finish within 5 minutes: " + command);
    }
    if (process.exitValue() != 0) {
      throw new AssertionError(
          "forked generation exited with " + process.exitValue() + ":\n"
              + new String(log, StandardCharsets.UTF_8));
    }
  }
}
