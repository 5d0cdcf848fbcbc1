package dev.rightful.journeys;

import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataSystem;
import dev.rightful.fulfil.notify.Notice;
import dev.rightful.law.RequestType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What no text a consumer or their agent reads may contain: a table or system name of the data map,
 * a type id such as "(delete)", a stack trace, or a claim the request's state contradicts ("we told
 * 7 companies" while the notices are pending; "we deleted" next to "deleted: nothing").
 */
final class ConsumerText {
  private static final Pattern STACK_TRACE =
      Pattern.compile(
          "(?:\\b[a-z]+(?:\\.[a-z0-9_]+)+\\.[A-Z]\\w*(?:Exception|Error)\\b"
              + "|\\bat [\\w.$]+\\([\\w]+\\.java:\\d+\\)|\\bdev\\.rightful\\.)");
  private static final Pattern TOLD =
      Pattern.compile(
          "(?i)\\bwe (?:have )?told (\\d+|all|every|the)\\b[^.]*?\\b(?:compan|recipient|third|part)");

  private ConsumerText() {}

  static void check(DataMap map, List<Journey.Seen> texts, List<Notice> notices, Journey journey) {
    List<String> problems = new ArrayList<>();
    // "We have told" is true only of notices delivered (sent or acknowledged).
    long delivered =
        notices.stream()
            .filter(n -> n.status().equals("sent") || n.status().equals("acknowledged"))
            .count();
    Told told = new Told(delivered, notices.size() - delivered);
    for (Journey.Seen seen : texts) {
      problems.addAll(
          problems(map, seen.text(), told).stream().map(p -> seen.where() + ": " + p).toList());
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(
          journey + ": what the consumer reads is wrong:\n  " + String.join("\n  ", problems));
    }
  }

  /** How many recipient notices were delivered, and how many are still to be delivered. */
  record Told(long delivered, long pending) {}

  static List<String> problems(DataMap map, String text, Told notices) {
    // Names, type ids in parentheses and stack traces, as every consumer-text test checks them.
    List<String> problems = new ArrayList<>(dev.rightful.testing.ConsumerText.problems(text));
    for (DataSystem system : map.systems()) {
      if (Pattern.compile("\\b" + Pattern.quote(system.id()) + "\\b").matcher(text).find()) {
        problems.add("names the system id " + system.id());
      }
    }
    // A hyphenated type id is never English ("opt-out" is).
    for (RequestType type : RequestType.values()) {
      if (type.id().contains("-") && !type.id().equals("opt-out")) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(type.id()) + "\\b").matcher(text);
        if (m.find()) {
          problems.add("shows the type id " + type.id() + " (\"" + around(text, m.start()) + "\")");
        }
      }
    }
    Matcher trace = STACK_TRACE.matcher(text);
    if (trace.find()) {
      problems.add("shows a stack trace or class name (\"" + around(text, trace.start()) + "\")");
    }
    Matcher told = TOLD.matcher(text);
    while (told.find()) {
      String count = told.group(1);
      boolean claimsTooMany =
          count.matches("\\d+")
              ? Long.parseLong(count) > notices.delivered()
              : notices.pending() > 0;
      if (claimsTooMany) {
        problems.add(
            "claims "
                + count
                + " recipients were told, but "
                + notices.delivered()
                + " notices were delivered and "
                + notices.pending()
                + " are pending (\""
                + around(text, told.start())
                + "\")");
      }
    }
    return problems;
  }

  private static String around(String text, int at) {
    return text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 50))
        .replace('\n', ' ');
  }
}
