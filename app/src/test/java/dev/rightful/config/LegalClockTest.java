package dev.rightful.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rightful.law.RequestType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LegalClockTest {
  @TempDir Path dir;

  static LegalClock from(Map<Option, String> cli) {
    return LegalClock.from(Config.resolve(cli, Map.of(), null, Map.of()));
  }

  @Test
  void defaults_give_the_worked_dates_of_the_rules() {
    LegalClock clock = from(Map.of());
    LocalDate received = LocalDate.of(2026, 3, 2);
    assertThat(clock.zone().getId()).isEqualTo("America/Los_Angeles");
    assertThat(clock.deadlines().dueBy(RequestType.DELETE, received).date())
        .isEqualTo(LocalDate.of(2026, 4, 15));
    assertThat(clock.deadlines().acknowledgeBy(RequestType.DELETE, received).orElseThrow().date())
        .isEqualTo(LocalDate.of(2026, 3, 16));
  }

  @Test
  void receipt_day_setting_false_gives_the_literal_reading() {
    LegalClock clock = from(Map.of(Options.RECEIPT_DAY_IS_DAY_ONE, "false"));
    assertThat(clock.deadlines().dueBy(RequestType.DELETE, LocalDate.of(2026, 3, 2)).date())
        .isEqualTo(LocalDate.of(2026, 4, 16));
  }

  @Test
  void a_holiday_file_adds_closed_days() throws Exception {
    // 2026-03-03 to 03-16 are the ten business days after 03-02; closing 03-04 pushes the ack to
    // 03-17.
    Path file =
        Files.writeString(
            dir.resolve("holidays.txt"), "# company shutdown\n2026-03-04 Company day\n");
    LegalClock clock = from(Map.of(Options.HOLIDAYS_FILE, file.toString()));
    assertThat(
            clock
                .deadlines()
                .acknowledgeBy(RequestType.DELETE, LocalDate.of(2026, 3, 2))
                .orElseThrow()
                .date())
        .isEqualTo(LocalDate.of(2026, 3, 17));
  }

  @Test
  void bad_settings_name_the_option() {
    assertThatThrownBy(() -> from(Map.of(Options.BUSINESS_TIMEZONE, "Mars/Olympus")))
        .hasMessageContaining("--business-timezone");
    assertThatThrownBy(() -> from(Map.of(Options.SATURDAY_HOLIDAYS, "sunday")))
        .hasMessageContaining("--saturday-holidays");
    assertThatThrownBy(() -> from(Map.of(Options.RECEIPT_DAY_IS_DAY_ONE, "maybe")))
        .hasMessageContaining("--receipt-day-is-day-one");
  }
}
