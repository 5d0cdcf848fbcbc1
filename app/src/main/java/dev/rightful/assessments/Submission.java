package dev.rightful.assessments;

import dev.rightful.datamap.Assessment;
import dev.rightful.datamap.AssessmentCheck;
import dev.rightful.datamap.DataMap;
import dev.rightful.law.Category;
import dev.rightful.law.RiskAssessmentTrigger;
import dev.rightful.law.RiskAssessments;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The risk-assessment information a business submits to the CPPA for a period (11 CCR 7157): who
 * submits, the period, how many assessments were conducted or updated in it, in total and per kind
 * of processing, the categories of personal and sensitive personal information they involve, and
 * the executive's attestation. Built from the map and its assessments; rendered by {@link
 * SubmissionText}.
 */
public record Submission(
    String business,
    String contactEmail,
    RiskAssessments.SubmissionPeriod period,
    List<Assessment> assessments,
    Map<RiskAssessmentTrigger, Integer> byProcessing,
    Set<Category> categories,
    boolean involvesSensitive) {

  /** The attestation the executive signs; 7157 asks for it under penalty of perjury. */
  public static final String ATTESTATION =
      "I attest under penalty of perjury under the laws of the State of California that the risk"
          + " assessment information submitted is true and correct, that I am a member of the"
          + " business's executive management team directly responsible for its risk-assessment"
          + " compliance, and that I have sufficient knowledge of the business's risk assessments"
          + " to provide accurate information.";

  /**
   * The submission for {@code period}: the assessments conducted, reviewed or approved in it (an
   * updated assessment counts once), each counted under every kind of processing it covers.
   */
  public static Submission of(
      DataMap map, List<Assessment> all, RiskAssessments.SubmissionPeriod period) {
    List<Assessment> inPeriod = new ArrayList<>();
    for (Assessment a : all) {
      if (period.contains(a.conducted())
          || period.contains(a.lastReviewed())
          || period.contains(a.approved())) {
        inPeriod.add(a);
      }
    }
    Map<RiskAssessmentTrigger, Integer> byProcessing = new EnumMap<>(RiskAssessmentTrigger.class);
    Set<Category> categories = EnumSet.noneOf(Category.class);
    List<AssessmentCheck.Trigger> triggers = AssessmentCheck.triggers(map);
    boolean sensitive = false;
    for (Assessment a : inPeriod) {
      categories.addAll(a.categories());
      Set<RiskAssessmentTrigger> kinds = EnumSet.noneOf(RiskAssessmentTrigger.class);
      for (AssessmentCheck.Trigger t : triggers) {
        if (t.coveredBy(a)) {
          kinds.add(t.kind());
        }
      }
      kinds.forEach(k -> byProcessing.merge(k, 1, Integer::sum));
      sensitive |= !a.covers().sensitive().isEmpty() || a.categories().contains(Category.L);
    }
    return new Submission(
        map.business().legalName(),
        map.business().contact() == null ? null : map.business().contact().email(),
        period,
        List.copyOf(inPeriod),
        Map.copyOf(byProcessing),
        Set.copyOf(categories),
        sensitive);
  }
}
