package dev.rightful.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Worked dates for the risk-assessment deadlines (11 CCR 7155, 7157). */
class RiskAssessmentsTest {
  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void a_sale_started_in_2025_without_an_assessment_is_overdue_only_after_2027_12_31() {
    LocalDate started = d("2025-03-14");

    assertThat(RiskAssessments.dueBy(started)).isEqualTo(d("2027-12-31"));
    assertThat(RiskAssessments.missingIsOverdue(started, d("2026-12-07"))).isFalse();
    assertThat(RiskAssessments.missingIsOverdue(started, d("2027-12-31"))).isFalse();
    assertThat(RiskAssessments.missingIsOverdue(started, d("2028-01-01"))).isTrue();
  }

  @Test
  void processing_of_unknown_start_counts_as_existing() {
    assertThat(RiskAssessments.dueBy(null)).isEqualTo(d("2027-12-31"));
  }

  @Test
  void processing_started_on_or_after_2026_01_01_needs_its_assessment_before_it_starts() {
    assertThat(RiskAssessments.dueBy(d("2025-12-31"))).isEqualTo(d("2027-12-31"));
    assertThat(RiskAssessments.dueBy(d("2026-01-01"))).isEqualTo(d("2026-01-01"));
    assertThat(RiskAssessments.missingIsOverdue(d("2026-05-01"), d("2026-05-01"))).isFalse();
    assertThat(RiskAssessments.missingIsOverdue(d("2026-05-01"), d("2026-05-02"))).isTrue();
  }

  @Test
  void an_assessment_reviewed_2023_06_01_is_overdue_from_2026_06_01() {
    assertThat(RiskAssessments.reviewOverdueFrom(d("2023-06-01"))).isEqualTo(d("2026-06-01"));
    assertThat(RiskAssessments.reviewOverdue(d("2023-06-01"), d("2026-05-31"))).isFalse();
    assertThat(RiskAssessments.reviewOverdue(d("2023-06-01"), d("2026-06-01"))).isTrue();
  }

  @Test
  void a_review_on_a_leap_day_is_overdue_from_february_28_three_years_on() {
    assertThat(RiskAssessments.reviewOverdueFrom(d("2024-02-29"))).isEqualTo(d("2027-02-28"));
    assertThat(RiskAssessments.reviewOverdue(d("2024-02-29"), d("2027-02-27"))).isFalse();
    assertThat(RiskAssessments.reviewOverdue(d("2024-02-29"), d("2027-02-28"))).isTrue();
    // Into a leap year, February 28 stays February 28: three years, not a day more.
    assertThat(RiskAssessments.reviewOverdueFrom(d("2025-02-28"))).isEqualTo(d("2028-02-28"));
  }

  @Test
  void an_update_is_due_45_calendar_days_after_a_material_change_across_month_ends() {
    assertThat(RiskAssessments.updateDueBy(d("2026-01-31"))).isEqualTo(d("2026-03-17"));
    assertThat(RiskAssessments.updateDueBy(d("2027-12-31"))).isEqualTo(d("2028-02-14"));
    assertThat(RiskAssessments.updateDueBy(d("2028-01-31"))).isEqualTo(d("2028-03-16"));
    assertThat(RiskAssessments.updateOverdue(d("2026-01-31"), d("2026-03-17"))).isFalse();
    assertThat(RiskAssessments.updateOverdue(d("2026-01-31"), d("2026-03-18"))).isTrue();
  }

  @Test
  void the_2027_submission_covers_2026_and_2027_and_is_due_2028_04_01() {
    var period = RiskAssessments.submission(2027);

    assertThat(period.from()).isEqualTo(d("2026-01-01"));
    assertThat(period.to()).isEqualTo(d("2027-12-31"));
    assertThat(period.due()).isEqualTo(d("2028-04-01"));
    assertThat(period.contains(d("2025-12-31"))).isFalse();
    assertThat(period.contains(d("2026-01-01"))).isTrue();
    assertThat(period.contains(d("2027-12-31"))).isTrue();
    assertThat(period.contains(d("2028-01-01"))).isFalse();
  }

  @Test
  void later_submissions_cover_one_calendar_year_and_2026_has_none_of_its_own() {
    var period = RiskAssessments.submission(2028);

    assertThat(period.from()).isEqualTo(d("2028-01-01"));
    assertThat(period.to()).isEqualTo(d("2028-12-31"));
    assertThat(period.due()).isEqualTo(d("2029-04-01"));
    assertThatThrownBy(() -> RiskAssessments.submission(2026))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("covers 2026 and 2027");
  }
}
