package dev.rightful.datamap;

import dev.rightful.law.Category;
import dev.rightful.law.Method;
import dev.rightful.law.SensitiveKind;
import dev.rightful.law.state.Jurisdiction;
import dev.rightful.law.state.MinorDuty;
import dev.rightful.law.state.SensitiveModel;
import dev.rightful.law.state.SensitiveType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a valid data map against each state its {@code jurisdictions} section names, on a given
 * day: sensitive data in an opt-in state without recorded consent, sensitive data beyond what
 * Maryland allows, a state that requires honouring Global Privacy Control while the map processes
 * no signals, and minors' data sold where a state forbids it even with consent. Each finding cites
 * the state's statute. Stateless apart from the day; thread-safe.
 */
final class StateLint {
  private final LocalDate today;

  StateLint(LocalDate today) {
    this.today = today;
  }

  void check(DataMap map, List<Problem> found) {
    JurisdictionPolicy policy = map.jurisdictions();
    Location at = policy.location() != null ? policy.location() : new Location(Path.of("."), 1, 1);
    for (Jurisdiction state : policy.states()) {
      sensitive(map, policy, state, at, found);
      signals(map, state, at, found);
      minors(map, state, at, found);
    }
  }

  /*
   * A field marked with a California kind is read as the state types SensitiveType.of gives; a map
   * that collects category L without marking any field cannot say which types it holds, so every
   * state's definition is taken to apply.
   */
  private Set<SensitiveType> sensitiveHeld(DataMap map, Jurisdiction state) {
    Set<SensitiveType> listed = state.sensitive().typesOn(today);
    Set<SensitiveKind> kinds = map.sensitiveKinds();
    if (kinds.isEmpty()) {
      return map.collects(Category.L) ? listed : Set.of();
    }
    Set<SensitiveType> held = EnumSet.noneOf(SensitiveType.class);
    kinds.forEach(kind -> held.addAll(SensitiveType.of(kind)));
    held.retainAll(listed);
    return held;
  }

  private void sensitive(
      DataMap map, JurisdictionPolicy policy, Jurisdiction state, Location at, List<Problem> out) {
    Set<SensitiveType> held = sensitiveHeld(map, state);
    if (held.isEmpty()) {
      return;
    }
    SensitiveModel model = state.sensitive().model();
    String cite = state.sensitive().citation();
    if (model.requiresConsent() && !policy.sensitiveConsent()) {
      out.add(
          error(
              at,
              "the map collects sensitive data ("
                  + describe(held)
                  + ") and operates in "
                  + state.name()
                  + ", which allows processing it only with the consumer's prior opt-in consent:"
                  + " collect consent (the consent ledger's 'sensitive' purpose) and set"
                  + " 'jurisdictions.sensitiveConsent: true', or stop collecting it",
              cite));
    }
    if (model == SensitiveModel.STRICTLY_NECESSARY_NO_SALE) {
      map.recipients().stream()
          .filter(r -> r.transfer().soldOrShared() && r.categories().contains(Category.L))
          .forEach(
              r ->
                  out.add(
                      error(
                          r.location(),
                          "recipient '"
                              + r.id()
                              + "' is sold or shared sensitive data (category L), which "
                              + state.name()
                              + " forbids whatever the consumer consents to",
                          cite)));
      if (map.rightToLimitApplies()) {
        out.add(
            error(
                at,
                "sensitive data is used beyond providing and securing the service"
                    + " ('categories.L.usedFor'), but "
                    + state.name()
                    + " allows it only where strictly necessary for what the consumer asked for:"
                    + " limit 'usedFor' to those purposes, or stop collecting it",
                cite));
      }
    }
  }

  private void signals(DataMap map, Jurisdiction state, Location at, List<Problem> out) {
    boolean soldOrShared = map.recipients().stream().anyMatch(r -> r.transfer().soldOrShared());
    if (!soldOrShared || map.offers(Method.OPT_OUT_PREFERENCE_SIGNAL)) {
      return;
    }
    state.signals().stream()
        .filter(signal -> signal.requiredOn(today))
        .forEach(
            signal ->
                out.add(
                    error(
                        at,
                        state.name()
                            + " requires honouring Global Privacy Control as an opt-out of sale"
                            + " and targeted advertising since "
                            + signal.from()
                            + ", and the map sells or shares personal information: add"
                            + " opt-out-preference-signal to 'methods.optOutMethods'",
                        signal.citation())));
  }

  /*
   * The map states minors' policy in California's terms (under 16): a business that knowingly
   * collects their data and sells or shares it with opt-in is still forbidden to in a state whose
   * ban admits no consent.
   */
  private void minors(DataMap map, Jurisdiction state, Location at, List<Problem> out) {
    Policies.Minors minors = map.minors();
    boolean soldOrShared = map.recipients().stream().anyMatch(r -> r.transfer().soldOrShared());
    if (!minors.knowinglyCollectsUnder16() || !minors.sellsOrSharesUnder16WithOptIn()) {
      return;
    }
    if (!soldOrShared) {
      return;
    }
    state.minorsOn(today).stream()
        .filter(
            rule ->
                rule.duty() == MinorDuty.NO_ADVERTISING_OR_SALE || rule.duty() == MinorDuty.NO_SALE)
        .filter(rule -> rule.covers(15))
        .findFirst()
        .ifPresent(
            rule ->
                out.add(
                    error(
                        at,
                        "the map sells or shares data of consumers under 16 with their opt-in"
                            + " ('minors'), but "
                            + state.name()
                            + " forbids selling data of known minors under "
                            + rule.underAge()
                            + " even with consent: set 'minors.sellsOrSharesUnder16WithOptIn:"
                            + " false'",
                        rule.citation())));
  }

  private static String describe(Set<SensitiveType> types) {
    return types.stream().map(SensitiveType::description).collect(Collectors.joining(", "));
  }

  private static Problem error(Location at, String message, String citation) {
    return new Problem(Problem.Severity.ERROR, at, message, citation);
  }
}
