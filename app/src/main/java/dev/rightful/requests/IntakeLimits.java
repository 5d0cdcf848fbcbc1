package dev.rightful.requests;

/**
 * How much one sender may do through the public doors: intake requests per client address per
 * minute and per day, and requests (each mails a receipt) naming one email address per day;
 * one-time code requests per client address per minute and codes mailed to one email address per
 * day; consent writes (opt-out form, GPC, cookie tool, the API's choices) per client address per
 * minute. They stop one address from flooding the queue or the ledger and anyone from mail-bombing
 * a third party through receipts or codes. These are the business's security policy, not rules of
 * law; each is an option ({@code --intake-per-address-per-minute} and the others in {@code
 * Options}). Immutable.
 */
public record IntakeLimits(
    int perAddressPerMinute,
    int perAddressPerDay,
    int perEmailPerDay,
    int codeRequestsPerAddressPerMinute,
    int codesPerEmailPerDay,
    int consentWritesPerAddressPerMinute) {

  public IntakeLimits {
    if (perAddressPerMinute < 1
        || perAddressPerDay < 1
        || perEmailPerDay < 1
        || codeRequestsPerAddressPerMinute < 1
        || codesPerEmailPerDay < 1
        || consentWritesPerAddressPerMinute < 1) {
      throw new IllegalArgumentException("rate limits are at least 1");
    }
  }

  /** The intake limits given, the others at their defaults. */
  public IntakeLimits(int perAddressPerMinute, int perAddressPerDay, int perEmailPerDay) {
    this(
        perAddressPerMinute,
        perAddressPerDay,
        perEmailPerDay,
        DEFAULT_CODE_REQUESTS_PER_ADDRESS_PER_MINUTE,
        DEFAULT_CODES_PER_EMAIL_PER_DAY,
        DEFAULT_CONSENT_WRITES_PER_ADDRESS_PER_MINUTE);
  }

  /*
   * Code requests: every ask counts, whether or not a code goes out (codes-per-client-per-hour
   * counts only codes sent), so guessing request ids is slowed too; 10 a minute passes a household. Codes to one email: 10 a day, more than any one consumer needs
   * (OneTimeCodes also caps them per hour). Consent writes: a cookie banner posts once per choice
   * and a GPC browser once per page view; 60 a minute passes a busy shared address.
   */
  public static final int DEFAULT_CODE_REQUESTS_PER_ADDRESS_PER_MINUTE = 10;
  public static final int DEFAULT_CODES_PER_EMAIL_PER_DAY = 10;
  public static final int DEFAULT_CONSENT_WRITES_PER_ADDRESS_PER_MINUTE = 60;

  /**
   * 20 requests a minute and 200 a day per client address; 5 a day naming one email address; 10
   * code requests a minute per address; 10 codes a day to one email; 60 consent writes a minute per
   * address.
   */
  public static IntakeLimits defaults() {
    return new IntakeLimits(20, 200, 5);
  }
}
