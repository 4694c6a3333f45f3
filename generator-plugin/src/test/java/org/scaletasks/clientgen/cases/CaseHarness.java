package org.scaletasks.clientgen.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.scaletasks.clientgen.ClientGenerator;
import org.scaletasks.clientgen.spec.SpecException;

/**
 * Generates, compiles and loads the client of one fault-corpus case, for the case tests in this
 * package.
 *
 * <p>Each case lives in {@code src/test/resources/cases/NN-name/} with its {@code spec.yaml} and
 * an {@code expected.md} that lists numbered checks. A case test class calls {@link #generate}
 * once and has one test method per check. The client is generated in-process with {@link
 * ClientGenerator} into package {@code org.example.cases.cNN} with client class {@code
 * CaseClient}, compiled with the running JDK's {@code javac --release 17} against this module's
 * test class path (which contains jackson-databind, the client's only runtime dependency, through
 * OpenAPI Generator), and loaded in its own {@link URLClassLoader}.
 *
 * <p>MUST checks are plain assertions and fail the build. SHOULD checks record quality only: a
 * test for one calls {@link #should}, which aborts the test with the reason when the check is not
 * met, so JUnit reports it as skipped and the build stays green. Checks that need a client
 * feature the generator does not have yet are {@code @Disabled} with the reason.
 */
final class CaseHarness {

  /** The package that generated clients of case {@code NN} go to is this plus {@code cNN}. */
  static final String PACKAGE_PREFIX = "org.example.cases.";

  static final String CLIENT_CLASS = "CaseClient";

  /** Which document to generate from. */
  enum SpecVariant {
    /** The case's {@code spec.yaml} as it is. */
    ORIGINAL
  }

  private CaseHarness() {}

  /** Returns the folder of a case under {@code src/test/resources/cases}. */
  static Path caseFolder(String caseName) {
    URL url = CaseHarness.class.getResource("/cases/" + caseName + "/spec.yaml");
    if (url == null) {
      throw new IllegalArgumentException("case " + caseName + " not found under src/test/resources/cases");
    }
    try {
      return Path.of(url.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Runs the generator on a case's spec without compiling; a {@link SpecException} propagates.
   *
   * @return the output folder
   */
  static Path generateSources(String caseName, SpecVariant variant, Path workFolder)
      throws IOException, SpecException {
    return generateInto(caseName, caseFolder(caseName).resolve("spec.yaml"), workFolder);
  }

  /** Generates the client of {@code spec} into {@code workFolder/generated} and returns that folder. */
  private static Path generateInto(String caseName, Path spec, Path workFolder)
      throws IOException, SpecException {
    Path output = workFolder.resolve("generated");
    new ClientGenerator()
        .generate(
            new ClientGenerator.Settings(
                spec,
                null,
                output,
                workFolder.resolve("state.properties"),
                packageName(caseName),
                CLIENT_CLASS,
                "test",
                true));
    return output;
  }

  /**
   * Generates and compiles a case's client. Compiler errors do not throw here: the case's compile
   * test asserts {@link GeneratedClient#compileErrors()}, and every other use of the classes fails
   * with those errors.
   */
  static GeneratedClient generate(String caseName, SpecVariant variant, Path workFolder)
      throws IOException, SpecException {
    return compiled(caseName, generateSources(caseName, variant, workFolder), workFolder);
  }

  /**
   * Copies the whole case folder to {@code workFolder/spec}, removes every {@code parameters} list
   * from each YAML file, so that relative {@code $ref}s between the files still resolve, then
   * generates from {@code entry} and compiles.
   */
  static GeneratedClient generateFromFolderCopy(String caseName, String entry, Path workFolder)
      throws IOException, SpecException {
    Path copy = copyWithoutParameters(caseName, workFolder.resolve("spec"));
    return generateAndCompile(caseName, copy.resolve(entry), workFolder);
  }

  /** Generates and compiles a case from its own folder, entry document {@code entry}. */
  static GeneratedClient generateFromFolder(String caseName, String entry, Path workFolder)
      throws IOException, SpecException {
    return generateAndCompile(caseName, caseFolder(caseName).resolve(entry), workFolder);
  }

  private static GeneratedClient generateAndCompile(String caseName, Path spec, Path workFolder)
      throws IOException, SpecException {
    return compiled(caseName, generateInto(caseName, spec, workFolder), workFolder);
  }

  /** Compiles generated sources into {@code workFolder/classes} and loads them. */
  private static GeneratedClient compiled(String caseName, Path sources, Path workFolder) throws IOException {
    Path classes = Files.createDirectories(workFolder.resolve("classes"));
    List<String> errors = compile(sources, classes);
    URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, CaseHarness.class.getClassLoader());
    return new GeneratedClient(caseName, packageName(caseName), sources, errors, loader);
  }

  /** Copies a case folder, without parameters lists and path templates, and returns the copy. */
  static Path copyWithoutParameters(String caseName, Path target) throws IOException {
    Path source = caseFolder(caseName);
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        Path destination = target.resolve(source.relativize(file).toString());
        Files.createDirectories(destination.getParent());
        if (!file.toString().endsWith(".yaml")) {
          Files.copy(file, destination);
          continue;
        }
        JsonNode root = yaml.readTree(file.toFile());
        removeParameterLists(root);
        if (root.get("paths") instanceof ObjectNode paths) {
          ObjectNode renamed = paths.objectNode();
          for (String path : fieldNames(paths)) {
            renamed.set(path.replaceAll("\\{([^}]*)\\}", "$1"), paths.get(path));
          }
          ((ObjectNode) root).set("paths", renamed);
        }
        yaml.writeValue(destination.toFile(), root);
      }
    }
    return target;
  }

