package dev.rightful.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HolidayTableTest {

  @Test
  void reads_dates_and_names_skipping_comments_and_blank_lines() {
    HolidayTable table =
        HolidayTable.parse(
            """
            # company shutdown

            2026-12-31 New Year's Eve   # closed all day
              2026-12-24   Christmas Eve
            2027-01-02 Extra day
            """);

    assertThat(table.holidays())
        .containsExactly(
            new Holiday(LocalDate.of(2026, 12, 24), "Christmas Eve"),
            new Holiday(LocalDate.of(2026, 12, 31), "New Year's Eve"),
            new Holiday(LocalDate.of(2027, 1, 2), "Extra day"));
    assertThat(table.holidaysIn(2026)).hasSize(2);
    assertThat(table.holidaysIn(2027)).extracting(Holiday::name).containsExactly("Extra day");
  }

  @Test
  void reads_from_a_reader() {
    HolidayTable table = HolidayTable.parse(new StringReader("2026-08-14 Summer Friday\r\n"));

    assertThat(table.holidays())
        .containsExactly(new Holiday(LocalDate.of(2026, 8, 14), "Summer Friday"));
  }

  @Test
  void an_impossible_date_is_reported_with_its_line() {
    assertThatThrownBy(() -> HolidayTable.parse("# header\n2026-01-01 ok\n2026-02-30 Nope\n"))
        .isInstanceOfSatisfying(HolidayTableException.class, e -> assertThat(e.line()).isEqualTo(3))
        .hasMessageContaining("line 3")
        .hasMessageContaining("2026-02-30");
  }

  @Test
  void a_line_that_does_not_start_with_an_iso_date_is_rejected() {
    assertThatThrownBy(() -> HolidayTable.parse("Dec 25 Christmas\n"))
        .isInstanceOfSatisfying(HolidayTableException.class, e -> assertThat(e.line()).isEqualTo(1))
        .hasMessageContaining("YYYY-MM-DD");
  }

  @Test
  void a_date_without_a_name_is_rejected() {
    assertThatThrownBy(() -> HolidayTable.parse("2026-12-24 # no name\n"))
        .isInstanceOf(HolidayTableException.class)
        .hasMessageContaining("needs a name");
  }

  @Test
  void a_date_listed_twice_is_rejected_naming_both_lines() {
    assertThatThrownBy(() -> HolidayTable.parse("2026-12-24 Eve\n\n2026-12-24 Again\n"))
        .isInstanceOfSatisfying(HolidayTableException.class, e -> assertThat(e.line()).isEqualTo(3))
        .hasMessageContaining("line 1");
  }

  @Test
  void an_empty_table_has_no_holidays() {
    assertThat(HolidayTable.parse("# nothing yet\n").holidays()).isEmpty();
  }
}
