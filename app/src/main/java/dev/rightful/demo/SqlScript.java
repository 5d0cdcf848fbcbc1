package dev.rightful.demo;

import dev.rightful.demo.DemoDatabase.Dialect;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A SQL script file split into statements, each with the line it starts on. Immutable.
 *
 * <p>A statement ends at a semicolon that stands outside any string literal, quoted identifier or
 * comment, as the dialect's own lexer would see it. Comments before a statement are dropped;
 * comments inside it are kept, and MariaDB's executable comments ({@code /*!...}) count as code.
 */
record SqlScript(Path file, List<Statement> statements) {

  /*
   * Implementation notes. The scanner knows the quoting rules of the three dialects, because a
   * rule missed on one side shifts every later split:
   *   'text' with '' doubling everywhere; MariaDB (by default) also escapes with a backslash,
   *     PostgreSQL only in E'text' strings.
   *   "name" and, on MariaDB, `name` with doubling; MariaDB's "..." may be a string, so it takes
   *     backslash escapes there too.
   *   $$text$$ (H2 and PostgreSQL) and $tag$text$tag$ (PostgreSQL), opened only where an
   *     identifier cannot go on (PostgreSQL identifiers may contain $).
   *   -- comments (on MariaDB only when followed by a space or control character, as there --1
   *     is minus minus one), # comments on MariaDB, and block comments, which nest on PostgreSQL
   *     and which MariaDB executes when they open with /*! or /*M!.
   * An unterminated literal or comment is an error naming its line rather than one long statement.
   */

  /** One statement without its closing semicolon, and the 1-based line of its first character. */
  record Statement(String sql, int line) {}

  SqlScript {
    statements = List.copyOf(statements);
  }

