package dev.rightful.center;

import dev.rightful.web.Translator;

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
        Translator.current().t("problem.not-found"),
        Translator.current().t("problem.not-found.text"));
  }

  /** The page for a form sent over an intake limit; {@code seconds} until it may be sent again. */
  static PageProblem tooManyRequests(long seconds) {
    Translator t = Translator.current();
    String when =
        seconds < 120
            ? t.t("problem.seconds", seconds)
            : seconds < 7200
                ? t.t("problem.minutes", (seconds + 59) / 60)
                : t.t("problem.hours", (seconds + 3599) / 3600);
    return new PageProblem(429, t.t("problem.too-many"), t.t("problem.too-many.text", when));
  }
}
