package dev.rightful.discovery.classify;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/** Dates of birth, told from the other dates of a table by the ages they give and the name. */
final class BirthDates {
  // Words that make a date the date of an event, not of a birth.
  private static final Set<String> EVENT_DATE_WORDS =
      Set.of(
          "at",
          "created",
          "updated",
          "modified",
          "start",
          "started",
          "end",
          "ended",
          "issued",
          "expires",
          "expiry",
          "due",
          "paid",
          "shipped",
          "ordered",
          "hired",
          "joined",
          "signup",
          "opened",
          "closed",
          "decided",
          "applied",
          "occurred",
          "subscribed",
          "added",
          "deleted",
          "last",
          "first",
          "sent",
          "received",
          "valid",
          "from",
          "to",
          "until",
          "since",
          "on",
          "renewal",
          "billing",
          "delivery",
          "visit",
          "event",
          "login",
          "seen",
          "published");

  private final LocalDate today;

  BirthDates(LocalDate today) {
    this.today = today;
  }

  /** Dates of birth told from other dates by the ages they give and the column's name. */
  void find(
      List<String> values,
      PiKind named,
      List<String> words,
      ColumnType type,
      Map<PiKind, Finding> found) {
    if (values.size() < ColumnClassifier.MIN_SAMPLE && named != PiKind.DATE_OF_BIRTH) {
      return;
    }
    int dateOnly = 0;
    int adults = 0;
    int plausible = 0;
    Set<Integer> years = new HashSet<>();
    for (String v : values) {
      if (v.length() < 10 || v.charAt(4) != '-') {
        continue;
      }
      String trimmed = v.endsWith(".0") ? v.substring(0, v.length() - 2) : v;
      Matcher m = ValueRules.ISO_DATE.matcher(trimmed);
      if (!m.matches()) {
        continue;
      }
      LocalDate date;
      try {
        date =
            LocalDate.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
      } catch (java.time.DateTimeException e) {
        continue;
      }
      dateOnly++;
      years.add(date.getYear());
      int age = Period.between(date, today).getYears();
      if (age >= 0 && age <= 120 && !date.isAfter(today)) {
        plausible++;
      }
      if (age >= 18 && age <= 100) {
        adults++;
      }
    }
    int n = values.size();
    if (named == PiKind.DATE_OF_BIRTH) {
      if (n > 0 && (double) plausible / n >= ColumnClassifier.WITH_NAME) {
        found.put(
            PiKind.DATE_OF_BIRTH,
            new Finding(
                PiKind.DATE_OF_BIRTH,
                Math.min(0.99, 0.59 + 0.4 * plausible / n),
                List.of(
                    Evidence.values("date-gives-an-age-0-120", plausible, n),
                    Evidence.name("name:date-of-birth")),
                false));
      }
      return;
    }
    boolean eventName = words.stream().anyMatch(EVENT_DATE_WORDS::contains);
    boolean dateColumn =
        type == ColumnType.DATE || type == ColumnType.TEXT || type == ColumnType.TIMESTAMP;
    // Without the name's word, only dates that read like birth dates: date-only, adult ages, spread
    // over years (a column of sign-up dates is a few recent years).
    if (!eventName
        && dateColumn
        && n >= 10
        && dateOnly == n
        && adults >= 0.9 * n
        && years.size() >= Math.min(5, n / 2)) {
      found.put(
          PiKind.DATE_OF_BIRTH,
          new Finding(
              PiKind.DATE_OF_BIRTH,
              0.55,
              List.of(Evidence.values("dates-give-adult-ages-over-many-years", adults, n)),
              false));
    }
  }
}
