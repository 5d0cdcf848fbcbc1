package dev.rightful.law;

import java.util.Optional;

/**
 * A ground on which a business may refuse a rights request, wholly or in part. Every denial names
 * one (CC 1798.145(i)(2), rule 7); a deletion may be refused only on the eight statutory exceptions
 * of CC 1798.105(d) (rule 27).
 */
public enum DenialBasis implements Vocabulary {
  // CC 1798.105(d)(1)
  COMPLETE_TRANSACTION(
      "complete-transaction",
      "needed to complete the transaction, provide the goods or services you asked for, or perform"
          + " our contract with you",
      true),
  // CC 1798.105(d)(2)
  SECURITY_AND_INTEGRITY(
      "security-integrity",
      "needed to help ensure security and integrity, as far as the information is used for that",
      true),
  // CC 1798.105(d)(3)
  DEBUG_AND_REPAIR(
      "debug-repair",
      "needed to debug and repair errors that impair existing intended functions",
      true),
  // CC 1798.105(d)(4)
  FREE_SPEECH(
      "free-speech",
      "needed to exercise free speech or ensure another consumer's right to free speech",
      true),
  // CC 1798.105(d)(5)
  CALECPA(
      "calecpa",
      "needed to comply with the California Electronic Communications Privacy Act",
      true),
  // CC 1798.105(d)(6)
  RESEARCH(
      "research",
      "needed for public or peer-reviewed research in the public interest, where deletion would make"
          + " it impossible or seriously impair it, and you consented",
      true),
  // CC 1798.105(d)(7)
  INTERNAL_EXPECTED_USES(
      "internal-expected-uses",
      "used solely internally, in ways reasonably aligned with your expectations given your"
          + " relationship with us",
      true),
  // CC 1798.105(d)(8)
  LEGAL_OBLIGATION("legal-obligation", "needed to comply with a legal obligation", true),
  // 7022(a), 7023(a), 7024(a)-(b); rule 6
  UNVERIFIED("unverified", "we could not verify your identity", false),
  // CC 1798.145(i)(3); rule 8
  MANIFESTLY_UNFOUNDED_OR_EXCESSIVE(
      "manifestly-unfounded-or-excessive",
      "the request is manifestly unfounded or excessive",
      false),
  // CC 1798.130(b); rule 23
  KNOW_LIMIT_REACHED(
      "know-limit-reached",
      "we already answered two requests to know from you in the last 12 months",
      false),
  // CC 1798.83(b); rule 46: one Shine the Light answer per customer per calendar year
  ANSWERED_THIS_YEAR(
      "answered-this-year",
      "we already answered a request about disclosures for direct marketing from you this"
          + " calendar year",
      false),
  // 7026(e), 7027(f); rule 9
  SUSPECTED_FRAUD(
      "suspected-fraud",
      "we have a documented, good-faith belief that the request is fraudulent",
      false),
  // 7063; rule 16
  AGENT_NOT_AUTHORIZED(
      "agent-not-authorized",
      "the authorized agent did not show that you gave them permission",
      false),
  // 7023(b); rule 28
  INFORMATION_ACCURATE(
      "information-accurate",
      "on the totality of the circumstances the information is more likely than not accurate",
      false),
  // CC 1798.145; 7022(b), 7023(f), 7024(h)
  EXEMPT_OR_IMPOSSIBLE(
      "exempt-or-impossible",
      "the information is exempt from the CCPA, or complying is impossible or would take"
          + " disproportionate effort (explained in detail)",
      false);

  private final String id;
  private final String reason;
  private final boolean deletionException;

  DenialBasis(String id, String reason, boolean deletionException) {
    this.id = id;
    this.reason = reason;
    this.deletionException = deletionException;
  }

  @Override
  public String id() {
    return id;
  }

  /** The reason in plain words, completing "We could not fully act on your request because …". */
  public String reason() {
    return reason;
  }

  /** Whether this is one of the eight grounds that may refuse a deletion (CC 1798.105(d)). */
  public boolean deletionException() {
    return deletionException;
  }

  /**
   * Whether a request of {@code type} may be refused on this ground: a deletion only on the eight
   * exceptions or for want of verification or authority (CC 1798.105(d); 7022(a); rule 27); an
   * opt-out or limit request only for documented fraud or a missing agent permission (7026(e), (j);
   * 7027(f)); the know limit only for know requests (CC 1798.130(b)); accuracy only for a
   * correction (7023(b)); the once-a-year limit only for Shine the Light (CC 1798.83(b)).
   */
  public boolean isAllowedFor(RequestType type) {
    return switch (type) {
      // 7221 [V2]: the ADMT opt-out is refused as the sale opt-out is; an exception that applies
      // means the opt-out is not offered at all (Admt.optOutOffered), not a denial ground
      case OPT_OUT, LIMIT_SENSITIVE, OPT_OUT_ADMT ->
          this == SUSPECTED_FRAUD || this == AGENT_NOT_AUTHORIZED;
      case DELETE -> deletionException || general();
      case CORRECT -> this == INFORMATION_ACCURATE || general();
      case KNOW_CATEGORIES, KNOW_SPECIFIC -> this == KNOW_LIMIT_REACHED || general();
      case ACCESS_ADMT -> general();
      case DIRECT_MARKETING ->
          this == ANSWERED_THIS_YEAR
              || this == MANIFESTLY_UNFOUNDED_OR_EXCESSIVE
              || this == EXEMPT_OR_IMPOSSIBLE;
    };
  }

  private boolean general() {
    return this == UNVERIFIED
        || this == MANIFESTLY_UNFOUNDED_OR_EXCESSIVE
        || this == AGENT_NOT_AUTHORIZED
        || this == EXEMPT_OR_IMPOSSIBLE;
  }

  public static Optional<DenialBasis> fromId(String id) {
    return Vocabulary.parse(DenialBasis.class, id);
  }
}
