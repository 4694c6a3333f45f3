package org.scaletasks.clientgen.review;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import japicmp.cmp.JApiCmpArchive;
import japicmp.cmp.JarArchiveComparator;
import japicmp.cmp.JarArchiveComparatorOptions;
import japicmp.model.AccessModifier;
import japicmp.model.JApiBehavior;
import japicmp.model.JApiChangeStatus;
import japicmp.model.JApiClass;
import japicmp.model.JApiConstructor;
import japicmp.model.JApiField;
import japicmp.model.JApiHasAccessModifier;
import japicmp.model.JApiMethod;
import japicmp.model.JApiModifier;
import japicmp.model.JApiParameter;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.scaletasks.clientgen.ClientGenerator;
import org.scaletasks.clientgen.review.ApiChange.Kind;
import org.scaletasks.clientgen.review.JavaApiChange.Element;
import org.scaletasks.clientgen.spec.SpecException;

/**
 * Generates the client of two documents, compiles each with {@code javax.tools} and compares
 * their public API with japicmp.
 */
final class JavaApiDiff {

  /**
   * The result of a comparison.
   *
   * @param changes the public API changes, sorted by type and member
   * @param problem why the comparison could not run, or null when it ran
   */
  record Result(List<JavaApiChange> changes, String problem) {

    static Result failed(String problem) {
      return new Result(List.of(), problem);
    }
  }

  private JavaApiDiff() {}

  /**
   * Compares the clients generated from {@code baseline} and {@code spec}.
   *
   * <p>NOTE: both clients are rendered with the same templates, so a change of the templates
   * alone shows no API change here.
   *
   * @param workFolder an empty folder for the generated sources, classes and jars
   */
  static Result compare(
      Path baseline, Path spec, Path templateFolder, String packageName, String clientClassName, Path workFolder)
      throws IOException {
    List<Path> classPath = jacksonClassPath();
    Path oldJar;
    Path newJar;
    try {
      oldJar = build("baseline", baseline, templateFolder, packageName, clientClassName, workFolder, classPath);
      newJar = build("new", spec, templateFolder, packageName, clientClassName, workFolder, classPath);
    } catch (BuildFailure e) {
      return Result.failed(e.getMessage());
    }

    JarArchiveComparatorOptions options = new JarArchiveComparatorOptions();
    options.setAccessModifier(AccessModifier.PUBLIC);
    options.getIgnoreMissingClasses().setIgnoreAllMissingClasses(true);
    for (Path entry : classPath) {
      options.getClassPathEntries().add(entry.toString());
    }
    List<JApiClass> classes =
        new JarArchiveComparator(options)
            .compare(new JApiCmpArchive(oldJar.toFile(), "1"), new JApiCmpArchive(newJar.toFile(), "2"));
    List<JavaApiChange> changes = new ArrayList<>();
    for (JApiClass type : classes) {
      changes.addAll(changesOf(type));
    }
    changes.sort(Comparator.comparing(JavaApiChange::type).thenComparing(JavaApiChange::signature));
    return new Result(List.copyOf(changes), null);
  }

