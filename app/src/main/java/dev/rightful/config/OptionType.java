package dev.rightful.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The kind of value an option takes: checked for every option before anything starts, so that
 * {@code port=abc} is refused up front, and shown in {@code docs/configuration.md}. Immutable.
 */
public sealed interface OptionType {

  /** Any text; what it means is checked where it is used. */
  OptionType TEXT = new Text("text");

  /** A file or directory path; whether it can be read is checked where it is used. */
  OptionType PATH = new Text("path");

  /** A JDBC URL such as {@code jdbc:postgresql://db:5432/rightful}. */
  OptionType JDBC_URL = new JdbcUrl();

  /** {@code true} or {@code false}. */
  OptionType FLAG = new Choice(List.of("true", "false"));

  /** A time zone id such as {@code America/Los_Angeles}. */
  OptionType ZONE = new Zone();

  /** An absolute {@code http} or {@code https} URL. */
  OptionType URL = new Url();

  /** A TCP port; 0 lets the system choose a free one (tests do). */
  OptionType PORT = wholeNumber(0, 65535);

  static OptionType wholeNumber(int min, int max) {
    return new WholeNumber(min, max);
  }

  static OptionType oneOf(String... choices) {
    return new Choice(List.of(choices));
  }

  /** What the value must be, for the docs: "whole number from 1 to 1000". */
  String describe();

  /** Why {@code value} is refused ("must be a whole number, not 'abc'"), or empty when it fits. */
  Optional<String> refusal(String value);

  /** Text of any form, named for the docs: see {@link #TEXT} and {@link #PATH}. */
  record Text(String name) implements OptionType {
    @Override
    public String describe() {
      return name;
    }

    @Override
    public Optional<String> refusal(String value) {
      return Optional.empty();
    }
  }

  /** A whole number in {@code [min, max]}. */
  record WholeNumber(int min, int max) implements OptionType {
    @Override
    public String describe() {
      return "whole number from " + min + " to " + max;
    }

    @Override
    public Optional<String> refusal(String value) {
      int number;
      try {
        number = Integer.parseInt(value.strip());
      } catch (NumberFormatException e) {
        return Optional.of("must be a whole number, not '" + value + "'");
      }
      return number < min || number > max
          ? Optional.of("must be from " + min + " to " + max + ", not " + number)
          : Optional.empty();
    }
  }

  /** One of a few fixed words. */
  record Choice(List<String> choices) implements OptionType {
    public Choice {
      choices = List.copyOf(choices);
    }

    @Override
    public String describe() {
      return words();
    }

    @Override
    public Optional<String> refusal(String value) {
      return choices.contains(value)
          ? Optional.empty()
          : Optional.of("must be " + words() + ", not '" + value + "'");
    }

    private String words() {
      List<String> quoted = choices.stream().map(c -> "'" + c + "'").toList();
      return String.join(", ", quoted.subList(0, quoted.size() - 1))
          + " or "
          + quoted.get(quoted.size() - 1);
    }
  }

  /** See {@link #ZONE}. */
  record Zone() implements OptionType {
    @Override
    public String describe() {
      return "time zone id";
    }

    @Override
    public Optional<String> refusal(String value) {
      try {
        ZoneId.of(value);
        return Optional.empty();
      } catch (DateTimeException e) {
        return Optional.of(
            "must be a time zone id such as America/Los_Angeles, not '" + value + "'");
      }
    }
  }

  /** See {@link #URL}. */
  record Url() implements OptionType {
    @Override
    public String describe() {
      return "http(s) URL";
    }

    @Override
    public Optional<String> refusal(String value) {
      try {
        URI uri = new URI(value);
        if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
            && uri.getHost() != null) {
          return Optional.empty();
        }
      } catch (URISyntaxException e) {
        // refused below
      }
      return Optional.of(
          "must be an http or https URL such as https://privacy.example.com, not '" + value + "'");
    }
  }

  /** See {@link #JDBC_URL}. */
  record JdbcUrl() implements OptionType {
    @Override
    public String describe() {
      return "JDBC URL";
    }

    @Override
    public Optional<String> refusal(String value) {
      return value.startsWith("jdbc:")
          ? Optional.empty()
          : Optional.of(
              "must be a JDBC URL such as jdbc:postgresql://db.example.com:5432/rightful, not '"
                  + value
                  + "'");
    }
  }
}
