package dev.rightful.datamap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.law.AdmtException;
import dev.rightful.law.Category;
import dev.rightful.law.SignificantDecision;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The map's ADMT uses (11 CCR Art. 11): what they must say, with file:line problems. */
class AdmtMapTest {
  static final String CREDIT_CHECK =
      """
      admt:
        - id: credit-check
          name: Credit check for postpaid service
          decision: financial-or-lending
          purpose: To decide whether to offer a postpaid plan without a deposit.
          logic: A score from the applicant's email domain age and payment history.
          output: A pass or a refer; a refer asks for a deposit.
          categories: [A]
          humanReview: A credit analyst reviews every refer.
          alternative: A credit analyst decides from the documents the applicant gives.
          recipients: [cloud]
          since: 2025-04-01
      """;

  @TempDir Path dir;

  private static List<String> problems(DataMapLoader.Result result) {
    return result.problems().stream().map(Problem::format).toList();
  }

  @Test
  void a_use_loads_with_its_decision_logic_and_categories_and_offers_the_opt_out() {
    DataMap map = new SampleMap().file("admt.yaml", CREDIT_CHECK).load(dir).orThrow();

    AdmtUse use = map.findAdmtUse("credit-check").orElseThrow();
    assertThat(use.decision()).isEqualTo(SignificantDecision.FINANCIAL_OR_LENDING);
    assertThat(use.categories()).isEqualTo(Set.of(Category.A));
    assertThat(use.recipients()).containsExactly("cloud");
    assertThat(use.exception()).isNull();
    assertThat(use.optOutOffered()).isTrue();
    assertThat(use.existingUse()).isTrue();
    assertThat(use.since()).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(use.noticePath()).isEqualTo("/privacy/admt/credit-check");
    assertThat(map.offersAdmtOptOut()).isTrue();
  }

  @Test
  void the_human_appeal_exception_replaces_the_opt_out_and_needs_the_appeal_path() {
    String appeal =
        CREDIT_CHECK.replace(
            "    alternative: A credit analyst decides from the documents the applicant gives.\n",
            "    exception: human-appeal\n"
                + "    appeal: Call 1-800-555-0100 within 30 days; an analyst decides.\n");
    DataMap map = new SampleMap().file("admt.yaml", appeal).load(dir).orThrow();
    AdmtUse use = map.findAdmtUse("credit-check").orElseThrow();
    assertThat(use.exception()).isEqualTo(AdmtException.HUMAN_APPEAL);
    assertThat(use.optOutOffered()).isFalse();
    assertThat(map.offersAdmtOptOut()).isFalse();

    String noAppeal =
        appeal.replace("    appeal: Call 1-800-555-0100 within 30 days; an analyst decides.\n", "");
    assertThat(problems(new SampleMap().file("admt.yaml", noAppeal).load(dir)))
        .anyMatch(
            p ->
                p.contains("admt.yaml:2:")
                    && p.contains("needs 'appeal'")
                    && p.contains("7221(b)(1)"));
  }

  @Test
  void
      a_sole_purpose_exception_must_fit_the_decision_and_an_offered_opt_out_needs_an_alternative() {
    String hiring =
        CREDIT_CHECK.replace(
            "    alternative: A credit analyst decides from the documents the applicant gives.\n",
            "    exception: admission-acceptance-hiring\n");
    assertThat(problems(new SampleMap().file("admt.yaml", hiring).load(dir)))
        .anyMatch(
            p ->
                p.contains("admt.yaml:2:")
                    && p.contains("does not apply to a financial-or-lending decision"));
    String noAlternative =
        CREDIT_CHECK.replace(
            "    alternative: A credit analyst decides from the documents the applicant gives.\n",
            "");
    assertThat(problems(new SampleMap().file("admt.yaml", noAlternative).load(dir)))
        .anyMatch(p -> p.contains("needs 'alternative'") && p.contains("7220"));
  }

  @Test
  void recipients_and_categories_must_be_the_maps_and_the_decision_a_significant_one() {
    String wrong =
        CREDIT_CHECK
            .replace("recipients: [cloud]", "recipients: [bureau]")
            .replace("categories: [A]", "categories: [A, C]")
            .replace("decision: financial-or-lending", "decision: advertising");
    List<String> problems = problems(new SampleMap().file("admt.yaml", wrong).load(dir));
    assertThat(problems)
        .anyMatch(p -> p.contains("names recipient 'bureau'"))
        .anyMatch(p -> p.contains("uses category C, which the map does not collect"))
        .anyMatch(p -> p.contains("'advertising' is not one of financial-or-lending"));
  }
}
