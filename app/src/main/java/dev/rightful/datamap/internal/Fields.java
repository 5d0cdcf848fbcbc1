package dev.rightful.datamap.internal;

import dev.rightful.law.Category;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Typed reads of one mapping's entries, reporting missing and malformed values. */
public final class Fields {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final Node owner;
  private final Map<String, Node> entries;

  public Fields(Node owner, Set<String> allowed) {
    this.owner = owner;
    this.entries = owner.entries();
    owner.allowOnly(entries, allowed);
  }

  public Node owner() {
    return owner;
  }

  public Optional<Node> node(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  public boolean has(String key) {
    return entries.containsKey(key);
  }

  public String requiredText(String key) {
    Node value = entries.get(key);
    if (value == null) {
      owner.error(owner.describe() + " needs '" + key + "'");
      return null;
    }
    return value.text().orElse(null);
  }

  public String text(String key) {
    Node value = entries.get(key);
    return value == null ? null : value.text().orElse(null);
  }

  public boolean bool(String key, boolean fallback) {
    Node value = entries.get(key);
    return value == null ? fallback : value.bool().orElse(fallback);
  }

  public Boolean requiredBool(String key) {
    Node value = entries.get(key);
    if (value == null) {
      owner.error(owner.describe() + " needs '" + key + "' (true or false)");
      return null;
    }
    return value.bool().orElse(null);
  }

  public int integer(String key, int fallback) {
    Node value = entries.get(key);
    return value == null ? fallback : value.integer().orElse(fallback);
  }

  /** An id: lower-case letters, digits, '-' and '_'. */
  public String requiredId(String key) {
    String id = requiredText(key);
    if (id != null && !ID.matcher(id).matches()) {
      entries
          .get(key)
          .error("'" + id + "' is not a valid id: use lower-case letters, digits, - and _");
      return null;
    }
    return id;
  }

  /** A SQL identifier such as a table or column name. */
  public String identifier(String key, boolean required) {
    String name = required ? requiredText(key) : text(key);
    if (name != null && !IDENTIFIER.matcher(name).matches()) {
      entries.get(key).error("'" + name + "' is not a valid table or column name");
      return null;
    }
    return name;
  }

  public List<String> texts(String key) {
    Node value = entries.get(key);
    List<String> out = new ArrayList<>();
    if (value != null) {
      for (Node item : value.textItems()) {
        item.text().ifPresent(out::add);
      }
    }
    return out;
  }

  /** Category letters, as a list ({@code [A, B]}) or one letter. */
  public Set<Category> categories(String key) {
    Set<Category> out = EnumSet.noneOf(Category.class);
    Node value = entries.get(key);
    if (value == null) {
      return out;
    }
    for (Node item : value.textItems()) {
      item.text()
          .ifPresent(
              letter ->
                  Category.fromLetter(letter)
                      .ifPresentOrElse(
                          out::add,
                          () ->
                              item.error(
                                  "unknown category '"
                                      + letter
                                      + "': use a letter from A to L (see docs/datamap.md)")));
    }
    return out;
  }

  /** A value from a fixed vocabulary, with the allowed words in the message when it is off. */
  public <T> T choice(
      String key, Function<String, Optional<T>> parse, List<String> words, T fallback) {
    Node value = entries.get(key);
    if (value == null) {
      return fallback;
    }
    Optional<String> word = value.text();
    if (word.isEmpty()) {
      return fallback;
    }
    Optional<T> parsed = parse.apply(word.get());
    if (parsed.isEmpty()) {
      String hint =
          Suggest.closest(word.get(), words).map(s -> "; did you mean '" + s + "'?").orElse("");
      value.error(
          "'"
              + word.get()
              + "' is not one of "
              + String.join(", ", words)
              + " for '"
              + key
              + "'"
              + hint);
      return fallback;
    }
    return parsed.get();
  }

  /** An ISO-8601 period such as {@code P6Y} or {@code P30D}. */
  public Period period(String key) {
    Node value = entries.get(key);
    if (value == null) {
      return null;
    }
    String text = value.text().orElse(null);
    if (text == null) {
      return null;
    }
    try {
      Period period = Period.parse(text);
      if (period.isNegative()) {
        value.error("period '" + text + "' must not be negative");
        return null;
      }
      return period;
    } catch (DateTimeParseException e) {
      value.error(
          "malformed period '"
              + text
              + "': write an ISO-8601 period such as P30D, P6M, P6Y or P1Y6M");
      return null;
    }
  }

  public LocalDate date(String key) {
    Node value = entries.get(key);
    if (value == null) {
      return null;
    }
    String text = value.text().orElse(null);
    try {
      return text == null ? null : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      value.error("malformed date '" + text + "': write YYYY-MM-DD");
      return null;
    }
  }
}
