package dev.rightful.law;

/**
 * Which recipients of a consumer's personal information a business must pass a request on to, by
 * the request's type and the recipient's kind, transfer and categories: the one place that rule
 * lives. Stateless.
 */
public final class RecipientDuty {
  private RecipientDuty() {}

  /**
   * Whether a request of {@code type} must be passed on to a recipient of {@code kind}, given what
   * it is sold or shared ({@code transfer}) and whether it receives sensitive personal information
   * (category L). Types that concern no recipient (know, Shine the Light) answer false.
   */
  public static boolean mustTell(
      RequestType type, RecipientKind kind, Transfer transfer, boolean receivesSensitive) {
    boolean processor = kind != RecipientKind.THIRD_PARTY;
    return switch (type) {
      // 7022(b)(2)-(3); CC 1798.105(c)(1): service providers and contractors, and every third party
      // sold or shared to (a third party given data for a business purpose only is not named).
      case DELETE -> processor || transfer.soldOrShared();
      // 7023(c): instruct service providers and contractors to correct.
      case CORRECT -> processor;
      // 7026(f)(2)-(3): every third party sold or shared to, to stop and pass the opt-out on.
      case OPT_OUT -> transfer.soldOrShared();
      // 7027(g)(2)-(3): whoever uses or received the sensitive personal information is told to
      // comply; the map does not say which uses fall under 7027(m), so every recipient of L is.
      case LIMIT_SENSITIVE -> receivesSensitive;
      // 7221(n) [V2]: whoever received the consumer's information for the ADMT is told to stop;
      // which recipients those are is the ADMT use's list in the map (see Admt), so here: all.
      case OPT_OUT_ADMT -> true;
      case KNOW_CATEGORIES, KNOW_SPECIFIC, ACCESS_ADMT, DIRECT_MARKETING -> false;
    };
  }
}
