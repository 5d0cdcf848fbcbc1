package dev.rightful.consent;

import dev.rightful.datamap.JurisdictionPolicy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The consent rules of the CCPA in one place: who may be sold to, shared with or have sensitive
 * data used, who may be asked to opt in and when, and what an opt-in needs. Pure and thread-safe;
 * everything else in the package asks this class.
 *
 * <p>The regime is opt-out for adults (sale and sharing go on until the consumer refuses) and
 * opt-in for consumers the business knows to be under 16. Age is known only from a recorded birth
 * date; a subject without one is treated as an adult, which is what "actual knowledge" permits.
 *
 * <p>Sensitive data follows the law of the state the subject's visitor was last seen in ({@link
 * SubjectState#region}, resolved by {@link VisitorLaw}): California's right to limit, another
 * state's opt-in consent, or Maryland's "strictly necessary" rule. Sale and sharing follow the
 * California model everywhere, which is at least as protective as any state's opt-out.
 */
public final class ConsentRules {
  // CC 1798.135(c)(4); 7026(k): wait at least 12 months before asking to opt back in
  public static final Period REASK_AFTER = Period.ofMonths(12);
  // CC 1798.120(c): under 16, sale or sharing only with opt-in
  public static final int OPT_IN_AGE = 16;
  // CC 1798.120(c); 7070(a): under 13, the opt-in is the parent's, verified
  public static final int PARENTAL_AGE = 13;

  private final Practices practices;
  private final VisitorLaw visitorLaw;

  /** The rules of a map that covers California only, everyone answered as a Californian. */
  public ConsentRules(Practices practices) {
    this(practices, JurisdictionPolicy.californiaOnly());
  }

  /** The rules for a map whose {@code jurisdictions} section says {@code policy}. */
  public ConsentRules(Practices practices, JurisdictionPolicy policy) {
    this.practices = practices;
    this.visitorLaw = new VisitorLaw(policy);
  }

  /** The law that governs a subject whose visitor is in {@code region} (null: unknown). */
  public Governing governing(String region) {
    return visitorLaw.of(region);
  }

  public Practices practices() {
    return practices;
  }

  /** May the business use {@code state}'s personal information for {@code purpose} now? */
  public Decision decide(SubjectState state, ConsentPurpose purpose, Clock clock) {
    if (!practices.declares(purpose)) {
      return Decision.of(Reason.NOT_IN_NOTICE);
    }
    PurposeState current = state.of(purpose);
    if (purpose == ConsentPurpose.SENSITIVE) {
      return decideSensitive(current, governing(state.region()));
    }
    if (state.bornOn() != null) {
      int age = age(state.bornOn(), LocalDate.now(clock));
      if (age < OPT_IN_AGE) {
        return decideMinor(current, age);
      }
    }
    if (current == null) {
      return Decision.of(Reason.NOT_OPTED_OUT);
    }
    if (current.choice() == Choice.OPT_IN) {
      return Decision.of(Reason.OPTED_IN);
    }
    return Decision.of(current.source() == ChoiceSource.GPC ? Reason.GPC_SIGNAL : Reason.OPTED_OUT);
  }

