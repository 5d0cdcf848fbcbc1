package dev.rightful.requests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.law.Lookback;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What the consumer is told about the period of a request to know (rule 20). */
class LookbackWordsTest {
  private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 1);

  @Test
  void a_period_covered_as_asked_says_only_what_it_covers() {
    Lookback lookback = Lookback.defaultFor(RECEIVED);

    assertThat(LookbackWords.leftOut(lookback)).isNull();
    assertThat(LookbackWords.told(lookback))
        .isEqualTo(
            "Our answer covers the information we hold about you when we answer, such as your"
                + " profile and your accounts, and the records of events, such as calls, invoices"
                + " and visits to our website, from March 1, 2025 to March 1, 2026.");
  }

  @Test
  void a_range_from_before_2022_says_the_earlier_part_is_not_included_and_why() {
    // CC 1798.130(a)(2)(B): nothing collected before 2022-01-01 need be disclosed.
    Lookback lookback =
        Lookback.range(LocalDate.of(2021, 6, 1), LocalDate.of(2025, 12, 31), RECEIVED);

    assertThat(LookbackWords.leftOut(lookback))
        .isEqualTo(
            "You asked for information from June 1, 2021. Records of events from before January 1,"
                + " 2022 are not included, because California law gives the right to know only"
                + " about information collected from that day on (Cal. Civ. Code"
                + " 1798.130(a)(2)(B)).");
  }

  @Test
  void a_range_ending_after_receipt_says_the_later_part_is_not_included_and_why() {
    Lookback lookback =
        Lookback.range(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), RECEIVED);

    assertThat(LookbackWords.told(lookback))
        .contains("from January 1, 2024 to March 1, 2026.")
        .endsWith(
            "You asked for information up to December 31, 2026. Records of events after March 1,"
                + " 2026, the day we received your request, are not included, because a request"
                + " covers what was collected up to the day it was made.");
  }

  @Test
  void the_default_twelve_months_reaching_before_2022_are_told_as_such() {
    Lookback lookback = Lookback.defaultFor(LocalDate.of(2022, 6, 1));

    assertThat(LookbackWords.leftOut(lookback))
        .startsWith(
            "The 12 months before your request reach back to June 1, 2021. Records of events from"
                + " before January 1, 2022 are not included");
  }
}
