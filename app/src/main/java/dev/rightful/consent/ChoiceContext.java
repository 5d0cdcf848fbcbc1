package dev.rightful.consent;

/**
 * Where a choice came from, as the ledger records it: the source, and when known the page it was
 * made on, the browser's user agent and a free-text detail (for a parental consent, the method and
 * who verified it). Immutable.
 */
public record ChoiceContext(ChoiceSource source, String page, String userAgent, String detail) {
  private static final int MAX = 500;

  public ChoiceContext {
    page = clip(page);
    userAgent = clip(userAgent);
    detail = clip(detail);
  }

  public static ChoiceContext of(ChoiceSource source) {
    return new ChoiceContext(source, null, null, null);
  }

  private static String clip(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return text.length() <= MAX ? text : text.substring(0, MAX);
  }
}
