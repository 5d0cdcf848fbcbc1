package dev.rightful.fulfil;

import dev.rightful.datamap.DataMap;
import dev.rightful.fulfil.notify.RecipientWords;
import dev.rightful.law.Lookback;
import dev.rightful.mail.Messages;
import dev.rightful.requests.LookbackWords;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The texts a consumer reads when fulfilment completes their request. They say only what has
 * happened: records in the map's words ({@link RecordWords}: descriptions and CCPA categories,
 * never table names), counts, never the data itself, and the recipients by the real state of their
 * notices. Items are listed one per line, for the mail. Stateless.
 */
final class Answers {
  private Answers() {}

  // 7022(e); CC 1798.105(c)(2): say whether it was complied with and that a record is kept.
  static String deletion(DataMap map, Certificate certificate, RecipientsTold recipients) {
    List<String> deleted = items(map, certificate.deleted());
    List<String> deidentified = items(map, certificate.anonymized());
    List<String> kept = new ArrayList<>();
    for (Certificate.Retained retained : certificate.retained()) {
      if (retained.rows() > 0) {
        // CC 1798.105(d): retained under an exception, used for nothing else.
        kept.add(
            RecordWords.records(map, retained.system(), retained.table(), retained.rows())
                + ". Why: "
                + retained.basis().strip());
      }
    }
    StringBuilder text = new StringBuilder();
    if (!deleted.isEmpty()) {
      text.append("We deleted your personal information.");
    } else if (!deidentified.isEmpty()) {
      text.append(
          "We de-identified your personal information, so that it no longer relates to you.");
    } else if (!kept.isEmpty()) {
      // Everything kept (a legal hold on the consumer): say so first, not "we deleted".
      text.append("We kept your personal information, for the reasons below.");
    } else {
      text.append(
          "We found no personal information about you in our records, so there was nothing for us"
              + " to delete.");
    }
    section(text, "Deleted:", deleted);
    section(text, "De-identified, so that it no longer relates to you:", deidentified);
    section(text, "Kept, and used for that purpose only:", kept);
    recipients(text, recipients, StepKind.DELETE);
    text.append("\n\n");
    if (!deleted.isEmpty() || !deidentified.isEmpty()) {
      // 7022(d): backups wait until they are restored or used.
      text.append("Copies in backups are deleted if a backup is ever restored or used. ");
    }
    text.append("We keep a record of your request and of this answer, as the law requires.");
    return text.toString();
  }

  // Rule 20; CC 1798.130(a)(2)(B): the period covered, and any part asked for that is left out.
  // The link's last day is written in words, as the mail carrying this text writes its dates.
  static String access(boolean specificPieces, LocalDate expires, Lookback lookback) {
    return (specificPieces
            ? "Your copy of the personal information we hold about you is ready"
            : "The list of the categories of personal information we hold about you is ready")
        + ". We sent you a secure link to download it; it works until "
        + Messages.date(expires)
        + "."
        + (lookback == null ? "" : " " + LookbackWords.told(lookback));
  }

  /**
   * 7023(f): say whether it was complied with. {@code changed} counts rows per {@code table.field};
   * {@code notFound} are the consumer's own names for what we hold nothing of.
   */
  static String correction(
      DataMap map, Map<String, Integer> changed, List<String> notFound, RecipientsTold recipients) {
    List<String> corrected = new ArrayList<>();
    changed.forEach(
        (key, rows) -> {
          if (rows > 0) {
            int dot = key.lastIndexOf('.');
            corrected.add(
                RecordWords.field(map, key.substring(0, dot), key.substring(dot + 1), rows));
          }
        });
    StringBuilder text = new StringBuilder();
    if (!corrected.isEmpty()) {
      text.append("We corrected your information:");
      for (String item : corrected) {
        text.append("\n- ").append(item);
      }
    }
    if (!notFound.isEmpty()) {
      text.append(text.isEmpty() ? "" : "\n\n")
          .append("We hold no record of: ")
          .append(String.join(", ", notFound))
          .append(", so there was nothing to correct there.");
    }
    if (!corrected.isEmpty()) {
      recipients(text, recipients, StepKind.CORRECT);
    }
    return text.toString();
  }

  /**
   * The recipients by what has happened: "we have told" only for notices delivered or acknowledged,
   * "we are telling" for those still on their way (CC 1798.105(c)(1), 7023(c)).
   */
  private static void recipients(StringBuilder text, RecipientsTold recipients, StepKind action) {
    if (recipients.total() == 0) {
      return;
    }
    String companies = RecipientWords.companies(recipients.total());
    String who = RecipientWords.who(recipients.who());
    String toDo = RecipientWords.toDo(action.id());
    text.append("\n\n");
    if (recipients.telling() == 0) {
      text.append("We have told ").append(companies).append(who).append(toDo);
    } else if (recipients.told() == 0) {
      text.append("We are telling ")
          .append(companies)
          .append(who)
          .append(toDo)
          .append(" We will write to you again once they have all been told.");
    } else {
      text.append("We have told ")
          .append(recipients.told())
          .append(" of ")
          .append(companies)
          .append(who)
          .append(" and are telling the other ")
          .append(recipients.telling())
          .append(toDo)
          .append(" We will write to you again once they have all been told.");
    }
  }

  private static List<String> items(DataMap map, Map<String, Integer> counts) {
    List<String> items = new ArrayList<>();
    counts.forEach(
        (table, rows) -> {
          if (rows > 0) {
            items.add(RecordWords.records(map, table, rows));
          }
        });
    return items;
  }

  private static void section(StringBuilder text, String heading, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    text.append("\n\n").append(heading);
    for (String item : items) {
      text.append("\n- ").append(item);
    }
  }
}
