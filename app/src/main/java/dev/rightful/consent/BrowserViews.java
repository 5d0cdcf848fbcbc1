package dev.rightful.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a browser's {@link BrowserView} from its ledger state: the decisions, what the cookie tool
 * may change and why not, the banner, the signal message and the GPP strings. Thread-safe.
 */
final class BrowserViews {
  static final String HONORED = "Opt-Out Request Honored";
  static final String SIGNAL_LOCK =
      "Your browser sent a Global Privacy Control signal, so we have opted you out of this. To"
          + " change it, turn off Global Privacy Control in your browser first.";
  static final String CHILD_LOCK =
      "You are under 13: only a parent or guardian can allow this, with verified consent.";
  static final String MINORS_LOCK =
      "We do not sell or share the personal information of consumers under 16.";

  private final ConsentRules rules;
  private final GppStrings gpp;
  private final Clock clock;
  private final Map<ConsentPurpose, List<BrowserView.RecipientView>> recipients;

  BrowserViews(ConsentRules rules, GppStrings gpp, Clock clock) {
    this.rules = rules;
    this.gpp = gpp;
    this.clock = clock;
    this.recipients = recipients(rules.practices());
  }

  BrowserView view(
      String device,
      SubjectState state,
      boolean signal,
      boolean noticeSeen,
      BrowserView.Links links,
      BrowserView.Confirmation confirm,
      String refusal,
      BrowserView.CollectionLine collection) {
    Practices practices = rules.practices();
    Integer age =
        state.bornOn() == null ? null : ConsentRules.age(state.bornOn(), LocalDate.now(clock));
    boolean minor = age != null && age < ConsentRules.OPT_IN_AGE;
    List<BrowserView.PurposeView> purposes = new ArrayList<>();
    boolean anyChoice = false;
    boolean refusedAll = true;
    for (ConsentPurpose purpose : practices.declared()) {
      Decision decision = rules.decide(state, purpose, clock);
      PurposeState current = state.of(purpose);
      if (purpose.soldOrShared()) {
        anyChoice |= current != null;
        refusedAll &= !decision.allowed();
      }
      String lock = null;
      if (purpose.soldOrShared()) {
        if (signal) {
          lock = SIGNAL_LOCK;
        } else if (minor && !practices.minorsMayOptIn()) {
          lock = MINORS_LOCK;
        } else if (minor && age < ConsentRules.PARENTAL_AGE) {
          lock = CHILD_LOCK;
        }
      }
      purposes.add(
          new BrowserView.PurposeView(
              purpose.id(),
              purpose.label(),
              description(purpose),
              decision.allowed(),
              decision.reason().id(),
              current == null ? null : current.choice().id(),
              current == null ? null : current.source().id(),
              lock != null,
              lock,
              recipients.getOrDefault(purpose, List.of()),
              practices.cookiesFor(purpose)));
    }
    boolean sellsOrShares = practices.sells() || practices.shares();
    boolean honored = sellsOrShares ? refusedAll && (signal || rules.signalInForce(state)) : signal;
    boolean mayAsk = rules.mayAskToOptIn(state, clock.instant(), Propagation.CALIFORNIA);
    boolean banner = sellsOrShares && !signal && !noticeSeen && !anyChoice && (!minor || mayAsk);
    // The ledger's state, as the service API serves vendors; the live signal is in Signal below.
    GppStrings.Encoded strings = gpp.encode(state, clock);
    Governing law = rules.governing(state.region());
    return new BrowserView(
        device,
        practices.businessName(),
        purposes,
        new BrowserView.Signal(signal, honored, honored ? HONORED : null),
        banner,
        minor,
        mayAsk,
        strings.gpp(),
        strings.sectionIds(),
        strings.sections(),
        strings.usPrivacy(),
        new BrowserView.Law(
            law.region(),
            law.lawName(),
            strings.applicableSections(),
            law.sensitive().id(),
            law.gpcRequiredOn(LocalDate.now(clock))),
        links,
        confirm,
        refusal,
        collection);
  }

  static String description(ConsentPurpose purpose) {
    return switch (purpose) {
      case SALE ->
          "We make personal information, such as the identifiers our advertising cookies collect,"
              + " available to the partners below in exchange for something of value.";
      case SHARE ->
          "We let advertising partners use information about your activity on our website to"
              + " show you ads on other websites and apps.";
      case SENSITIVE ->
          "We use sensitive personal information for purposes beyond providing the services you"
              + " asked for.";
    };
  }

  private static Map<ConsentPurpose, List<BrowserView.RecipientView>> recipients(
      Practices practices) {
    Map<ConsentPurpose, List<BrowserView.RecipientView>> out = new LinkedHashMap<>();
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      Map<String, List<String>> byRecipient = new LinkedHashMap<>();
      for (Practices.Destination d : practices.destinationsFor(purpose)) {
        List<String> vendors =
            byRecipient.computeIfAbsent(d.recipientDescription(), k -> new ArrayList<>());
        if (d.vendor() != null) {
          vendors.add(d.vendor());
        }
      }
      List<BrowserView.RecipientView> views = new ArrayList<>();
      byRecipient.forEach((k, v) -> views.add(new BrowserView.RecipientView(k, List.copyOf(v))));
      out.put(purpose, List.copyOf(views));
    }
    return out;
  }
}
