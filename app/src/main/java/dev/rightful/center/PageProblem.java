package dev.rightful.center;

/**
 * Thrown by a privacy center handler to answer with a short error page instead: an unknown status
 * link (404), a form without a valid token (403), an upload too large (413). The page says what to
 * do and reveals nothing about any request.
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
}
