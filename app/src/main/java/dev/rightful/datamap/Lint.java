package dev.rightful.datamap;

import dev.rightful.law.Category;
import dev.rightful.law.Method;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a valid data map against the rules a notice must meet, so that the notice never promises
 * what the map contradicts. Each finding cites the rule (numbered as in RULES.md) and section.
 */
public final class Lint {
  private final Clock clock;

  public Lint(Clock clock) {
    this.clock = clock;
  }

  public List<Problem> check(DataMap map) {
    List<Problem> found = new ArrayList<>();
    disclosedButNotCollected(map, found);
    mappedButNotCollected(map, found);
    optOut(map, found);
    staleNotice(map, found);
    requestMethods(map, found);
    retentionCoverage(map, found);
    doNotTrack(map, found);
    return found;
  }

  // Rule 40; CC 1798.110(c), 1798.115(c): a notice cannot disclose what it says it does not
  // collect.
  private void disclosedButNotCollected(DataMap map, List<Problem> found) {
    for (Recipient recipient : map.recipients()) {
      for (Category category : recipient.categories()) {
        if (!map.collects(category)) {
          String verb = recipient.transfer().soldOrShared() ? "sold or shared to" : "disclosed to";
          found.add(
              error(
                  recipient.location(),
                  "category "
                      + category
                      + " is "
                      + verb
                      + " '"
                      + recipient.id()
                      + "' but the map says it is not collected",
                  "rule 40, CC 1798.115(c)"));
        }
      }
    }
    for (Source source : map.sources()) {
      for (Category category : source.categories()) {
        if (!map.collects(category)) {
          found.add(
              error(
                  source.location(),
                  "source '"
                      + source.id()
                      + "' supplies category "
                      + category
                      + ", which the map says is not collected",
                  "rule 40, CC 1798.110(c)"));
        }
      }
    }
  }

  // Rule 41; CC 1798.100(a)(1): a table may hold only categories the notice declares.
  private void mappedButNotCollected(DataMap map, List<Problem> found) {
    for (DataSystem system : map.systems()) {
      for (Table table : system.tables()) {
        for (Field field : table.fields()) {
          for (Category category : field.categories()) {
            if (!map.collects(category)) {
              found.add(
                  error(
                      field.location(),
                      "'"
                          + system.id()
                          + "."
                          + table.name()
                          + "."
                          + field.name()
                          + "' holds category "
                          + category
                          + " ("
                          + category.statutoryName()
                          + "), which the notice says is not collected",
                      "rule 41, CC 1798.100(a)(1)"));
            }
          }
        }
      }
    }
  }

  // Rule 31; CC 1798.120, 1798.135(a); 7026(a)(1),(4); 7025.
  private void optOut(DataMap map, List<Problem> found) {
    var sold = map.recipients().stream().filter(r -> r.transfer().soldOrShared()).findFirst();
    if (sold.isEmpty()) {
      return;
    }
    List<Method> methods =
        map.methods().optOutMethods().stream().map(id -> Method.fromId(id).orElseThrow()).toList();
    Location at =
        map.methods().location() != null ? map.methods().location() : sold.get().location();
    if (methods.isEmpty()) {
      found.add(
          error(
              at,
              "personal information is sold or shared (recipient '"
                  + sold.get().id()
                  + "') but no opt-out method is configured: add 'methods.optOutMethods'",
              "rule 31, CC 1798.135(a)"));
    } else if (methods.stream().noneMatch(Method::isSufficientOptOut)) {
      found.add(
          error(
              at,
              "a cookie tool or signal alone is not an opt-out method: add do-not-sell-form or"
                  + " alternative-opt-out-link to 'methods.optOutMethods'",
              "rule 31, 7026(a)(4)"));
    }
    if (!methods.contains(Method.OPT_OUT_PREFERENCE_SIGNAL)) {
      found.add(
          error(
              at,
              "personal information is sold or shared, so opt-out preference signals (GPC) must be"
                  + " processed: add opt-out-preference-signal to 'methods.optOutMethods'",
              "rule 33, 7025(b)"));
    }
  }

  // Rule 40; CC 1798.130(a)(5): the privacy policy is reviewed and updated every 12 months.
  private void staleNotice(DataMap map, List<Problem> found) {
    Policies.NoticeMeta notice = map.notice();
    if (notice == null || notice.lastUpdated() == null) {
      return;
    }
    LocalDate due = notice.lastUpdated().plusMonths(notice.reviewMonths());
    if (LocalDate.now(clock).isAfter(due)) {
      found.add(
          new Problem(
              Problem.Severity.WARNING,
              notice.location(),
              "the notice was last updated "
                  + notice.lastUpdated()
                  + ", more than "
                  + notice.reviewMonths()
                  + " months ago: review it and set 'notice.lastUpdated'",
              "rule 40, CC 1798.130(a)(5)"));
    }
  }

  // Rule 1; CC 1798.130(a)(1): two or more methods, one of them a toll-free number.
  private void requestMethods(DataMap map, List<Problem> found) {
    Set<String> methods = Set.copyOf(map.methods().requestMethods());
    Location at =
        map.methods().location() != null
            ? map.methods().location()
            : new Location(map.directory(), 1, 1);
    if (methods.size() < 2) {
      found.add(
          error(
              at,
              "consumers need at least two methods to submit requests; 'methods.requestMethods' lists "
                  + methods.size(),
              "rule 1, CC 1798.130(a)(1)"));
    }
    boolean tollFree =
        methods.contains(Method.TOLL_FREE_PHONE.id())
            && map.business() != null
            && map.business().contact() != null
            && map.business().contact().tollFree() != null;
    if (!tollFree) {
      found.add(
          error(
              at,
              "no toll-free number: add toll-free-phone to 'methods.requestMethods' and"
                  + " 'business.contact.tollFree'",
              "rule 1, CC 1798.130(a)(1)(A)"));
    }
  }

  // Rule 42; CC 1798.100(a)(3): each collected category has a retention period.
  private void retentionCoverage(DataMap map, List<Problem> found) {
    Set<Category> covered = EnumSet.noneOf(Category.class);
    map.retention().forEach(rule -> covered.addAll(rule.categories()));
    for (Category category : Category.values()) {
      CategoryUse use = map.category(category);
      if (use.collected() && !covered.contains(category)) {
        found.add(
            error(
                use.location(),
                "category "
                    + category
                    + " is collected but no retention rule covers it:"
                    + " add it to a rule's 'categories'",
                "rule 42, CC 1798.100(a)(3)"));
      }
    }
  }

  // Rule 36; Bus. & Prof. Code 22575(b)(5).
  private void doNotTrack(DataMap map, List<Problem> found) {
    if (map.doNotTrack() == null) {
      found.add(
          error(
              new Location(map.directory(), 1, 1),
              "no Do Not Track statement: add a 'doNotTrack'"
                  + " section saying whether the site honors it",
              "rule 36, B&P 22575(b)(5)"));
    }
  }

  private static Problem error(Location at, String message, String rule) {
    return new Problem(
        Problem.Severity.ERROR, at == null ? new Location(Path.of("."), 1, 1) : at, message, rule);
  }
}
