package dev.rightful.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RecordKeepingTest {
  private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
  private static final RecordKeeping TWO_YEARS = RecordKeeping.minimum();

  /** Whether a request closed at {@code time} on {@code closed} (Pacific) may go on {@code day}. */
  private static boolean mayDelete(
      RecordKeeping keeping, LocalDate closed, LocalTime time, LocalDate day) {
    Instant closedAt = closed.atTime(time).atZone(PACIFIC).toInstant();
    return keeping.mayDelete(closedAt, day, PACIFIC);
  }

  private static boolean mayDelete(LocalDate closed, LocalDate day) {
    return mayDelete(TWO_YEARS, closed, LocalTime.NOON, day);
  }

  @Test
  void the_cutoff_is_the_start_of_the_day_24_months_earlier_in_the_business_zone() {
    assertThat(TWO_YEARS.cutoff(LocalDate.of(2026, 11, 29), PACIFIC))
        .isEqualTo(Instant.parse("2024-11-29T08:00:00Z"));
    assertThat(TWO_YEARS.cutoff(LocalDate.of(2026, 7, 1), PACIFIC))
        .isEqualTo(Instant.parse("2024-07-01T07:00:00Z"));
  }

  @Test
  void a_request_closed_exactly_24_months_ago_is_kept_and_goes_the_next_day() {
    LocalDate closed = LocalDate.of(2024, 3, 15);
    assertThat(mayDelete(closed, LocalDate.of(2026, 3, 14))).isFalse();
    assertThat(mayDelete(closed, LocalDate.of(2026, 3, 15))).isFalse();
    assertThat(mayDelete(closed, LocalDate.of(2026, 3, 16))).isTrue();
  }

  @Test
  void the_last_minute_of_the_day_counts_as_that_day() {
    LocalDate closed = LocalDate.of(2024, 3, 15);
    // 23:59 in California is already the next day in UTC; the business's day decides.
    LocalTime late = LocalTime.of(23, 59);
    assertThat(mayDelete(TWO_YEARS, closed, late, LocalDate.of(2026, 3, 15))).isFalse();
    assertThat(mayDelete(TWO_YEARS, closed, late, LocalDate.of(2026, 3, 16))).isTrue();
    assertThat(mayDelete(TWO_YEARS, closed, LocalTime.MIDNIGHT, LocalDate.of(2026, 3, 15)))
        .isFalse();
  }

  @Test
  void a_request_closed_on_a_leap_day_is_kept_through_february_28_and_goes_on_march_1() {
    LocalDate leapDay = LocalDate.of(2024, 2, 29);
    assertThat(mayDelete(leapDay, LocalDate.of(2026, 2, 28))).isFalse();
    assertThat(mayDelete(leapDay, LocalDate.of(2026, 3, 1))).isTrue();
    // February 28 is 24 months old on 2026-02-28, so it is kept that day and goes the next.
    assertThat(mayDelete(LocalDate.of(2024, 2, 28), LocalDate.of(2026, 2, 28))).isFalse();
    assertThat(mayDelete(LocalDate.of(2024, 2, 28), LocalDate.of(2026, 3, 1))).isTrue();
  }

  @Test
  void a_request_closed_on_a_month_end_keeps_its_whole_24_months() {
    // 2024-03-31: April has no 31st, so 24 months are up on 2026-03-31 and it goes on April 1.
    assertThat(mayDelete(LocalDate.of(2024, 3, 31), LocalDate.of(2026, 3, 31))).isFalse();
    assertThat(mayDelete(LocalDate.of(2024, 3, 31), LocalDate.of(2026, 4, 1))).isTrue();
    // 2024-01-31 is 24 months old on 2026-01-31; by 2026-02-01 it may go.
    assertThat(mayDelete(LocalDate.of(2024, 1, 31), LocalDate.of(2026, 1, 31))).isFalse();
    assertThat(mayDelete(LocalDate.of(2024, 1, 31), LocalDate.of(2026, 2, 1))).isTrue();
    // On 2026-04-30 a request closed 2024-04-30 is kept, one closed 2024-04-29 goes.
    assertThat(mayDelete(LocalDate.of(2024, 4, 30), LocalDate.of(2026, 4, 30))).isFalse();
    assertThat(mayDelete(LocalDate.of(2024, 4, 29), LocalDate.of(2026, 4, 30))).isTrue();
  }

  @Test
  void on_a_leap_day_the_cutoff_is_february_28_two_years_earlier() {
    RecordKeeping fourYears = new RecordKeeping(48);
    assertThat(TWO_YEARS.cutoff(LocalDate.of(2028, 2, 29), PACIFIC))
        .isEqualTo(Instant.parse("2026-02-28T08:00:00Z"));
    assertThat(fourYears.cutoff(LocalDate.of(2028, 2, 29), PACIFIC))
        .isEqualTo(Instant.parse("2024-02-29T08:00:00Z"));
  }

  @Test
  void a_longer_period_keeps_records_longer() {
    RecordKeeping threeYears = new RecordKeeping(36);
    LocalDate closed = LocalDate.of(2024, 2, 29);
    assertThat(mayDelete(threeYears, closed, LocalTime.NOON, LocalDate.of(2026, 3, 1))).isFalse();
    assertThat(mayDelete(threeYears, closed, LocalTime.NOON, LocalDate.of(2027, 2, 28))).isFalse();
    assertThat(mayDelete(threeYears, closed, LocalTime.NOON, LocalDate.of(2027, 3, 1))).isTrue();
    assertThat(threeYears.period().toTotalMonths()).isEqualTo(36);
  }

  @Test
  void fewer_than_24_months_is_refused_citing_7101() {
    assertThatThrownBy(() -> new RecordKeeping(23))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "records of consumer requests are kept at least 24 months (CCPA regulations §7101),"
                + " not 23");
    assertThatThrownBy(() -> new RecordKeeping(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RecordKeeping(-24)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new RecordKeeping(24)).isEqualTo(RecordKeeping.minimum());
  }
}