  private static List<JavaApiChange> changesOf(JApiClass type) {
    String name = type.getFullyQualifiedName();
    List<JavaApiChange> changes = new ArrayList<>();
    if (!isPublic(type)) {
      return changes;
    }
    JApiChangeStatus status = type.getChangeStatus();
    if (status == JApiChangeStatus.NEW || status == JApiChangeStatus.REMOVED) {
      changes.add(new JavaApiChange(kind(status), Element.TYPE, name, "", type.isBinaryCompatible(), type.isSourceCompatible()));
      return changes;
    }
    if (status == JApiChangeStatus.UNCHANGED) {
      return changes;
    }
    if (!type.getCompatibilityChanges().isEmpty()) {
      String detail =
          type.getCompatibilityChanges().stream()
              .map(change -> change.getType().name().toLowerCase(Locale.ROOT))
              .collect(Collectors.joining(", "));
      changes.add(new JavaApiChange(Kind.CHANGED, Element.TYPE, name, detail, type.isBinaryCompatible(), type.isSourceCompatible()));
    }
    changes.addAll(methodChanges(type));
    for (JApiConstructor constructor : type.getConstructors()) {
      if (isPublic(constructor) && constructor.getChangeStatus() != JApiChangeStatus.UNCHANGED) {
        boolean old = constructor.getChangeStatus() == JApiChangeStatus.REMOVED;
        changes.add(member(kind(constructor.getChangeStatus()), Element.CONSTRUCTOR, name, signature(constructor, old), constructor));
      }
    }
    for (JApiField field : type.getFields()) {
      if (isPublic(field) && field.getChangeStatus() != JApiChangeStatus.UNCHANGED) {
        changes.add(new JavaApiChange(kind(field.getChangeStatus()), Element.FIELD, name, field.getName(),
            field.isBinaryCompatible(), field.isSourceCompatible()));
      }
    }
    return changes;
  }

  /** Lists the public methods added, removed or changed; builder methods count as setters. */
  private static List<JavaApiChange> methodChanges(JApiClass type) {
    String name = type.getFullyQualifiedName();
    List<JavaApiChange> changes = new ArrayList<>();
    boolean builderClass = name.endsWith("$Builder");
    List<JApiMethod> removed = new ArrayList<>();
    List<JApiMethod> added = new ArrayList<>();
    for (JApiMethod method : type.getMethods()) {
      if (!isPublic(method)) {
        continue;
      }
      if (method.getChangeStatus() == JApiChangeStatus.REMOVED) {
        removed.add(method);
      } else if (method.getChangeStatus() == JApiChangeStatus.NEW) {
        added.add(method);
      } else if (method.getChangeStatus() == JApiChangeStatus.MODIFIED) {
        changes.add(member(Kind.CHANGED, element(builderClass, method), name,
            signature(method, true) + " → " + signature(method, false), method));
      }
    }
    // japicmp lists a method whose parameter types changed as one removed and one new method of
    // the same name. A reviewer reads that as one changed method, so the pair becomes one entry.
    for (JApiMethod old : removed) {
      Optional<JApiMethod> replacement = added.stream().filter(m -> m.getName().equals(old.getName())).findFirst();
      Element element = element(builderClass, old);
      if (replacement.isPresent()) {
        added.remove(replacement.get());
        changes.add(new JavaApiChange(Kind.CHANGED, element, name,
            signature(old, true) + " → " + signature(replacement.get(), false), false, false));
      } else {
        changes.add(member(Kind.REMOVED, element, name, signature(old, true), old));
      }
    }
    for (JApiMethod method : added) {
      changes.add(member(Kind.ADDED, element(builderClass, method), name, signature(method, false), method));
    }
    return changes;
  }

  /** Classifies every method of a builder except {@code build()} as a builder setter. */
  private static Element element(boolean builderClass, JApiMethod method) {
    return builderClass && !method.getName().equals("build") ? Element.BUILDER_SETTER : Element.METHOD;
  }

  /**
   * Returns whether the element is public before or after the change. japicmp's access filter
   * decides what it compares, but it still lists private members of public classes.
   */
  private static boolean isPublic(JApiHasAccessModifier element) {
    JApiModifier<AccessModifier> access = element.getAccessModifier();
    return access.getOldModifier().filter(AccessModifier.PUBLIC::equals).isPresent()
        || access.getNewModifier().filter(AccessModifier.PUBLIC::equals).isPresent();
  }

  private static JavaApiChange member(Kind kind, Element element, String type, String signature, JApiBehavior behavior) {
    return new JavaApiChange(kind, element, type, signature, behavior.isBinaryCompatible(), behavior.isSourceCompatible());
  }

  private static Kind kind(JApiChangeStatus status) {
    return switch (status) {
      case NEW -> Kind.ADDED;
      case REMOVED -> Kind.REMOVED;
      default -> Kind.CHANGED;
    };
  }