  /**
   * Whether an opt-out preference signal is in force for {@code state}: a declared sale or sharing
   * purpose whose choice in force is an opt-out the signal made. The one answer to "GPC?" for the
   * decision endpoint's {@code gpc-signal}, the GPP and US Privacy strings (browser, service API
   * and propagation alike) and the browser's honored message, so they cannot disagree.
   */
  public boolean signalInForce(SubjectState state) {
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      PurposeState current = state.of(purpose);
      if (purpose.soldOrShared()
          && practices.declares(purpose)
          && current != null
          && current.choice() == Choice.OPT_OUT
          && current.source() == ChoiceSource.GPC) {
        return true;
      }
    }
    return false;
  }

  private static Decision decideSensitive(PurposeState current, Governing law) {
    boolean optedOut = current != null && current.choice() == Choice.OPT_OUT;
    return switch (law.sensitive()) {
      // CC 1798.121 (California): the right to limit; Utah and Iowa: notice and an opt-out
      case RIGHT_TO_LIMIT, NOTICE_AND_OPT_OUT ->
          Decision.of(optedOut ? Reason.LIMITED : Reason.NOT_OPTED_OUT);
      // e.g. C.R.S. 6-1-1308(7), Va. Code § 59.1-578(A)(5): only with prior consent
      case OPT_IN_CONSENT ->
          Decision.of(
              current != null && current.choice() == Choice.OPT_IN
                  ? Reason.OPTED_IN
                  : optedOut ? Reason.LIMITED : Reason.NO_CONSENT);
      // Md. Code, Com. Law § 14-4607(a): strictly necessary only; consent does not cure
      case STRICTLY_NECESSARY_NO_SALE -> Decision.of(Reason.NOT_PERMITTED);
    };
  }

  private Decision decideMinor(PurposeState current, int age) {
    if (!practices.minorsMayOptIn() || current == null || current.choice() != Choice.OPT_IN) {
      return Decision.of(
          age < PARENTAL_AGE ? Reason.CHILD_NO_PARENTAL_CONSENT : Reason.MINOR_NO_OPT_IN);
    }
    // 7070(a): a child's own opt-in (or one recorded before the age was known) does not count
    if (age < PARENTAL_AGE && current.source() != ChoiceSource.PARENTAL_CONSENT) {
      return Decision.of(Reason.CHILD_NO_PARENTAL_CONSENT);
    }
    return Decision.of(Reason.MINOR_OPTED_IN);
  }

  /**
   * Whether an opt-in to {@code purpose} may be recorded for {@code state}; empty when it may.
   * {@code confirmed} says the consumer confirmed in a separate second step; {@code signalPresent}
   * that the request carrying the opt-in also carries an opt-out preference signal.
   */
  public Optional<OptInRefusal> checkOptIn(
      SubjectState state,
      ConsentPurpose purpose,
      ChoiceSource source,
      boolean confirmed,
      boolean signalPresent,
      LocalDate today) {
    if (!practices.declares(purpose)) {
      return Optional.of(OptInRefusal.NOT_IN_NOTICE);
    }
    if (signalPresent && purpose.soldOrShared()) {
      // 7025(c)(3): the signal wins over a conflicting setting made in the same browser
      return Optional.of(OptInRefusal.SIGNAL_PRESENT);
    }
    if (state.bornOn() != null && purpose.soldOrShared()) {
      int age = age(state.bornOn(), today);
      if (age < OPT_IN_AGE && !practices.minorsMayOptIn()) {
        return Optional.of(OptInRefusal.MINORS_NOT_SOLD);
      }
      if (age < PARENTAL_AGE && source != ChoiceSource.PARENTAL_CONSENT) {
        return Optional.of(OptInRefusal.CHILD_NEEDS_PARENT);
      }
    }
    if (!confirmed) {
      // 7028(a): request, then separately confirm
      return Optional.of(OptInRefusal.NOT_CONFIRMED);
    }
    return Optional.empty();
  }

  /**
   * Whether a machine client (a token, not the consumer) may record an opt-in to {@code purpose}
   * for a consumer whose linked subjects are {@code profile}; empty when it may. It may not while
   * an opt-out stands on any of them: every opt-out in the ledger is the consumer's (a form, a
   * signal, a request, the cookie tool, or staff taking their call), and only the consumer's own
   * consent undoes it.
   */
  public Optional<OptInRefusal> checkClientOptIn(
      Iterable<SubjectState> profile, ConsentPurpose purpose) {
    for (SubjectState state : profile) {
      if (state.optedOut(purpose)) {
        // CC 1798.120(d): after an opt-out, no sale or sharing until the consumer consents
        return Optional.of(OptInRefusal.OPT_OUT_STANDS);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the business may ask this subject to opt in (to sale, sharing or sensitive use) now:
   * not within 12 months of an opt-out or a minor's refusal, and never a child under 13 directly.
   */
  public boolean mayAskToOptIn(SubjectState state, Instant now, ZoneId zone) {
    if (state.lastOptOutAt() != null && now.isBefore(askAgainFrom(state.lastOptOutAt(), zone))) {
      return false;
    }
    if (state.bornOn() != null) {
      int age = age(state.bornOn(), now.atZone(zone).toLocalDate());
      if (age < PARENTAL_AGE || (age < OPT_IN_AGE && !practices.minorsMayOptIn())) {
        return false;
      }
    }
    return true;
  }

  /** The first moment the business may ask again after an opt-out at {@code optOut}. */
  public static Instant askAgainFrom(Instant optOut, ZoneId zone) {
    return optOut.atZone(zone).plus(REASK_AFTER).toInstant();
  }

  /** Completed years from {@code bornOn} to {@code today}. */
  public static int age(LocalDate bornOn, LocalDate today) {
    return Period.between(bornOn, today).getYears();
  }

  /**
   * The latest birth date consistent with being {@code age} on {@code today}: the youngest the
   * consumer can be, so a stated age never makes a minor look older than they are.
   */
  public static LocalDate youngestBirthDate(int age, LocalDate today) {
    return today.minusYears(age);
  }
}
