package org.scaletasks.clientgen.write;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scaletasks.clientgen.ClientGenerator;
import org.scaletasks.clientgen.spec.SpecFiles;

/**
 * The record of the last generation: a fingerprint of every input and the SHA-256 of every file
 * written. Generation is skipped when the fingerprint matches and every recorded file is still
 * there with the same content; the file list also names the files to delete when the generator
 * stops producing them.
 */
public final class GenerationState {

  private static final String FINGERPRINT = "fingerprint";
  private static final String FILE_PREFIX = "file.";
  private static final Pattern EXTERNAL_REF =
      Pattern.compile("[\"']?\\$ref[\"']?\\s*:\\s*[\"']?([^\"'#\\s}]+)");

  private final String fingerprint;
  private final Map<String, String> files;

  private GenerationState(String fingerprint, Map<String, String> files) {
    this.fingerprint = fingerprint;
    this.files = files;
  }

  /** Relative path to SHA-256 of each generated file. */
  public Map<String, String> files() {
    return files;
  }

  /** Reads the state, or returns an empty state when there is none or it cannot be read. */
  public static GenerationState read(Path stateFile) {
    if (stateFile == null || !Files.isRegularFile(stateFile)) {
      return new GenerationState("", Map.of());
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(stateFile, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      return new GenerationState("", Map.of());
    }
    Map<String, String> files = new TreeMap<>();
    for (String key : properties.stringPropertyNames()) {
      if (key.startsWith(FILE_PREFIX)) {
        files.put(key.substring(FILE_PREFIX.length()), properties.getProperty(key));
      }
    }
    return new GenerationState(properties.getProperty(FINGERPRINT, ""), files);
  }

  /** Records the files just generated, hashing them as they are now on disk. */
  public static GenerationState of(String fingerprint, Path outputFolder, Collection<String> generated)
      throws IOException {
    Map<String, String> files = new TreeMap<>();
    for (String relative : generated) {
      files.put(relative, sha256(Files.readAllBytes(outputFolder.resolve(relative))));
    }
    return new GenerationState(fingerprint, files);
  }

  /** Whether the inputs are unchanged and every generated file is still intact. */
  public boolean isCurrent(String currentFingerprint, Path outputFolder) throws IOException {
    if (!fingerprint.equals(currentFingerprint) || files.isEmpty()) {
      return false;
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = outputFolder.resolve(file.getKey());
      if (!Files.isRegularFile(path) || !sha256(Files.readAllBytes(path)).equals(file.getValue())) {
        return false;
      }
    }
    return true;
  }

  /** Writes the state atomically, so an interrupted build cannot leave half a state file. */
  public void write(Path stateFile) throws IOException {
    Files.createDirectories(stateFile.getParent());
    StringBuilder text = new StringBuilder();
    text.append(FINGERPRINT).append('=').append(fingerprint).append('\n');
    for (Map.Entry<String, String> file : files.entrySet()) {
      text.append(FILE_PREFIX).append(escapeKey(file.getKey())).append('=').append(file.getValue()).append('\n');
    }
    Path temporary = Files.createTempFile(stateFile.getParent(), ".state-", ".tmp");
    try {
      try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        writer.write(text.toString());
      }
      Files.move(temporary, stateFile, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Hashes every input of a run: the settings, the plugin version, the templates, the document
   * and each local file it references through {@code $ref}, followed transitively.
   */
  public static String fingerprint(ClientGenerator.Settings settings, Map<String, String> templates)
      throws IOException {
    MessageDigest digest = newDigest();
    update(digest, "plugin=" + settings.pluginVersion());
    update(digest, "package=" + settings.packageName());
    update(digest, "client=" + settings.clientClassName());
    update(digest, "skipUnsupportedOperations=" + settings.skipUnsupportedOperations());
    update(digest, "output=" + settings.outputFolder().toAbsolutePath().normalize());
    for (Map.Entry<String, String> template : new TreeMap<>(templates).entrySet()) {
      update(digest, "template=" + template.getKey());
      update(digest, template.getValue());
    }
    for (Path file : documentFiles(settings.spec())) {
      update(digest, "document=" + file);
      digest.update(Files.readAllBytes(file));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The document and every existing local file reachable from it through {@code $ref}. */
  static Set<Path> documentFiles(Path spec) throws IOException {
    Set<Path> seen = new LinkedHashSet<>();
    Deque<Path> pending = new ArrayDeque<>();
    pending.add(spec.toAbsolutePath().normalize());
    while (!pending.isEmpty()) {
      Path file = pending.removeFirst();
      if (!Files.isRegularFile(file) || !seen.add(file)) {
        continue;
      }
      Matcher matcher = EXTERNAL_REF.matcher(Files.readString(file, StandardCharsets.UTF_8));
      while (matcher.find()) {
        Path target = SpecFiles.resolve(file, matcher.group(1));
        if (target != null) {
          pending.add(target);
        }
      }
    }
    return seen;
  }

  private static String escapeKey(String key) {
    return key.replace("\\", "\\\\").replace("=", "\\=").replace(":", "\\:").replace(" ", "\\ ");
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }

  static String sha256(byte[] content) {
    MessageDigest digest = newDigest();
    return HexFormat.of().formatHex(digest.digest(content));
  }
}
