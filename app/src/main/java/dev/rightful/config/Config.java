package dev.rightful.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Resolved configuration: each option's value and where it came from, with precedence CLI &gt;
 * environment &gt; config file &gt; mode default &gt; option default. Immutable and thread-safe.
 */
public final class Config {

  /** Where a value came from, for {@code show-config} and error messages. */
  public enum Source {
    CLI,
    ENV,
    FILE,
    MODE_DEFAULT,
    DEFAULT
  }

  /** A resolved value and its source. */
  public record Value(String value, Source source) {}

  private final Map<Option, Value> values;
  private final Path file;

  private Config(Map<Option, Value> values, Path file) {
    this.values = Map.copyOf(values);
    this.file = file;
  }

  /**
   * Resolves every option.
   *
   * @param cli values given as command-line flags (absent keys were not given)
   * @param env the process environment
   * @param file a properties-style config file with {@code key=value} lines, or null
   * @param modeDefaults defaults of the running mode (start-dev differs from start)
   */
  public static Config resolve(
      Map<Option, String> cli,
      Map<String, String> env,
      Path file,
      Map<Option, String> modeDefaults) {
    Properties fromFile = new Properties();
    if (file != null) {
      try (Reader reader = Files.newBufferedReader(file)) {
        fromFile.load(reader);
      } catch (IOException e) {
        throw new ConfigException("cannot read config file " + file + ": " + e.getMessage());
      }
      List<String> unknown =
          fromFile.stringPropertyNames().stream()
              .sorted()
              .filter(key -> Options.ALL.stream().noneMatch(o -> o.key().equals(key)))
              .map(key -> "unknown option '" + key + "' in config file " + file)
              .toList();
      if (!unknown.isEmpty()) {
        throw new ConfigException(unknown);
      }
    }
    Map<Option, Value> values = new HashMap<>();
    for (Option option : Options.ALL) {
      Value value;
      if (cli.get(option) != null) {
        value = new Value(cli.get(option), Source.CLI);
      } else if (env.get(option.envVar()) != null && !env.get(option.envVar()).isBlank()) {
        value = new Value(env.get(option.envVar()), Source.ENV);
      } else if (fromFile.getProperty(option.key()) != null) {
        value = new Value(fromFile.getProperty(option.key()).strip(), Source.FILE);
      } else if (modeDefaults.get(option) != null) {
        value = new Value(modeDefaults.get(option), Source.MODE_DEFAULT);
      } else {
        value = new Value(option.defaultValue(), Source.DEFAULT);
      }
      values.put(option, value);
    }
    return new Config(values, file);
  }

  /** The value if one is set; a value its option's type refuses is a {@link ConfigException}. */
  public Optional<String> find(Option option) {
    Optional<String> value = Optional.ofNullable(values.get(option).value());
    value
        .flatMap(v -> refusal(option, v))
        .ifPresent(
            problem -> {
              throw new ConfigException(problem);
            });
    return value;
  }

  /**
   * The type problems of every option, each naming the option as the user set it: all of them, so
   * that one run reports every one.
   */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    for (Option option : Options.ALL) {
      String value = values.get(option).value();
      if (value != null) {
        refusal(option, value).ifPresent(problems::add);
      }
    }
    return problems;
  }

  private Optional<String> refusal(Option option, String value) {
    return option
        .type()
        .refusal(value)
        // A secret is never echoed, even when it is wrong.
        .map(reason -> option.secret() ? reason.replace(value, "…") : reason)
        .map(reason -> describe(option) + " " + reason);
  }

  /** The value, or a {@link ConfigException} naming every way to set it. */
  public String get(Option option) {
    return find(option).orElseThrow(() -> new ConfigException(missing(option)));
  }

  public int getInt(Option option) {
    String text = get(option);
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      // A type other than a whole number: the option is not read as a number.
      throw new ConfigException(describe(option) + " must be a whole number, not '" + text + "'");
    }
  }

  public Value value(Option option) {
    return values.get(option);
  }

  /** Names the option the way the user set it, e.g. "environment variable RIGHTFUL_PORT". */
  public String describe(Option option) {
    return switch (values.get(option).source()) {
      case CLI -> "option " + option.flag();
      case ENV -> "environment variable " + option.envVar();
      case FILE -> "'" + option.key() + "' in " + file;
      case MODE_DEFAULT, DEFAULT -> "option " + option.flag();
    };
  }

  public static String missing(Option option) {
    return "missing "
        + option.flag()
        + ": set it with "
        + option.flag()
        + "=…, the environment variable "
        + option.envVar()
        + ", or '"
        + option.key()
        + "=…' in the config file";
  }
}
