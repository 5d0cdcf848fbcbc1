package dev.rightful.fulfil;

import dev.rightful.law.Lookback;
import dev.rightful.requests.LookbackWords;
import java.util.List;
import java.util.Map;

/**
 * The texts a consumer reads when fulfilment completes their request: counts and table names, never
 * the data itself. Stateless.
 */
final class Answers {
  private Answers() {}

  // 7022(e); CC 1798.105(c)(2): say whether it was complied with and that a record is kept.
  static String deletion(Certificate certificate, int recipientsTold) {
    boolean erased =
        certificate.deleted().values().stream().anyMatch(n -> n > 0)
            || certificate.anonymized().values().stream().anyMatch(n -> n > 0);
    // Everything kept (a legal hold on the consumer): say so first, not "we deleted".
    StringBuilder text =
        new StringBuilder(
            erased || certificate.retained().isEmpty()
                ? "We deleted your personal information."
                : "We kept your personal information, for the reasons below.");
    if (!certificate.deleted().isEmpty()) {
      text.append(" Deleted: ").append(list(certificate.deleted())).append('.');
    }
    if (!certificate.anonymized().isEmpty()) {
      text.append(" De-identified, so that it no longer relates to you: ")
          .append(list(certificate.anonymized()))
          .append('.');
    }
    for (Certificate.Retained kept : certificate.retained()) {
      // CC 1798.105(d): retained under an exception, used for nothing else.
      text.append(" Kept: ")
          .append(kept.table())
          .append(" (")
          .append(records(kept.rows()))
          .append("), because: ")
          .append(kept.basis())
          .append(" We use it for that purpose only.");
    }
    if (recipientsTold > 0) {
      text.append(" We told ")
          .append(recipientsTold)
          .append(recipientsTold == 1 ? " company" : " companies")
          .append(" that process or received your information to delete it too.");
    }
    // 7022(d): backups wait until they are restored or used.
    text.append(
        " Copies in backups are deleted if a backup is ever restored or used. We keep a record"
            + " of your request and of this answer, as the law requires.");
    return text.toString();
  }

  // Rule 20; CC 1798.130(a)(2)(B): the period covered, and any part asked for that is left out.
  static String access(boolean specificPieces, String expires, Lookback lookback) {
    return (specificPieces
            ? "Your copy of the personal information we hold about you is ready"
            : "The list of the categories of personal information we hold about you is ready")
        + ". We sent you a secure link to download it; it works until "
        + expires
        + "."
        + (lookback == null ? "" : " " + LookbackWords.told(lookback));
  }

  // 7023(f): say whether it was complied with.
  static String correction(Map<String, Integer> changed, List<String> notFound) {
    StringBuilder text = new StringBuilder();
    if (changed.values().stream().anyMatch(n -> n > 0)) {
      text.append("We corrected your information: ");
      String sep = "";
      for (var entry : changed.entrySet()) {
        if (entry.getValue() > 0) {
          text.append(sep).append(entry.getKey()).append(" (").append(records(entry.getValue()));
          text.append(')');
          sep = ", ";
        }
      }
      text.append('.');
    }
    if (!notFound.isEmpty()) {
      text.append(text.isEmpty() ? "" : " ")
          .append("We hold no record of: ")
          .append(String.join(", ", notFound))
          .append(", so there was nothing to correct there.");
    }
    return text.toString();
  }

  private static String list(Map<String, Integer> counts) {
    StringBuilder out = new StringBuilder();
    String sep = "";
    for (var entry : counts.entrySet()) {
      if (entry.getValue() == 0) {
        continue;
      }
      String table = entry.getKey().substring(entry.getKey().indexOf('.') + 1);
      out.append(sep).append(table).append(" (").append(records(entry.getValue())).append(')');
      sep = ", ";
    }
    return out.length() == 0 ? "nothing" : out.toString();
  }

  private static String records(int n) {
    return n == 1 ? "1 record" : n + " records";
  }
}
