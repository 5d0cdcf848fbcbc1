package dev.rightful.requests;

import dev.rightful.datamap.AdmtUse;
import dev.rightful.law.Admt;
import dev.rightful.law.RequestType;
import dev.rightful.mail.Messages;
import java.time.LocalDate;
import java.util.List;

/**
 * The answers to the two ADMT requests, written around what staff say of the consumer's case: the
 * map gives the purpose, the logic and how the output is used (7222(b)), the alternative process
 * and the 12-month wait (7221); staff give the logic as applied and the outcome for this consumer.
 * Stateless.
 */
public final class AdmtAnswer {
  // 7222(b)(4) [V2]: the access answer says the business will not retaliate, with the rights link
  static final String NON_RETALIATION =
      "We will not retaliate against you for using your rights: we will not deny you goods or"
          + " services, charge a different price or give a different level or quality of service"
          + " because you did.";

  private AdmtAnswer() {}

  /**
   * The text the consumer reads for a request of {@code type} received on {@code received}, with
   * {@code staffText} (the outcome as applied, or what was done) kept as written; other types get
   * {@code staffText} unchanged.
   */
  public static String text(
      RequestType type,
      List<AdmtUse> uses,
      LocalDate received,
      boolean aggregate,
      String staffText) {
    String own = staffText == null || staffText.isBlank() ? "" : staffText.strip() + "\n\n";
    return switch (type) {
      case OPT_OUT_ADMT -> own + optOut(uses, received);
      case ACCESS_ADMT -> access(uses, aggregate, own);
      default -> staffText;
    };
  }

  private static String optOut(List<AdmtUse> uses, LocalDate received) {
    StringBuilder out =
        new StringBuilder(
            "We no longer use automated decisionmaking technology to make decisions about you:");
    for (AdmtUse use : uses) {
      if (use.optOutOffered()) {
        out.append("\n- ")
            .append(use.name())
            .append(". Instead: ")
            .append(use.alternative().strip());
      }
    }
    return out.append("\n\nWe will not ask you to opt back in before ")
        .append(Messages.date(Admt.mayAskAgainFrom(received)))
        .append(".")
        .toString();
  }

  private static String access(List<AdmtUse> uses, boolean aggregate, String own) {
    StringBuilder out = new StringBuilder();
    if (aggregate) {
      // 7222(j) [U]: from the fifth request in 12 months, an aggregate reply is allowed
      out.append(
          "You have asked us about automated decisionmaking more than four times in the last 12"
              + " months, so this answer describes how we use it for all consumers.\n\n");
    }
    for (AdmtUse use : uses) {
      out.append(use.name())
          .append("\nWhy we use it: ")
          .append(use.purpose().strip())
          .append("\nHow it works: ")
          .append(use.logic().strip())
          .append("\nHow its output is used: ")
          .append(use.output().strip())
          .append("\n\n");
    }
    if (!aggregate && !own.isEmpty()) {
      out.append("How it applied to you, and the outcome:\n").append(own);
    }
    return out.append(NON_RETALIATION).toString();
  }
}
