package dev.rightful.requests;

/**
 * How much public intake one sender may do: requests per client address per minute and per day, and
 * requests (each mails a receipt) naming one email address per day. They stop one address from
 * flooding the queue and anyone from mail-bombing a third party through receipts. These are the
 * business's security policy, not rules of law; each is an option ({@code
 * --intake-per-address-per-minute} and the others in {@code Options}). Immutable.
 */
public record IntakeLimits(int perAddressPerMinute, int perAddressPerDay, int perEmailPerDay) {

  public IntakeLimits {
    if (perAddressPerMinute < 1 || perAddressPerDay < 1 || perEmailPerDay < 1) {
      throw new IllegalArgumentException("intake limits are at least 1");
    }
  }

  /** 20 requests a minute and 200 a day per client address; 5 a day naming one email address. */
  public static IntakeLimits defaults() {
    return new IntakeLimits(20, 200, 5);
  }
}
