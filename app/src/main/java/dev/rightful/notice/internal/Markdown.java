package dev.rightful.notice.internal;

import dev.rightful.notice.NoticeSection;
import java.util.List;
import java.util.Locale;

/**
 * Writes CommonMark with GitHub tables, escaping every value from the data map so that it reads as
 * text: no markup, links or raw HTML can come from a map string. Not thread-safe; one per render.
 */
public final class Markdown {
  private static final String INLINE_SPECIAL = "\\`*_[]<>&|~#";

  private final StringBuilder out = new StringBuilder();

  /** A value as literal text on one line: markup characters backslash-escaped. */
  public static String text(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\n' || c == '\r') {
        escaped.append(' ');
      } else {
        if (INLINE_SPECIAL.indexOf(c) >= 0) {
          escaped.append('\\');
        }
        escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** Escapes a leading "-", "+", "=" or "1." that would turn a block into a list or heading. */
  private static String blockStart(String markdown) {
    if (markdown.isEmpty()) {
      return markdown;
    }
    char first = markdown.charAt(0);
    if (first == '-' || first == '+' || first == '=') {
      return "\\" + markdown;
    }
    int digits = 0;
    while (digits < markdown.length() && Character.isDigit(markdown.charAt(digits))) {
      digits++;
    }
    if (digits > 0 && digits < markdown.length() && ".)".indexOf(markdown.charAt(digits)) >= 0) {
      return markdown.substring(0, digits) + "\\" + markdown.substring(digits);
    }
    return markdown;
  }

  /** A link with escaped text; the destination is wrapped in angle brackets. */
  public static String link(String text, String href) {
    return "[" + text(text) + "](<" + href.replace("<", "%3C").replace(">", "%3E") + ">)";
  }

  /** Prose as Markdown: every word escaped, links and dates written out. */
  public static String prose(Prose prose) {
    StringBuilder out = new StringBuilder();
    for (Prose.Run run : prose.runs()) {
      if (run instanceof Prose.Words words) {
        out.append(text(words.text()));
      } else if (run instanceof Prose.Link to) {
        out.append(link(to.text(), to.href()));
      } else if (run instanceof Prose.SectionLink to) {
        out.append(sectionLink(to.section()));
      } else if (run instanceof Prose.Date date) {
        out.append(Format.date(date.date()));
      }
    }
    return out.toString();
  }

  /** A link to a section heading, by the anchor GitHub derives from its title. */
  private static String sectionLink(NoticeSection section) {
    String slug =
        section.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").replace(' ', '-');
    return "[" + section.title() + "](#" + slug + ")";
  }

  public Markdown heading(int level, String title) {
    out.append("#".repeat(level)).append(' ').append(title).append("\n\n");
    return this;
  }

  /** A paragraph of already-escaped Markdown; the template's own words and escaped values. */
  public Markdown paragraph(String markdown) {
    out.append(blockStart(markdown)).append("\n\n");
    return this;
  }

  /** A bulleted list of already-escaped items. */
  public Markdown list(List<String> items) {
    items.forEach(item -> out.append("- ").append(blockStart(item)).append('\n'));
    out.append('\n');
    return this;
  }

  /** A table whose caption is printed in bold above it; cells are already escaped. */
  public Markdown table(String caption, List<String> header, List<List<String>> rows) {
    out.append("**").append(caption).append("**\n\n");
    row(header);
    out.append('|');
    header.forEach(h -> out.append(" --- |"));
    out.append('\n');
    rows.forEach(this::row);
    out.append('\n');
    return this;
  }

  private void row(List<String> cells) {
    out.append('|');
    cells.forEach(cell -> out.append(' ').append(cell).append(" |"));
    out.append('\n');
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
