package dev.rightful.consent;

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
    DO_NOT_SELL(PrivacyPages.DO_NOT_SELL, "Do Not Sell or Share My Personal Information"),
    LIMIT(PrivacyPages.LIMIT, "Limit the Use of My Sensitive Personal Information");

    private final String path;
    private final String title;

    Kind(String path, String title) {
      this.path = path;
      this.title = title;
    }

    public String path() {
      return path;
    }

    public String title() {
      return title;
    }
  }

  public String honored() {
    return BrowserViews.HONORED;
  }
}
