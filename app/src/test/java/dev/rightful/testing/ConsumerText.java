package dev.rightful.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataMapLoader;
import dev.rightful.datamap.DataSystem;
import dev.rightful.datamap.Table;
import dev.rightful.law.RequestType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks that a text a consumer reads (a mail, an answer, a page) is written for them: no table
 * name of the example data map (read from the map), no other snake_case database name, no
 * request-type id in parentheses, no stack trace, no "Deleted: nothing". Reused by any test that
 * reads what a consumer receives.
 */
public final class ConsumerText {
  private static final List<Leak> LEAKS = leaks();

  private ConsumerText() {}

  /** One way staff-facing text leaks into a consumer's, and what it is called in a failure. */
  private record Leak(Pattern pattern, String what) {}

  /** Fails, naming what leaked and quoting the text, if {@code text} is not consumer-facing. */
  public static void assertConsumerFacing(String text) {
    assertThat(text).as("a consumer-facing text").isNotNull();
    assertThat(problems(text)).as("consumer-facing text:%n%s", text).isEmpty();
  }

  /**
   * What in {@code text} is not written for a consumer, each named and quoted; empty if nothing.
   */
  public static List<String> problems(String text) {
    List<String> problems = new ArrayList<>();
    for (Leak leak : LEAKS) {
      var found = leak.pattern().matcher(text);
      if (found.find()) {
        problems.add("contains " + leak.what() + " ('" + found.group() + "')");
      }
    }
    return problems;
  }

  private static List<Leak> leaks() {
    List<Leak> leaks = new ArrayList<>();
    DataMap map = DataMapLoader.load(Repo.exampleMap()).orThrow();
    for (DataSystem system : map.systems()) {
      for (Table table : system.tables()) {
        String name = Pattern.quote(table.name());
        String what = "the table name " + table.name();
        if (table.name().contains("_")) {
          leaks.add(new Leak(Pattern.compile("(?<![\\w-])" + name + "(?![\\w-])"), what));
        } else {
          // A one-word table name (accounts, invoices) is also an English word: it leaks where
          // it is used as a name, with a count, qualifying a column, qualified by its system, or
          // quoted.
          leaks.add(
              new Leak(
                  Pattern.compile(
                      "(?<![\\w-])"
                          + name
                          + "(?:\\s*\\(\\d|\\.[a-z_]+\\b)|\\."
                          + name
                          + "(?![\\w-])|[\"'`]"
                          + name
                          + "[\"'`]"),
                  what));
        }
      }
      leaks.add(
          new Leak(
              Pattern.compile("(?<![\\w-])" + Pattern.quote(system.id()) + "\\."),
              "the system id " + system.id()));
    }
    // Any other name as a database spells it (a column such as account_id), outside links and
    // addresses.
    leaks.add(
        new Leak(
            Pattern.compile("(?<![\\w/.@-])[a-z0-9]+(?:_[a-z0-9]+)+(?![\\w@-])"),
            "a name as the database spells it"));
    for (RequestType type : RequestType.values()) {
      leaks.add(
          new Leak(
              Pattern.compile("\\(" + Pattern.quote(type.id()) + "\\)"),
              "the request-type id (" + type.id() + ")"));
    }
    leaks.add(new Leak(Pattern.compile("Exception|\\bat dev\\.rightful"), "a stack trace"));
    leaks.add(
        new Leak(
            Pattern.compile("Deleted:\\s*nothing", Pattern.CASE_INSENSITIVE),
            "\"Deleted: nothing\""));
    return List.copyOf(leaks);
  }
}