  private static void removeParameterLists(JsonNode node) {
    if (node instanceof ObjectNode object) {
      if (object.path("parameters").isArray()) {
        object.remove("parameters");
      }
    }
    for (JsonNode child : node) {
      removeParameterLists(child);
    }
  }

  static String packageName(String caseName) {
    return PACKAGE_PREFIX + "c" + caseName.substring(0, 2);
  }

  /**
   * Compiles every {@code .java} file under {@code sources} into {@code classes}.
   *
   * @return the error diagnostics, one line each; empty when compilation succeeds
   */
  static List<String> compile(Path sources, Path classes) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    assertThat(compiler).as("a JDK compiler (tests must run on a JDK, not a JRE)").isNotNull();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "--release", "17",
              "-parameters",
              "-encoding", "UTF-8",
              "-classpath", System.getProperty("java.class.path"),
              "-d", classes.toString());
      Boolean ok =
          compiler
              .getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(javaFiles(sources)))
              .call();
      List<String> errors = errorLines(diagnostics);
      if (!ok && errors.isEmpty()) {
        errors.add("javac failed without reporting an error");
      }
      return errors;
    }
  }

  /**
   * Runs {@code javadoc --release 17 -Xdoclint:all,-missing} over {@code sources}.
   *
   * @return the error diagnostics, one line each; empty when javadoc succeeds
   */
  static List<String> javadoc(Path sources, Path htmlFolder) throws IOException {
    DocumentationTool tool = ToolProvider.getSystemDocumentationTool();
    assertThat(tool).as("the JDK documentation tool").isNotNull();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        tool.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "--release", "17",
              "-Xdoclint:all,-missing",
              "-quiet",
              "-encoding", "UTF-8",
              "-classpath", System.getProperty("java.class.path"),
              "-d", htmlFolder.toString());
      Boolean ok =
          tool.getTask(null, files, diagnostics, null, options, files.getJavaFileObjectsFromPaths(javaFiles(sources)))
              .call();
      List<String> errors = errorLines(diagnostics);
      if (!ok && errors.isEmpty()) {
        errors.add("javadoc failed without reporting an error");
      }
      return errors;
    }
  }

  private static List<String> errorLines(DiagnosticCollector<JavaFileObject> diagnostics) {
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
        String file = diagnostic.getSource() == null ? "" : diagnostic.getSource().getName();
        errors.add(file + ":" + diagnostic.getLineNumber() + ": " + diagnostic.getMessage(Locale.ROOT));
      }
    }
    return errors;
  }

  static List<Path> javaFiles(Path sources) throws IOException {
    try (Stream<Path> walk = Files.walk(sources)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  /**
   * Aborts the current test with {@code reason} when a SHOULD check is not met, so that it is
   * reported as skipped instead of failing the build.
   */
  static void should(boolean met, String reason) {
    if (!met) {
      System.out.println("SHOULD check not met: " + reason);
      Assumptions.abort("SHOULD check not met: " + reason);
    }
  }

  /** The compiled, loaded client of one case and helpers to use it through reflection. */
  static final class GeneratedClient {

    private final String caseName;
    private final String packageName;
    private final Path sources;
    private final List<String> compileErrors;
    private final URLClassLoader loader;
    private ObjectMapper mapper;

    private GeneratedClient(
        String caseName, String packageName, Path sources, List<String> compileErrors, URLClassLoader loader) {
      this.caseName = caseName;
      this.packageName = packageName;
      this.sources = sources;
      this.compileErrors = List.copyOf(compileErrors);
      this.loader = loader;
    }

    /** The javac errors of the generated sources, one line each; empty when they compile. */
    List<String> compileErrors() {
      return compileErrors;
    }

    String packageName() {
      return packageName;
    }

    Path sourceFolder() {
      return sources;
    }

    /** Returns the text of a generated file, by path relative to the client's package folder. */
    String source(String relativePath) {
      Path file = sources.resolve(packageName.replace('.', '/')).resolve(relativePath);
      try {
        return Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read generated file " + file, e);
      }
    }

    /** Returns every generated file's text, keyed by path relative to the output folder. */
    Map<String, String> allSources() throws IOException {
      Map<String, String> texts = new TreeMap<>();
      for (Path file : javaFiles(sources)) {
        texts.put(sources.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
      }
      return texts;
    }

    Class<?> load(String className) {
      if (!compileErrors.isEmpty()) {
        fail("generated sources of case " + caseName + " do not compile:\n" + String.join("\n", compileErrors));
      }
      try {
        return Class.forName(className, true, loader);
      } catch (ClassNotFoundException e) {
        throw new AssertionError("generated class " + className + " not found", e);
      }
    }

    /** Returns a model, enumeration or union class by simple name. */
    Class<?> model(String simpleName) {
      return load(packageName + ".model." + simpleName);
    }

    /** The client's own configured mapper, {@code <package>.core.Json.mapper()}. */
    ObjectMapper mapper() {
      if (mapper == null) {
        mapper = (ObjectMapper) invokeStatic(load(packageName + ".core.Json"), "mapper");
      }
      return mapper;
    }

    Object read(String json, Class<?> type) throws IOException {
      return mapper().readValue(json, type);
    }

    Object read(String json, JavaType type) throws IOException {
      return mapper().readValue(json, type);
    }

    String write(Object value) throws IOException {
      return mapper().writeValueAsString(value);
    }

    JsonNode tree(String json) throws IOException {
      return mapper().readTree(json);
    }

    /** Reads {@code json} as {@code type}, writes it back and returns both as trees. */
    JsonNode roundTrip(String json, Class<?> type) throws IOException {
      return mapper().readTree(write(read(json, type)));
    }

    /** Jackson's serialization properties of {@code type}, keyed by JSON name. */
    Map<String, BeanPropertyDefinition> properties(Class<?> type) {
      Map<String, BeanPropertyDefinition> properties = new LinkedHashMap<>();
      for (BeanPropertyDefinition property :
          mapper().getSerializationConfig().introspect(mapper().constructType(type)).findProperties()) {
        properties.put(property.getName(), property);
      }
      return properties;
    }

    /** Jackson's deserialization properties of {@code type}, from its builder, keyed by JSON name. */
    Map<String, BeanPropertyDefinition> builderProperties(Class<?> type) {
      Map<String, BeanPropertyDefinition> properties = new LinkedHashMap<>();
      JavaType javaType = mapper().constructType(type);
      var config = mapper().getDeserializationConfig();
      var description = config.introspectForBuilder(mapper().constructType(builderClass(type)), config.introspect(javaType));
      for (BeanPropertyDefinition property : description.findProperties()) {
        properties.put(property.getName(), property);
      }
      return properties;
    }

    /** The Java accessor name of the property with JSON name {@code jsonName}. */
    String accessorName(Class<?> type, String jsonName) {
      BeanPropertyDefinition property = properties(type).get(jsonName);
      assertThat(property).as("property %s of %s", jsonName, type.getSimpleName()).isNotNull();
      return property.getGetter().getName();
    }

    /** Reads the property with JSON name {@code jsonName} through its accessor. */
    Object get(Object model, String jsonName) {
      return invoke(model, accessorName(model.getClass(), jsonName));
    }

    /**
     * Builds a model with {@code X.builder()}, one builder call per entry and {@code build()}.
     * Keys are JSON names; each maps to the builder method named like the property's accessor.
     */
    Object build(Class<?> type, Map<String, ?> values) {
      Object builder = invokeStatic(type, "builder");
      for (Map.Entry<String, ?> entry : values.entrySet()) {
        set(builder, type, entry.getKey(), entry.getValue());
      }
      return invoke(builder, "build");
    }

    /** Calls the builder method of the property with JSON name {@code jsonName}. */
    void set(Object builder, Class<?> type, String jsonName, Object value) {
      String name = accessorName(type, jsonName);
      Class<?> parameterType = method(type, name).getReturnType();
      try {
        builder.getClass().getMethod(name, parameterType).invoke(builder, value);
      } catch (NoSuchMethodException | IllegalAccessException e) {
        throw new AssertionError("builder of " + type.getSimpleName() + " has no method " + name, e);
      } catch (InvocationTargetException e) {
        throw rethrow(e);
      }
    }

    Class<?> builderClass(Class<?> type) {
      return load(type.getName() + "$Builder");
    }

    /** Returns the constant of an open enumeration for {@code value}, through {@code of}. */
    Object enumOf(Class<?> enumType, Object value) {
      for (Method method : enumType.getMethods()) {
        if (method.getName().equals("of") && method.getParameterCount() == 1) {
          try {
            return method.invoke(null, value);
          } catch (IllegalAccessException e) {
            throw new AssertionError(e);
          } catch (InvocationTargetException e) {
            throw rethrow(e);
          }
        }
      }
      throw new AssertionError(enumType.getSimpleName() + " has no of(...) factory");
    }

    /** Creates a union through its static factory whose parameter type accepts {@code value}. */
    Object unionOf(Class<?> unionType, Object value) {
      for (Method method : unionType.getMethods()) {
        boolean factory =
            java.lang.reflect.Modifier.isStatic(method.getModifiers())
                && method.getName().startsWith("of")
                && method.getParameterCount() == 1
                && method.getReturnType() == unionType;
        if (factory && method.getParameterTypes()[0].isInstance(value)) {
          try {
            return method.invoke(null, value);
          } catch (IllegalAccessException e) {
            throw new AssertionError(e);
          } catch (InvocationTargetException e) {
            throw rethrow(e);
          }
        }
      }
      throw new AssertionError(unionType.getSimpleName() + " has no factory for " + value.getClass().getName());
    }

    /** Every compiled class of the client, nested classes included, anonymous ones left out. */
    List<Class<?>> allClasses() throws IOException {
      Path classes = sources.getParent().resolve("classes");
      List<Class<?>> all = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(classes)) {
        for (Path file : walk.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
          String name = classes.relativize(file).toString().replace('\\', '/').replace('/', '.');
          name = name.substring(0, name.length() - ".class".length());
          Class<?> type = load(name);
          if (!type.isAnonymousClass() && !type.isSynthetic()) {
            all.add(type);
          }
        }
      }
      return all;
    }

    /** Returns a client whose requests go to {@code baseUrl}. */
    Object client(String baseUrl) {
      Object builder = invokeStatic(load(packageName + "." + CLIENT_CLASS), "builder");
      invoke(builder, "baseUrl", baseUrl);
      invoke(builder, "apiKey", "test-key");
      return invoke(builder, "build");
    }

    /**
     * Builds the optional-parameters object {@code className} of the client package with {@code
     * X.builder()}, one builder call per entry (keyed by Java name) and {@code build()}.
     */
    Object params(String className, Map<String, ?> values) {
      Object builder = invokeStatic(load(packageName + "." + className), "builder");
      for (Map.Entry<String, ?> entry : values.entrySet()) {
        invoke(builder, entry.getKey(), entry.getValue());
      }
      return invoke(builder, "build");
    }

    /** Calls the public method {@code name} whose parameter count matches {@code arguments}. */
    static Object invoke(Object target, String name, Object... arguments) {
      for (Method method : target.getClass().getMethods()) {
        if (method.getName().equals(name) && method.getParameterCount() == arguments.length) {
          try {
            return method.invoke(target, arguments);
          } catch (IllegalAccessException e) {
            throw new AssertionError(e);
          } catch (InvocationTargetException e) {
            throw rethrow(e);
          }
        }
      }
      throw new AssertionError(target.getClass().getName() + " has no public method " + name + " with " + arguments.length + " parameters");
    }

    static Object invokeStatic(Class<?> type, String name) {
      try {
        return type.getMethod(name).invoke(null);
      } catch (NoSuchMethodException | IllegalAccessException e) {
        throw new AssertionError(type.getName() + " has no public static " + name + "()", e);
      } catch (InvocationTargetException e) {
        throw rethrow(e);
      }
    }

    static Method method(Class<?> type, String name) {
      for (Method method : type.getMethods()) {
        if (method.getName().equals(name) && method.getParameterCount() == 0) {
          return method;
        }
      }
      throw new AssertionError(type.getName() + " has no accessor " + name + "()");
    }

    private static RuntimeException rethrow(InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        return runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      return new IllegalStateException(cause);
    }
  }

  private static final ObjectMapper STRICT_JSON =
      com.fasterxml.jackson.databind.json.JsonMapper.builder()
          .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  /** Parses JSON text, rejecting duplicate keys and keeping every number's exact digits. */
  static JsonNode parseStrict(String json) {
    try {
      return STRICT_JSON.readTree(json);
    } catch (IOException e) {
      throw new AssertionError("invalid JSON: " + json, e);
    }
  }

  /**
   * Asserts that two JSON texts are equal as parsed trees: object members in any order, numbers
   * by mathematical value, {@code null} and an absent member as different things.
   */
  static void assertJsonEquals(String expected, String actual) {
    JsonNode expectedTree = parseStrict(expected);
    JsonNode actualTree = parseStrict(actual);
    boolean equal =
        expectedTree.equals(
            (a, b) -> {
              if (a.isNumber() && b.isNumber()) {
                return a.decimalValue().compareTo(b.decimalValue());
              }
              return a.equals(b) ? 0 : 1;
            },
            actualTree);
    assertThat(equal).as("JSON %s equals %s", actual, expected).isTrue();
  }

  /**
   * Splits a raw query string on {@code &} and form-decodes each name and value, in order.
   * Returns an empty list for a null or empty query.
   */
  static List<Map.Entry<String, String>> formDecodedQuery(String rawQuery) {
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return pairs;
    }
    for (String pair : rawQuery.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      pairs.add(Map.entry(
          java.net.URLDecoder.decode(name, StandardCharsets.UTF_8),
          java.net.URLDecoder.decode(value, StandardCharsets.UTF_8)));
    }
    return pairs;
  }

  /** Names of the fields of an object node, in document order. */
  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}
