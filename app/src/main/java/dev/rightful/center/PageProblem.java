package dev.rightful.center;

/**
 * Thrown by a privacy center handler to answer with a short error page instead: an unknown status
 * link (404), a form without a valid token (403), an upload too large (413), a form over an intake
 * limit (429). The page says what to do and reveals nothing about any request.
 */
public final class PageProblem extends RuntimeException {
  private final int status;
  private final String title;

  public PageProblem(int status, String title, String message) {
    super(message);
    this.status = status;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** The page for a status link that matches no request, or a confirmation link that is wrong. */
  static PageProblem notFound() {
    return new PageProblem(
        404,
        "Page not found",
        "This link does not lead to a request. If you copied it from an email, check that you"
            + " copied all of it.");
  }

  /** The page for a form sent over an intake limit; {@code seconds} until it may be sent again. */
  static PageProblem tooManyRequests(long seconds) {
    String when =
        seconds < 120
            ? seconds + " seconds"
            : seconds < 7200
                ? (seconds + 59) / 60 + " minutes"
                : (seconds + 3599) / 3600 + " hours";
    return new PageProblem(
        429,
        "Too many requests",
        "Nothing was sent: too many requests came from your network or named this email address"
            + " recently. Please try again in "
            + when
            + ".");
  }
}
