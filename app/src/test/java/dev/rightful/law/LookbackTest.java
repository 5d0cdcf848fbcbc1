package dev.rightful.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LookbackTest {

  private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

  @Test
  void by_default_covers_the_12_months_before_receipt() {
    assertThat(Lookback.defaultFor(RECEIVED))
        .isEqualTo(new Lookback(LocalDate.of(2025, 3, 2), RECEIVED, Lookback.Scope.LAST_12_MONTHS));
  }

  @Test
  void all_covers_everything_since_2022_01_01() {
    assertThat(Lookback.allSince2022(RECEIVED))
        .isEqualTo(new Lookback(LocalDate.of(2022, 1, 1), RECEIVED, Lookback.Scope.ALL));
  }

  @Test
  void a_range_starting_2021_06_01_is_clamped_to_2022_01_01() {
    Lookback lookback =
        Lookback.range(LocalDate.of(2021, 6, 1), LocalDate.of(2023, 12, 31), RECEIVED);

    assertThat(lookback.from()).isEqualTo(LocalDate.of(2022, 1, 1));
    assertThat(lookback.to()).isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(lookback.clamped()).isTrue();
    assertThat(lookback.startRaised()).isTrue();
    assertThat(lookback.endLowered()).isFalse();
    assertThat(lookback.askedFrom()).isEqualTo(LocalDate.of(2021, 6, 1));
    assertThat(lookback.covers(LocalDate.of(2021, 12, 31))).isFalse();
    assertThat(lookback.covers(LocalDate.of(2022, 1, 1))).isTrue();
  }

  @Test
  void a_range_ending_after_receipt_ends_on_the_day_of_receipt() {
    Lookback lookback =
        Lookback.range(LocalDate.of(2024, 1, 1), LocalDate.of(2027, 1, 1), RECEIVED);

    assertThat(lookback.to()).isEqualTo(RECEIVED);
    assertThat(lookback.clamped()).isTrue();
    assertThat(lookback.startRaised()).isFalse();
    assertThat(lookback.endLowered()).isTrue();
    assertThat(lookback.askedTo()).isEqualTo(LocalDate.of(2027, 1, 1));
  }

  @Test
  void a_range_inside_the_limits_is_kept_as_asked() {
    Lookback lookback =
        Lookback.range(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30), RECEIVED);

    assertThat(lookback)
        .isEqualTo(
            new Lookback(
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30), Lookback.Scope.RANGE));
  }

  @Test
  void a_range_wholly_before_2022_is_rejected() {
    assertThatThrownBy(
            () -> Lookback.range(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 6, 1), RECEIVED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_range_that_ends_before_it_starts_is_rejected() {
    assertThatThrownBy(
            () -> Lookback.range(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 1, 1), RECEIVED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void twelve_months_before_february_29_starts_on_february_28() {
    assertThat(Lookback.defaultFor(LocalDate.of(2028, 2, 29)).from())
        .isEqualTo(LocalDate.of(2027, 2, 28));
  }

  @Test
  void the_default_period_never_reaches_before_2022() {
    Lookback lookback = Lookback.defaultFor(LocalDate.of(2022, 6, 1));

    assertThat(lookback.from()).isEqualTo(LocalDate.of(2022, 1, 1));
    assertThat(lookback.clamped()).isTrue();
  }
}
