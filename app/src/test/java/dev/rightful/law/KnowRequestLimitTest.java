package dev.rightful.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnowRequestLimitTest {

  private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

  private static KnowRequestLimit.Decision decide(LocalDate received, LocalDate... earlier) {
    return KnowRequestLimit.decide(RequestType.KNOW_SPECIFIC, received, List.of(earlier));
  }

  @Test
  void the_first_and_second_know_requests_must_be_answered() {
    assertThat(decide(RECEIVED)).isEqualTo(KnowRequestLimit.Decision.MUST_RESPOND);
    assertThat(decide(RECEIVED, LocalDate.of(2025, 9, 1)))
        .isEqualTo(KnowRequestLimit.Decision.MUST_RESPOND);
  }

  @Test
  void the_third_within_365_days_may_be_declined() {
    assertThat(decide(RECEIVED, LocalDate.of(2025, 3, 3), LocalDate.of(2025, 9, 1)))
        .isEqualTo(KnowRequestLimit.Decision.MAY_DECLINE);
    assertThat(KnowRequestLimit.Decision.MAY_DECLINE.id()).isEqualTo("may-decline");
  }

  @Test
  void a_request_received_exactly_365_days_earlier_no_longer_counts() {
    // 2025-03-02 is 365 days before 2026-03-02.
    assertThat(decide(RECEIVED, LocalDate.of(2025, 3, 2), LocalDate.of(2025, 9, 1)))
        .isEqualTo(KnowRequestLimit.Decision.MUST_RESPOND);
  }

  @Test
  void across_a_leap_day_the_window_is_365_days_not_12_calendar_months() {
    // 2027-03-02 is within 12 calendar months of 2028-03-01 but 365 days before it.
    LocalDate received = LocalDate.of(2028, 3, 1);

    assertThat(decide(received, LocalDate.of(2027, 3, 2), LocalDate.of(2027, 6, 1)))
        .isEqualTo(KnowRequestLimit.Decision.MUST_RESPOND);
    assertThat(decide(received, LocalDate.of(2027, 3, 3), LocalDate.of(2027, 6, 1)))
        .isEqualTo(KnowRequestLimit.Decision.MAY_DECLINE);
  }

  @Test
  void two_earlier_requests_on_the_same_day_as_this_one_count() {
    assertThat(decide(RECEIVED, RECEIVED, RECEIVED))
        .isEqualTo(KnowRequestLimit.Decision.MAY_DECLINE);
  }

  @Test
  void dates_after_this_request_are_ignored() {
    assertThat(decide(RECEIVED, LocalDate.of(2026, 3, 3), LocalDate.of(2026, 4, 1)))
        .isEqualTo(KnowRequestLimit.Decision.MUST_RESPOND);
  }

  @Test
  void requests_that_are_not_know_requests_are_never_limited() {
    List<LocalDate> many =
        List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 15));

    assertThat(KnowRequestLimit.decide(RequestType.DELETE, RECEIVED, many))
        .isEqualTo(KnowRequestLimit.Decision.MUST_RESPOND);
    assertThat(KnowRequestLimit.decide(RequestType.OPT_OUT, RECEIVED, many))
        .isEqualTo(KnowRequestLimit.Decision.MUST_RESPOND);
    assertThat(KnowRequestLimit.decide(RequestType.KNOW_CATEGORIES, RECEIVED, many))
        .isEqualTo(KnowRequestLimit.Decision.MAY_DECLINE);
  }
}
