package dev.rightful.datamap;

import dev.rightful.law.Admt;
import dev.rightful.law.AdmtException;
import dev.rightful.law.Category;
import dev.rightful.law.SignificantDecision;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A use of automated decisionmaking technology for a significant decision, as the map declares it
 * (11 CCR Art. 11): what the pre-use notice, the opt-out and the access answer say come from here.
 *
 * @param id the use's id, used in the pre-use notice's URL ({@code /privacy/admt/{id}})
 * @param name a short title ("Credit check for postpaid service")
 * @param decision the significant decision the technology makes or substantially makes
 * @param purpose the specific purpose, in plain words (7220(c)(1))
 * @param logic how the technology works, in plain words: its inputs, what it weighs, its output
 *     (7220(c)(5))
 * @param output what the output is and how it is used in the decision (7222(b))
 * @param categories the categories of personal information it uses
 * @param humanReview who reviews the output and what they can change, if anyone does
 * @param alternative the process for a consumer who opts out (7220(c)(5)); null when the opt-out is
 *     not offered
 * @param exception the exception relied on to not offer the opt-out (7221(b)), or null
 * @param appeal how to appeal the decision to a human reviewer, required with the human-appeal
 *     exception
 * @param recipients ids of the map's recipients that receive information for this use; they are
 *     told of an opt-out (7221(n))
 * @param since when the use began; one begun before 2027-01-01 complies by then (7200(b))
 */
public record AdmtUse(
    String id,
    String name,
    SignificantDecision decision,
    String purpose,
    String logic,
    String output,
    Set<Category> categories,
    String humanReview,
    String alternative,
    AdmtException exception,
    String appeal,
    List<String> recipients,
    LocalDate since,
    Location location) {

  /** Whether consumers may opt out of this use (no exception applies, 7221(b)). */
  public boolean optOutOffered() {
    return decision != null && Admt.optOutOffered(exception, decision);
  }

  /** Whether the use had begun before 2027-01-01, so the rules bind it from that day. */
  public boolean existingUse() {
    return since != null && since.isBefore(Admt.EXISTING_USES_COMPLY_BY);
  }

  /** The path of the use's pre-use notice on the privacy center. */
  public String noticePath() {
    return "/privacy/admt/" + id;
  }
}
