package org.scaletasks.clientgen.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns names from an OpenAPI document into legal, readable Java identifiers.
 *
 * <p>Every identifier is ASCII and built with {@link Locale#ROOT}, so the output does not depend
 * on the build machine's locale (in {@code tr_TR}, {@code "i".toUpperCase()} is not {@code "I"}).
 */
public final class JavaNames {

  static final Set<String> KEYWORDS =
      Set.of(
          "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class",
          "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
          "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
          "interface", "long", "native", "new", "package", "private", "protected", "public",
          "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
          "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false",
          "null", "var", "yield", "record", "sealed", "permits", "non-sealed", "_");

  /**
   * Type names that a model may not take, because the generated sources use them unqualified:
   * {@code java.lang} types, imported library types and the client's own supporting classes.
   */
  static final Set<String> RESERVED_TYPE_NAMES =
      Set.of(
          "Object", "String", "Boolean", "Integer", "Long", "Short", "Byte", "Double", "Float",
          "Character", "Number", "Void", "Class", "Enum", "Record", "Override", "Deprecated",
          "SuppressWarnings", "FunctionalInterface", "SafeVarargs", "Iterable", "Comparable",
          "Exception", "RuntimeException", "Error", "Throwable", "Thread", "System", "Math",
          "StringBuilder", "CharSequence", "Runnable", "Process", "Runtime", "Module",
          "List", "Map", "Set", "Objects", "Collections", "ArrayList", "LinkedHashMap",
          "LinkedHashSet", "Optional", "BigDecimal", "BigInteger", "OffsetDateTime",
          "LocalDate", "JsonProperty", "JsonCreator", "JsonValue", "JsonInclude",
          "JsonAnyGetter", "JsonAnySetter", "JsonIgnore", "JsonDeserialize", "JsonSerialize",
          "JsonPOJOBuilder", "JsonNode", "JsonAutoDetect", "TypeReference", "Builder", "Visitor",
          "Known", "Shape", "Deserializer", "Violations", "Copies", "Json", "ValidationException",
          "ApiException", "ApiStatusException", "ApiIoException", "UnreadableResponseException",
          "BadRequestException", "AuthenticationException", "PermissionDeniedException",
          "NotFoundException", "ConflictException", "UnprocessableEntityException",
          "RateLimitException", "ClientErrorException", "ServerErrorException", "ApiResponse",
          "RequestOptions", "HttpExecutor", "RetryPolicy", "HttpClient", "URI", "Duration",
          "CompletableFuture", "UUID", "Consumer", "Function", "Pattern");

  /** Member names that the generated classes declare themselves or inherit from Object. */
  static final Set<String> RESERVED_MEMBER_NAMES =
      Set.of(
          "toString", "hashCode", "equals", "getClass", "notify", "notifyAll", "wait", "clone",
          "finalize", "builder", "toBuilder", "build", "validate", "additionalProperties",
          "putAdditionalProperty", "additionalProperty", "known", "value", "isKnown", "of",
          "fromValue", "accept", "visit", "Builder");

  private JavaNames() {}

  /** Returns a PascalCase type name, for example {@code segment_annotation} to {@code SegmentAnnotation}. */
  public static String typeName(String raw) {
    String name = joinWords(words(raw), true);
    if (name.isEmpty()) {
      return "Model";
    }
    if (Character.isDigit(name.charAt(0))) {
      name = "Model" + name;
    }
    if (RESERVED_TYPE_NAMES.contains(name) || KEYWORDS.contains(name)) {
      name = name + "Model";
    }
    return name;
  }

  /** Returns a camelCase member name, for example {@code callback_url} to {@code callbackUrl}. */
  public static String memberName(String raw) {
    String name = joinWords(words(raw), false);
    if (name.isEmpty()) {
      return "value_";
    }
    if (Character.isDigit(name.charAt(0))) {
      name = "value" + name;
    }
    if (KEYWORDS.contains(name) || RESERVED_MEMBER_NAMES.contains(name)) {
      name = name + "Value";
    }
    return name;
  }

  /** Returns an UPPER_SNAKE_CASE constant name, for example {@code in-progress} to {@code IN_PROGRESS}. */
  public static String constantName(String raw) {
    String symbol = symbolName(raw);
    if (symbol != null) {
      return symbol;
    }
    List<String> words = words(raw);
    String name = String.join("_", words).toUpperCase(Locale.ROOT);
    if (name.isEmpty()) {
      return raw.isEmpty() ? "EMPTY" : "VALUE";
    }
    if (Character.isDigit(name.charAt(0))) {
      name = "VALUE_" + name;
    }
    if (KEYWORDS.contains(name.toLowerCase(Locale.ROOT)) && name.equals("_")) {
      name = "UNDERSCORE";
    }
    return name;
  }

  /** Returns the name of a getter-free accessor's builder adder, for example {@code addLabel}. */
  public static String adderName(String memberName) {
    return "add" + Character.toUpperCase(memberName.charAt(0)) + memberName.substring(1);
  }

  private static String symbolName(String raw) {
    switch (raw.trim()) {
      case "+":
        return "PLUS";
      case "-":
        return "MINUS";
      case "*":
        return "ASTERISK";
      case "/":
        return "SLASH";
      case "=":
        return "EQUALS";
      case "<":
        return "LESS_THAN";
      case ">":
        return "GREATER_THAN";
      case "<=":
        return "LESS_THAN_OR_EQUAL";
      case ">=":
        return "GREATER_THAN_OR_EQUAL";
      case "!=":
        return "NOT_EQUAL";
      default:
        return null;
    }
  }

  /**
   * Splits a name into ASCII words at non-alphanumeric characters and at lower-to-upper case
   * changes: {@code paddingX} gives {@code padding, X}; {@code HTTPServer} gives {@code HTTP,
   * Server}. Characters outside ASCII are dropped.
   */
  static List<String> words(String raw) {
    List<String> words = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      boolean letterOrDigit = c < 128 && Character.isLetterOrDigit(c);
      if (!letterOrDigit) {
        flush(words, current);
        continue;
      }
      if (current.length() > 0) {
        char previous = current.charAt(current.length() - 1);
        boolean lowerToUpper = Character.isUpperCase(c) && !Character.isUpperCase(previous);
        boolean acronymEnd =
            Character.isUpperCase(c)
                && Character.isUpperCase(previous)
                && i + 1 < raw.length()
                && raw.charAt(i + 1) < 128
                && Character.isLowerCase(raw.charAt(i + 1));
        if ((lowerToUpper && !Character.isDigit(previous)) || acronymEnd) {
          flush(words, current);
        }
      }
      current.append(c);
    }
    flush(words, current);
    return words;
  }

  private static void flush(List<String> words, StringBuilder current) {
    if (current.length() > 0) {
      words.add(current.toString());
      current.setLength(0);
    }
  }

  private static String joinWords(List<String> words, boolean capitalizeFirst) {
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      boolean allUpper = word.equals(word.toUpperCase(Locale.ROOT));
      String lower = allUpper && word.length() > 1 ? word.toLowerCase(Locale.ROOT) : word;
      if (i == 0 && !capitalizeFirst) {
        name.append(lower.substring(0, 1).toLowerCase(Locale.ROOT)).append(lower.substring(1));
      } else {
        name.append(lower.substring(0, 1).toUpperCase(Locale.ROOT)).append(lower.substring(1));
      }
    }
    return name.toString();
  }
}
