package dev.rightful.datamap;

import dev.rightful.law.Category;
import dev.rightful.law.ContractTerm;
import dev.rightful.law.RecipientContracts;
import dev.rightful.law.RecipientKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lint rules of the duties around the notice that the 2026 regulations sharpen: a contract
 * holding the required terms with every recipient that needs one (CC 1798.100(d); 7051, 7053), and
 * a notice at collection at every point where the collected categories are gathered (CC
 * 1798.100(a); 7012). Stateless.
 */
final class NoticeDutiesLint {
  private final LocalDate today;

  NoticeDutiesLint(LocalDate today) {
    this.today = today;
  }

  void check(DataMap map, List<Problem> found) {
    contracts(map, found);
    collectionPoints(map, found);
  }

  private void contracts(DataMap map, List<Problem> found) {
    for (Recipient recipient : map.recipients()) {
      RecipientKind kind = recipient.kind();
      Contract contract = recipient.contract();
      if (!RecipientContracts.required(kind, recipient.transfer())) {
        continue;
      }
      String named = "recipient '" + recipient.id() + "' (" + kind.id() + ")";
      if (contract == null) {
        found.add(
            error(
                recipient.location(),
                named
                    + " has no 'contract': record the written contract with it (its 'reference',"
                    + " the date 'signed' and the 'terms' a reviewer has checked)",
                RecipientContracts.section(kind)));
        continue;
      }
      for (Map.Entry<ContractTerm, String> term :
          RecipientContracts.requiredTerms(kind).entrySet()) {
        if (!contract.holds(term.getKey())) {
          found.add(
              error(
                  contract.location(),
                  named
                      + ": contract "
                      + contract.reference()
                      + " lacks the term '"
                      + term.getKey().id()
                      + "' (the contract "
                      + term.getKey().requirement()
                      + "): amend the contract, then tick it true",
                  term.getValue()));
        }
      }
      if (contract.signed() != null && contract.signed().isAfter(today)) {
        found.add(
            new Problem(
                Problem.Severity.WARNING,
                contract.location(),
                named
                    + ": contract "
                    + contract.reference()
                    + " is signed "
                    + contract.signed()
                    + ", after today; until then the recipient receives data without one",
                RecipientContracts.section(kind)));
      }
    }
  }

  /*
   * Rule 41; CC 1798.100(a)(1); 7012(c): the notice at collection names what is collected where it
   * is collected. A point naming a category the map says is not collected would tell consumers of a
   * collection the full notice denies; a collected category at no point is gathered without a
   * notice. A map naming no points says nothing, and Rightful then serves no short notices.
   */
  private void collectionPoints(DataMap map, List<Problem> found) {
    if (map.collectionPoints().isEmpty()) {
      return;
    }
    Set<Category> disclosed = EnumSet.noneOf(Category.class);
    for (CollectionPoint point : map.collectionPoints()) {
      keptAtPoint(map, point, found);
      for (Category category : point.categories()) {
        disclosed.add(category);
        if (!map.collects(category)) {
          found.add(
              error(
                  point.location(),
                  "collection point '"
                      + point.id()
                      + "' collects category "
                      + category
                      + ", which 'categories' says is not collected: state it collected, or"
                      + " remove it from the point",
                  "rule 41, CC 1798.100(a)(1)"));
        }
      }
    }
    for (Category category : Category.values()) {
      if (map.collects(category) && !disclosed.contains(category)) {
        found.add(
            error(
                map.category(category).location(),
                "category "
                    + category
                    + " is collected, but no collection point names it, so consumers get no"
                    + " notice at collection for it: add it to the 'categories' of the points"
                    + " where it is collected",
                "rule 41, CC 1798.100(a)(1), 7012(c)"));
      }
    }
  }

  /*
   * Rule 41; CC 1798.100(a)(3); 7012: the notice at collection tells how long each category
   * collected there is kept. A point naming its retention rules must name one for each category.
   */
  private static void keptAtPoint(DataMap map, CollectionPoint point, List<Problem> found) {
    if (point.retentionIds().isEmpty()) {
      return;
    }
    Set<Category> kept = EnumSet.noneOf(Category.class);
    for (RetentionRule rule : map.retention()) {
      if (point.retentionIds().contains(rule.id()) && rule.categories() != null) {
        kept.addAll(rule.categories());
      }
    }
    for (Category category : point.categories()) {
      if (!kept.contains(category)) {
        found.add(
            error(
                point.location(),
                "collection point '"
                    + point.id()
                    + "' collects category "
                    + category
                    + ", but none of its 'retention' rules covers it, so its notice would not say"
                    + " how long it is kept: add the rule that keeps it",
                "rule 41, CC 1798.100(a)(3)"));
      }
    }
  }

  private static Problem error(Location at, String message, String rule) {
    return new Problem(
        Problem.Severity.ERROR, at == null ? new Location(Path.of("."), 1, 1) : at, message, rule);
  }
}
