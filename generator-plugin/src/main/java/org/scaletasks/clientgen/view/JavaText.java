package org.scaletasks.clientgen.view;

import java.util.ArrayList;
import java.util.List;

/**
 * Escapes text from an OpenAPI document for Java string literals and Javadoc comments.
 *
 * <p>String literals are pure ASCII: any other character becomes a {@code \}{@code uXXXX}
 * escape, so a value means the same whatever charset the compiler reads the sources with. Javadoc
 * keeps other characters as they are, so an IDE shows the text readably; the files are UTF-8.
 * Unicode line separators, control characters, comment terminators and escape sequences from the
 * document are made inert in both.
 */
public final class JavaText {

  private JavaText() {}

  /** Returns {@code value} as a Java string literal, quotes included. */
  public static String stringLiteral(String value) {
    StringBuilder literal = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> literal.append("\\\"");
        case '\\' -> literal.append("\\\\");
        case '\n' -> literal.append("\\n");
        case '\r' -> literal.append("\\r");
        case '\t' -> literal.append("\\t");
        case '\b' -> literal.append("\\b");
        case '\f' -> literal.append("\\f");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            literal.append(String.format("\\u%04x", (int) c));
          } else {
            literal.append(c);
          }
        }
      }
    }
    return literal.append('"').toString();
  }

  /**
   * Returns the lines of a Javadoc body for {@code text}: HTML-escaped, with comment terminators,
   * block tags and Unicode escapes neutralized, and blank lines turned into paragraph breaks.
   * Returns an empty list for null or blank text.
   */
  public static List<String> javadocLines(String text) {
    List<String> lines = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return lines;
    }
    String normalized =
        text.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
    List<String> paragraphs = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (String raw : normalized.strip().split("\n", -1)) {
      String line = raw.strip();
      if (line.isEmpty()) {
        if (paragraph.length() > 0) {
          paragraphs.add(paragraph.toString());
          paragraph.setLength(0);
        }
        continue;
      }
      if (paragraph.length() > 0) {
        paragraph.append(' ');
      }
      paragraph.append(line);
    }
    if (paragraph.length() > 0) {
      paragraphs.add(paragraph.toString());
    }
    for (int i = 0; i < paragraphs.size(); i++) {
      if (i > 0) {
        lines.add("");
      }
      String html = (i > 0 ? "<p>" : "") + markdownToJavadoc(paragraphs.get(i));
      lines.addAll(wrap(html, WRAP_WIDTH));
    }
    return lines;
  }

  /** Line width of Javadoc text, leaving room for the indentation and the leading {@code *}. */
  static final int WRAP_WIDTH = 88;

  /** Escapes a paragraph and turns Markdown code spans and bold text into HTML. */
  static String markdownToJavadoc(String paragraph) {
    StringBuilder out = new StringBuilder();
    int index = 0;
    while (index < paragraph.length()) {
      int open = paragraph.indexOf('`', index);
      int close = open < 0 ? -1 : paragraph.indexOf('`', open + 1);
      if (open < 0 || close < 0) {
        out.append(bold(escapeJavadoc(paragraph.substring(index))));
        break;
      }
      out.append(bold(escapeJavadoc(paragraph.substring(index, open))));
      out.append("<code>").append(escapeJavadoc(paragraph.substring(open + 1, close))).append("</code>");
      index = close + 1;
    }
    return out.toString();
  }

  private static String bold(String escaped) {
    return escaped.replaceAll("\\*\\*([^*]+)\\*\\*", "<b>$1</b>");
  }

  /** Breaks text into lines of at most {@code width} characters at spaces; long words stay whole. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** Escapes one line of text for a Javadoc comment. */
  public static String escapeJavadoc(String line) {
    StringBuilder out = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < line.length() && Character.isLowSurrogate(line.charAt(i + 1))) {
        out.append(c).append(line.charAt(i + 1));
        i++;
        continue;
      }
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '\\' -> out.append("&#92;");
        case '/' -> {
          boolean closesComment = i > 0 && line.charAt(i - 1) == '*';
          out.append(closesComment ? "&#47;" : "/");
        }
        case '{' -> out.append("&#123;");
        case '}' -> out.append("&#125;");
        default -> {
          if (c < 0x20 || (c >= 0x7f && c < 0xa0) || Character.isSurrogate(c)) {
            out.append(' ');
          } else if (c == '\u2028' || c == '\u2029' || c == '\ufeff') {
            out.append(' ');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
