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
    return check(map, null);
  }

  /**
   * As {@link #check(DataMap)}, for a notice served with the privacy center at {@code publicUrl}
   * ({@code --public-url}; null when Rightful serves no privacy center).
   */
  public List<Problem> check(DataMap map, String publicUrl) {
    List<Problem> found = new ArrayList<>();
    disclosedButNotCollected(map, found);
    mappedButNotCollected(map, found);
    optOut(map, found);
    staleNotice(map, found);
    requestMethods(map, found);
    retentionCoverage(map, found);
    doNotTrack(map, found);
    limit(map, found);
    requestLinks(map, publicUrl, found);
    tollFreeForEveryRight(map, found);
    new StateLint(LocalDate.now(clock)).check(map, found);
    new NoticeDutiesLint(LocalDate.now(clock)).check(map, found);
    return found;
  }

  /*
   * Rule 37; 7027(b),(m); 7014(h); CC 1798.121, 1798.135(a)(2). The right to limit, its link and
   * its two methods go together: required when sensitive personal information is used beyond the
   * 7027(m) purposes, a contradiction when none is collected (the notice would say "we do not
   * collect sensitive personal information" and then tell consumers to limit it), and allowed but
   * pointless when every use is a 7027(m) purpose, so only a warning then.
   */
  private void limit(DataMap map, List<Problem> found) {
    List<String> methods = map.methods().limitMethods();
    Location at = methodsLocation(map);
    if (!map.collectsSensitive()) {
      if (!methods.isEmpty()) {
        found.add(
            error(
                at,
                "'methods.limitMethods' offers a way to limit the use of sensitive personal"
                    + " information, but the map collects none (category L is not collected and no"
                    + " field is marked sensitive): remove 'limitMethods', or state what is"
                    + " collected",
                "rule 37, 7014(h), 7027(m)"));
      }
      return;
    }
    if (!map.rightToLimitApplies()) {
      if (!methods.isEmpty()) {
        found.add(
            new Problem(
                Problem.Severity.WARNING,
                at,
                "sensitive personal information is used only for 7027(m) purposes ('categories.L"
                    + ".usedFor'), so no right to limit applies, yet 'methods.limitMethods' offers"
                    + " one, which the notice and the pages then show: remove 'limitMethods'"
                    + " unless you mean to offer it anyway",
                "rule 37, 7014(h), 7027(m)"));
      }
      return;
    }
    long distinct = methods.stream().distinct().count();
    if (distinct < 2) {
      found.add(
          error(
              at,
              "sensitive personal information is used beyond the 7027(m) purposes"
                  + (map.category(Category.L).usedFor() == null
                      ? " (or 'categories.L.usedFor' does not say otherwise)"
                      : "")
                  + ", so consumers need at least two methods to limit its use;"
                  + " 'methods.limitMethods' lists "
                  + distinct,
              "rule 37, 7027(b)"));
    }
    if (!methods.contains(Method.LIMIT_FORM.id())
        && !methods.contains(Method.ALTERNATIVE_OPT_OUT_LINK.id())) {
      found.add(
          error(
              at,
              "sensitive personal information is used beyond the 7027(m) purposes, so the site"
                  + " needs the \"Limit the Use of My Sensitive Personal Information\" link: add"
                  + " limit-form or alternative-opt-out-link to 'methods.limitMethods'",
              "rule 43, CC 1798.135(a)(2)"));
    }
  }

  /*
   * Rule 40; CC 1798.130(a)(5)(A); 7011(e)(3): the notice tells consumers how to submit requests.
   * With --public-url the notice links the forms Rightful serves, so a request URL elsewhere in the
   * map is a second address the privacy team must keep working: a warning, since the law only asks
   * that the link work.
   */
  private void requestLinks(DataMap map, String publicUrl, List<Problem> found) {
    if (publicUrl == null
        || onLoopback(publicUrl)
        || map.business() == null
        || map.business().contact() == null) {
      return;
    }
    String requestUrl = map.business().contact().requestUrl();
    if (requestUrl == null || requestUrl.startsWith(stripSlash(publicUrl) + "/")) {
      return;
    }
    Location at =
        map.business().contact().location() != null
            ? map.business().contact().location()
            : methodsLocation(map);
    found.add(
        new Problem(
            Problem.Severity.WARNING,
            at,
            "'business.contact.requestUrl' is "
                + requestUrl
                + ", outside the privacy center served at "
                + stripSlash(publicUrl)
                + "; the notice links the privacy center's forms instead: point requestUrl at "
                + stripSlash(publicUrl)
                + "/privacy/requests or remove it",
            "rule 40, CC 1798.130(a)(5)"));
  }

  // A privacy center on the loopback address is a developer's start-dev, where consumers never go.
  private static boolean onLoopback(String url) {
    try {
      // Literal names only: a lint must not wait on DNS.
      String host = java.net.URI.create(url).getHost();
      return host != null
          && (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /*
   * Rule 1; CC 1798.130(a)(1); 7026(a); 7027(b). A toll-free number is required for know, delete
   * and correct only, but a business that answers one should take every request on it: a consumer
   * who calls to opt out or limit must not be turned away. Missing it is a warning, since the law
   * allows other methods for those rights.
   */
  private void tollFreeForEveryRight(DataMap map, List<Problem> found) {
    String phone = Method.TOLL_FREE_PHONE.id();
    boolean offered =
        map.methods().requestMethods().contains(phone)
            && map.business() != null
            && map.business().contact() != null
            && map.business().contact().tollFree() != null;
    if (!offered) {
      return;
    }
    List<String> missing = new ArrayList<>();
    if (!map.methods().optOutMethods().isEmpty()
        && !map.methods().optOutMethods().contains(phone)) {
      missing.add("optOutMethods");
    }
    if (!map.methods().limitMethods().isEmpty() && !map.methods().limitMethods().contains(phone)) {
      missing.add("limitMethods");
    }
    for (String list : missing) {
      found.add(
          new Problem(
              Problem.Severity.WARNING,
              methodsLocation(map),
              "the toll-free number "
                  + map.business().contact().tollFree()
                  + " takes requests to know, delete and correct but is not in 'methods."
                  + list
                  + "', so the notice does not list it for that right: add toll-free-phone",
              "rule 1, CC 1798.130(a)(1)"));
    }
  }

  private static Location methodsLocation(DataMap map) {
    return map.methods().location() != null
        ? map.methods().location()
        : new Location(map.directory(), 1, 1);
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
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
