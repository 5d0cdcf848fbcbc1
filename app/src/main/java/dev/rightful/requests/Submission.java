package dev.rightful.requests;

import dev.rightful.law.Lookback;
import dev.rightful.law.RequestType;
import java.util.List;

/**
 * A rights request as submitted, before Rightful stores it: from the privacy center form, the JSON
 * API, staff phone entry or an agent. Already validated by {@link SubmissionParser}.
 *
 * @param lookbackScope for know requests: last 12 months (default), all since 2022, or a range
 * @param language the language the consumer filed in ({@code en}, {@code es}), which the request's
 *     mails are written in
 * @param declarationSignedBy the name typed under the declaration under penalty of perjury, or null
 *     (7062(c): required to disclose specific pieces)
 */
public record Submission(
    RequestType type,
    Channel channel,
    Subject subject,
    Requester requester,
    Lookback.Scope lookbackScope,
    java.time.LocalDate lookbackFrom,
    java.time.LocalDate lookbackTo,
    List<Correction> corrections,
    String declarationSignedBy,
    String details,
    String language) {

  public Submission {
    language = language == null ? "en" : language;
  }

  /** A submission in English. */
  public Submission(
      RequestType type,
      Channel channel,
      Subject subject,
      Requester requester,
      Lookback.Scope lookbackScope,
      java.time.LocalDate lookbackFrom,
      java.time.LocalDate lookbackTo,
      List<Correction> corrections,
      String declarationSignedBy,
      String details) {
    this(
        type,
        channel,
        subject,
        requester,
        lookbackScope,
        lookbackFrom,
        lookbackTo,
        corrections,
        declarationSignedBy,
        details,
        null);
  }

  /** This submission filed in {@code value}. */
  public Submission withLanguage(String value) {
    return new Submission(
        type,
        channel,
        subject,
        requester,
        lookbackScope,
        lookbackFrom,
        lookbackTo,
        corrections,
        declarationSignedBy,
        details,
        value);
  }
}