  /** Reads a UTF-8 script file; a syntax problem is reported with the file name and line. */
  static SqlScript read(Path file, Dialect dialect) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DemoDatabaseException("cannot read " + file + ": " + e.getMessage(), e);
    }
    try {
      return new SqlScript(file, split(text, dialect));
    } catch (IllegalArgumentException e) {
      throw new DemoDatabaseException(file + ":" + e.getMessage(), e);
    }
  }

  /**
   * Splits a script into statements.
   *
   * @throws IllegalArgumentException for an unterminated literal or comment; the message starts
   *     with its line number and a colon
   */
  static List<Statement> split(String script, Dialect dialect) {
    return new Scanner(script.startsWith("\uFEFF") ? script.substring(1) : script, dialect).split();
  }

  /** One pass over one script; not reusable. */
  private static final class Scanner {
    private final String text;
    private final boolean mariadb;
    private final boolean postgresql;
    private final List<Statement> statements = new ArrayList<>();
    private int position;
    private int line = 1;
    private int lineCountedTo;

    Scanner(String text, Dialect dialect) {
      this.text = text;
      this.mariadb = dialect == Dialect.MARIADB;
      this.postgresql = dialect == Dialect.POSTGRESQL;
    }

    List<Statement> split() {
      int start = -1;
      while (position < text.length()) {
        char c = text.charAt(position);
        if (isLineCommentStart(c)) {
          skipLineComment();
        } else if (c == '/' && peek(1) == '*') {
          if (start < 0 && isExecutableComment()) {
            start = position;
          }
          skipBlockComment();
        } else if (Character.isWhitespace(c)) {
          position++;
        } else if (c == ';') {
          if (start >= 0) {
            add(start, position);
            start = -1;
          }
          position++;
        } else {
          if (start < 0) {
            start = position;
          }
          skipToken(c);
        }
      }
      if (start >= 0) {
        add(start, text.length());
      }
      return statements;
    }

    private void add(int start, int end) {
      statements.add(new Statement(text.substring(start, end).strip(), lineAt(start)));
    }

    /** Moves past one piece of code: a quoted literal, or a single character. */
    private void skipToken(char c) {
      if (c == '\'') {
        skipQuoted('\'', mariadb || isEscapeStringPrefix());
      } else if (c == '"') {
        skipQuoted('"', mariadb);
      } else if (c == '`' && mariadb) {
        skipQuoted('`', false);
      } else if (c == '$' && !mariadb && !continuesIdentifier()) {
        skipDollarQuoted();
      } else {
        position++;
      }
    }

    private boolean isLineCommentStart(char c) {
      if (c == '#') {
        return mariadb;
      }
      if (c != '-' || peek(1) != '-') {
        return false;
      }
      int after = peek(2);
      return !mariadb || after < 0 || after <= ' ';
    }

    private void skipQuoted(char quote, boolean backslashEscapes) {
      int opened = position++;
      while (position < text.length()) {
        char c = text.charAt(position);
        if (backslashEscapes && c == '\\') {
          position += 2;
        } else if (c == quote && peek(1) == quote) {
          position += 2;
        } else if (c == quote) {
          position++;
          return;
        } else {
          position++;
        }
      }
      throw unterminated(opened, quote == '\'' ? "string literal" : "quoted identifier");
    }

    /** PostgreSQL's E'...' takes backslash escapes; the E must not end a longer identifier. */
    private boolean isEscapeStringPrefix() {
      if (!postgresql || position == 0) {
        return false;
      }
      char before = text.charAt(position - 1);
      return (before == 'E' || before == 'e')
          && (position == 1 || !isIdentifierPart(text.charAt(position - 2)));
    }

    private boolean continuesIdentifier() {
      return position > 0 && isIdentifierPart(text.charAt(position - 1));
    }

    private void skipDollarQuoted() {
      int tagEnd = position + 1;
      if (postgresql) {
        while (tagEnd < text.length()
            && isIdentifierPart(text.charAt(tagEnd))
            && text.charAt(tagEnd) != '$'
            && !(tagEnd == position + 1 && Character.isDigit(text.charAt(tagEnd)))) {
          tagEnd++;
        }
      }
      if (tagEnd >= text.length() || text.charAt(tagEnd) != '$') {
        position++; // a lone $ (a parameter such as $1, or part of an operator): plain code
        return;
      }
      String delimiter = text.substring(position, tagEnd + 1);
      int opened = position;
      int close = text.indexOf(delimiter, tagEnd + 1);
      if (close < 0) {
        throw unterminated(opened, "dollar-quoted string");
      }
      position = close + delimiter.length();
    }

    private void skipBlockComment() {
      int opened = position;
      int depth = 0;
      while (position < text.length()) {
        if (text.startsWith("/*", position)) {
          depth = postgresql ? depth + 1 : 1;
          position += 2;
        } else if (text.startsWith("*/", position)) {
          position += 2;
          if (--depth == 0) {
            return;
          }
        } else {
          position++;
        }
      }
      throw unterminated(opened, "block comment");
    }

    private void skipLineComment() {
      int newline = text.indexOf('\n', position);
      position = newline < 0 ? text.length() : newline;
    }

    /** MariaDB runs the body of {@code /*!} and {@code /*M!} comments: they are code. */
    private boolean isExecutableComment() {
      return mariadb && (text.startsWith("/*!", position) || text.startsWith("/*M!", position));
    }

    private int peek(int ahead) {
      int index = position + ahead;
      return index < text.length() ? text.charAt(index) : -1;
    }

    /** Line counting only moves forward: statements and errors are reported in text order. */
    private int lineAt(int index) {
      for (int i = lineCountedTo; i < index; i++) {
        if (text.charAt(i) == '\n') {
          line++;
        }
      }
      lineCountedTo = Math.max(lineCountedTo, index);
      return line;
    }

    private IllegalArgumentException unterminated(int opened, String what) {
      return new IllegalArgumentException(lineAt(opened) + ": unterminated " + what);
    }

    private static boolean isIdentifierPart(char c) {
      return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
  }
}