  private static String signature(JApiBehavior behavior, boolean old) {
    String parameters =
        behavior.getParameters().stream().map(JApiParameter::getType).map(JavaApiDiff::simple).collect(Collectors.joining(", "));
    String text = behavior.getName() + "(" + parameters + ")";
    if (behavior instanceof JApiMethod method) {
      String returnType = old ? method.getReturnType().getOldReturnType() : method.getReturnType().getNewReturnType();
      text += " : " + simple(returnType);
    }
    return text;
  }

  /** Drops package names, keeping nested type names: {@code a.b.Task$Builder} to {@code Task.Builder}. */
  private static String simple(String type) {
    if (type == null) {
      return "";
    }
    return type.replaceAll("\\b[a-z][a-z0-9_]*\\.", "").replace('$', '.');
  }

  private static Path build(
      String label, Path spec, Path templateFolder, String packageName, String clientClassName, Path workFolder,
      List<Path> classPath) throws IOException, BuildFailure {
    Path folder = Files.createDirectories(workFolder.resolve(label));
    Path sources = folder.resolve("sources");
    try {
      new ClientGenerator()
          .generate(
              new ClientGenerator.Settings(
                  spec, templateFolder, sources, folder.resolve("state.properties"), packageName,
                  clientClassName, "review", true));
    } catch (SpecException | IllegalArgumentException e) {
      throw new BuildFailure("the client of the " + label + " document could not be generated: " + e.getMessage());
    }
    Path classes = Files.createDirectories(folder.resolve("classes"));
    List<String> errors = compile(sources, classes, classPath);
    if (!errors.isEmpty()) {
      throw new BuildFailure(
          "the client of the " + label + " document does not compile:\n" + String.join("\n", errors));
    }
    Path jar = folder.resolve("client.jar");
    jar(classes, jar);
    return jar;
  }

  private static List<String> compile(Path sources, Path classes, List<Path> classPath) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      return List.of("no Java compiler: run Maven on a JDK, not a JRE");
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(path -> path.toString().endsWith(".java")).sorted().toList();
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fileManager =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "--release", "17",
              "-encoding", "UTF-8",
              "-proc:none",
              "-classpath", classPath.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)),
              "-d", classes.toString());
      boolean ok =
          compiler.getTask(null, fileManager, diagnostics, options, null, fileManager.getJavaFileObjectsFromPaths(files)).call();
      List<String> errors = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
        if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
          String source = diagnostic.getSource() == null ? "" : diagnostic.getSource().getName() + ":" + diagnostic.getLineNumber() + ": ";
          errors.add(source + diagnostic.getMessage(Locale.ROOT));
        }
      }
      if (!ok && errors.isEmpty()) {
        errors.add("javac failed without reporting an error");
      }
      return errors;
    }
  }

  private static void jar(Path classes, Path jar) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(classes)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream stream = new JarOutputStream(out)) {
      for (Path file : files) {
        stream.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, stream);
        stream.closeEntry();
      }
    }
  }

  /**
   * Returns the jars of Jackson, the generated client's only dependency, as loaded by this
   * plugin. Inside Maven the system class path contains Maven's launcher, not the plugin's jars.
   */
  private static List<Path> jacksonClassPath() {
    List<Path> entries = new ArrayList<>();
    for (Class<?> type : List.of(ObjectMapper.class, JsonParser.class, JsonProperty.class)) {
      java.security.CodeSource source = type.getProtectionDomain().getCodeSource();
      if (source == null) {
        throw new IllegalStateException("cannot locate the jar of " + type.getName());
      }
      try {
        Path location = Path.of(source.getLocation().toURI());
        if (!entries.contains(location)) {
          entries.add(location);
        }
      } catch (URISyntaxException e) {
        throw new IllegalStateException("cannot locate the jar of " + type.getName(), e);
      }
    }
    return entries;
  }

  private static final class BuildFailure extends Exception {
    private static final long serialVersionUID = 1L;

    BuildFailure(String message) {
      super(message);
    }
  }
}
