package dev.rightful.consent;

import dev.rightful.web.Translator;

/**
 * What the "Do Not Sell or Share" and "Limit the Use" pages show: whether the notice declares the
 * use, whether this browser's opt-out is in force and since when, whether it came from the signal,
 * and the form's hidden fields. Immutable; the templates read it.
 */
public record OptOutPage(
    Kind kind,
    String business,
    boolean declared,
    boolean optedOut,
    String since,
    boolean bySignal,
    boolean signalNow,
    boolean submitted,
    String respondBy,
    String device,
    String token,
    String error,
    String tollFree,
    String contactEmail) {

  /** Which of the two pages. */
  public enum Kind {
    DO_NOT_SELL(PrivacyPages.DO_NOT_SELL, "link.do-not-sell"),
    LIMIT(PrivacyPages.LIMIT, "link.limit");

    private final String path;
    private final String titleKey;

    Kind(String path, String titleKey) {
      this.path = path;
      this.titleKey = titleKey;
    }

    public String path() {
      return path;
    }

    /** The page's title in the page's language: the link text 7026(a) and 7027(b) prescribe. */
    public String title() {
      return Translator.current().t(titleKey);
    }
  }

  /** "Opt-Out Request Honored" (7025(c)(6)), in the page's language. */
  public String honored() {
    return Translator.current().t("gpc.honored");
  }
}
