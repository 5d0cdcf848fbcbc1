package dev.rightful.consent;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the ledger holds about one subject: the choice in force per purpose (null where none was
 * made), the birth date when the business knows the consumer's age, and the time of the latest
 * opt-out, and the US state the subject's visitor was last seen in ({@code region}, a two-letter
 * code; null when never told). Immutable and thread-safe; the decision cache holds these.
 */
public record SubjectState(
    String key,
    LocalDate bornOn,
    Instant lastOptOutAt,
    PurposeState sale,
    PurposeState share,
    PurposeState sensitive,
    String region) {

  /** A state without a known region. */
  public SubjectState(
      String key,
      LocalDate bornOn,
      Instant lastOptOutAt,
      PurposeState sale,
      PurposeState share,
      PurposeState sensitive) {
    this(key, bornOn, lastOptOutAt, sale, share, sensitive, null);
  }

  /** A subject the ledger has never seen. */
  public static SubjectState unknown(String key) {
    return new SubjectState(key, null, null, null, null, null, null);
  }

  /** The choice in force for {@code purpose}, or null. */
  public PurposeState of(ConsentPurpose purpose) {
    return switch (purpose) {
      case SALE -> sale;
      case SHARE -> share;
      case SENSITIVE -> sensitive;
    };
  }

  /** A copy with {@code purpose} set to {@code state}. */
  public SubjectState with(ConsentPurpose purpose, PurposeState state) {
    return new SubjectState(
        key,
        bornOn,
        lastOptOutAt,
        purpose == ConsentPurpose.SALE ? state : sale,
        purpose == ConsentPurpose.SHARE ? state : share,
        purpose == ConsentPurpose.SENSITIVE ? state : sensitive,
        region);
  }

  public SubjectState withBornOn(LocalDate date) {
    return new SubjectState(key, date, lastOptOutAt, sale, share, sensitive, region);
  }

  public SubjectState withLastOptOutAt(Instant at) {
    return new SubjectState(key, bornOn, at, sale, share, sensitive, region);
  }

  /** A copy whose visitor was seen in {@code code} (null: unknown). */
  public SubjectState withRegion(String code) {
    return new SubjectState(key, bornOn, lastOptOutAt, sale, share, sensitive, code);
  }

  public boolean optedOut(ConsentPurpose purpose) {
    PurposeState state = of(purpose);
    return state != null && state.choice() == Choice.OPT_OUT;
  }
}
