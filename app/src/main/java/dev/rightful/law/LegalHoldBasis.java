package dev.rightful.law;

/**
 * Why a legal hold keeps data a deletion request would erase: a business need not delete what it
 * must preserve to exercise or defend legal claims (CC 1798.145(a)(1)(E)). The consumer is told
 * this basis, never the hold's own reason, which may name a dispute or an investigation.
 */
public final class LegalHoldBasis {
  /** The rule a deletion certificate names for rows a legal hold kept. */
  public static final String RULE = "legal-hold";

  /** The basis told to the consumer, as a sentence. */
  public static final String TEXT =
      "A legal hold: we must preserve it to exercise or defend legal claims"
          + " (CC 1798.145(a)(1)(E)).";

  private LegalHoldBasis() {}
}
