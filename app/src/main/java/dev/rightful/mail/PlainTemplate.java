package dev.rightful.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain-text mail template read from the classpath: a first line {@code Subject: …}, a blank
 * line, then the body. Immutable and thread-safe.
 *
 * <p>The syntax is deliberately tiny: {@code {{name}}} inserts a value; {@code {{#name}}…{{/name}}}
 * keeps its content only when the value is not blank (on lines of their own, the tag lines vanish
 * too). Sections do not nest. Values are inserted as they are, once: plain text needs no escaping,
 * and a value containing {@code {{x}}} is not expanded again. A placeholder without a value is an
 * error, so a typo in a template fails its test instead of reaching a consumer.
 */
final class PlainTemplate {
  private static final Pattern BLOCK_SECTION =
      Pattern.compile("(?ms)^\\{\\{#(\\w+)}}\\n(.*?)^\\{\\{/\\1}}\\n");
  private static final Pattern INLINE_SECTION =
      Pattern.compile("(?s)\\{\\{#(\\w+)}}(.*?)\\{\\{/\\1}}");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");
  private static final String SUBJECT = "Subject: ";

  private final String name;
  private final String subject;
  private final String body;

  private PlainTemplate(String name, String subject, String body) {
    this.name = name;
    this.subject = subject;
    this.body = body;
  }

  /** Reads {@code resource} from the classpath; fails when it is missing or has no subject line. */
  static PlainTemplate load(String resource) {
    String text;
    try (InputStream in = PlainTemplate.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("mail template not found: " + resource);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int end = text.indexOf("\n\n");
    if (!text.startsWith(SUBJECT) || end < 0) {
      throw new IllegalStateException(resource + ": starts with 'Subject: …' and a blank line");
    }
    return new PlainTemplate(
        resource, text.substring(SUBJECT.length(), end), text.substring(end + 2));
  }

  /** The subject with {@code values} inserted, on one line. */
  String subject(Map<String, String> values) {
    return render(subject, values).replaceAll("\\s+", " ").strip();
  }

  /** The body with {@code values} inserted. */
  String body(Map<String, String> values) {
    return render(body, values);
  }

  private String render(String text, Map<String, String> values) {
    String withSections = sections(sections(text, BLOCK_SECTION, values), INLINE_SECTION, values);
    Matcher matcher = PLACEHOLDER.matcher(withSections);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      if (value == null) {
        throw new IllegalStateException(name + " uses {{" + matcher.group(1) + "}} with no value");
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private String sections(String text, Pattern section, Map<String, String> values) {
    Matcher matcher = section.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      if (!values.containsKey(name)) {
        throw new IllegalStateException(this.name + " has section {{#" + name + "}} with no value");
      }
      String value = values.get(name);
      boolean show = value != null && !value.isBlank();
      matcher.appendReplacement(out, Matcher.quoteReplacement(show ? matcher.group(2) : ""));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
