package dev.rightful.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShineTheLightTest {
  private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);
  private static final LocalDate JAN_1 = LocalDate.of(2027, 1, 1);

  @Test
  void the_answer_covers_the_calendar_year_before_the_one_the_request_arrived_in() {
    // CC 1798.83(a): disclosures "during the immediately preceding calendar year"
    assertThat(ShineTheLight.coveredYear(DEC_31)).isEqualTo(Year.of(2025));
    assertThat(ShineTheLight.coveredYear(JAN_1)).isEqualTo(Year.of(2026));
    assertThat(ShineTheLight.coveredYear(LocalDate.of(2028, 2, 29))).isEqualTo(Year.of(2027));
  }

  @Test
  void a_second_request_in_the_same_calendar_year_may_be_declined_until_january_1() {
    // CC 1798.83(b): one response per customer per calendar year
    ShineTheLight.Decision second = ShineTheLight.decide(DEC_31, List.of(LocalDate.of(2026, 1, 1)));
    assertThat(second.mustRespond()).isFalse();
    assertThat(second.mayAskAgainOn()).isEqualTo(JAN_1);
  }

  @Test
  void a_request_on_january_1_is_answered_after_one_on_december_31() {
    ShineTheLight.Decision next = ShineTheLight.decide(JAN_1, List.of(DEC_31));
    assertThat(next.mustRespond()).isTrue();
    assertThat(next.mayAskAgainOn()).isNull();
  }

  @Test
  void the_first_request_is_answered_and_later_or_other_year_answers_do_not_count() {
    assertThat(ShineTheLight.decide(DEC_31, List.of()).mustRespond()).isTrue();
    // A date after receipt (a clock set back) and one from the year before do not count.
    assertThat(
            ShineTheLight.decide(
                    LocalDate.of(2026, 6, 1),
                    List.of(LocalDate.of(2026, 7, 1), LocalDate.of(2025, 6, 1)))
                .mustRespond())
        .isTrue();
  }

  @Test
  void a_disclosure_counts_for_a_year_it_overlaps() {
    Year y2025 = Year.of(2025);
    assertThat(ShineTheLight.disclosedDuring(y2025, null, null)).isTrue();
    // began on the last day of the year, or ended on its first: still during it
    assertThat(ShineTheLight.disclosedDuring(y2025, LocalDate.of(2025, 12, 31), null)).isTrue();
    assertThat(ShineTheLight.disclosedDuring(y2025, null, LocalDate.of(2025, 1, 1))).isTrue();
    // began after it, or ended before it: not
    assertThat(ShineTheLight.disclosedDuring(y2025, LocalDate.of(2026, 1, 1), null)).isFalse();
    assertThat(ShineTheLight.disclosedDuring(y2025, null, LocalDate.of(2024, 12, 31))).isFalse();
  }

  @Test
  void the_answer_is_due_30_calendar_days_after_receipt() {
    // CC 1798.83(b)(1)(C): within 30 days at a designated address; the receipt day is day 1
    Deadline due = Deadlines.standard().dueBy(RequestType.DIRECT_MARKETING, DEC_31);
    assertThat(due.date()).isEqualTo(LocalDate.of(2027, 1, 29));
    assertThat(due.citation()).isEqualTo("CC 1798.83(b)(1)(C)");
  }

  @Test
  void only_a_shine_the_light_request_is_refused_as_answered_this_year() {
    assertThat(DenialBasis.ANSWERED_THIS_YEAR.isAllowedFor(RequestType.DIRECT_MARKETING)).isTrue();
    assertThat(DenialBasis.ANSWERED_THIS_YEAR.isAllowedFor(RequestType.KNOW_CATEGORIES)).isFalse();
    assertThat(DenialBasis.ANSWERED_THIS_YEAR.isAllowedFor(RequestType.DELETE)).isFalse();
  }
}
