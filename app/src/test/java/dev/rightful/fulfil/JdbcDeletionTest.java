package dev.rightful.fulfil;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.datamap.DataMap;
import dev.rightful.fulfil.connector.Connector;
import dev.rightful.fulfil.connector.jdbc.JdbcConnector;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Deletion requests on real PostgreSQL and MariaDB, checked by independent SQL. */
class JdbcDeletionTest {
  private static final DataMap MAP = CompanyDb.map();
  static final Identity JANE = new Identity(Map.of("email", Set.of("jane.doe@example.com")));

  /** Hashes and pseudonyms that tests can predict, for request R1. */
  static final Connector.Anonymizer ANONYMIZER =
      new Connector.Anonymizer() {
        @Override
        public String hash(Object value) {
          return "h:" + Integer.toHexString(value.hashCode());
        }

        @Override
        public String pseudonym() {
          return "deleted-R1";
        }
      };

  private static CompanyDb open(String dialect) {
    return dialect.equals("postgresql") ? CompanyDb.postgres("fulfil_delete") : CompanyDb.mariadb();
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mariadb"})
  void deletion_leaves_nothing_but_the_retained_rows_and_says_why(String dialect) {
    Plan plan = new Planner().plan(MAP);
    try (CompanyDb db = open(dialect)) {
      JdbcConnector connector = new JdbcConnector(db.dataSource);
      long othersBefore = db.count("SELECT COUNT(*) FROM web_events");
      Found whole = connector.find(plan.systems().get(0), JANE);
      Found found = connector.findForErasure(plan.systems().get(0), JANE);
      // The same rows as an access finds, with fewer columns: no call text, no card details;
      // retained tables that lead nowhere are not read at all, only counted afterwards.
      for (String table : whole.tables().keySet()) {
        boolean keptOnly = table.equals("invoices") || table.equals("marketing_suppression");
        assertThat(found.rows(table)).as(table).hasSize(keptOnly ? 0 : whole.rows(table).size());
      }
      assertThat(whole.rows("invoices")).hasSize(4);
      assertThat(found.rows("call_transcripts").get(0)).containsOnlyKeys("id");
      assertThat(found.rows("call_records").get(0))
          .containsOnlyKeys("id", "caller_number", "callee_number");
      assertThat(found.rows("customers").get(0)).isEqualTo(whole.rows("customers").get(0));
      Certificate certificate =
          new Deletion(MAP, id -> connector).run("R1", plan, List.of(found), JANE, ANONYMIZER);

      assertThat(certificate.verified()).isTrue();
      assertThat(certificate.deleted())
          .containsEntry("company_db.web_events", 5)
          .containsEntry("company_db.call_transcripts", 2)
          .containsEntry("company_db.call_records", 2)
          .containsEntry("company_db.payment_cards", 1)
          .containsEntry("company_db.job_applicants", 1)
          .containsEntry("company_db.marketing_contacts", 1);
      assertThat(certificate.anonymized()).containsExactly(Map.entry("company_db.customers", 1));
      assertThat(certificate.retained())
          .extracting(
              Certificate.Retained::table, Certificate.Retained::rows, Certificate.Retained::rule)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("accounts", 1, "tax-records"),
              org.assertj.core.groups.Tuple.tuple("invoices", 4, "tax-records"));
      assertThat(certificate.retained().get(0).basis())
          .isEqualTo("Tax law requires the records for six years (CC 1798.145(a)(1)(A)).");

      // Independent SQL, written by hand.
      assertThat(
              db.count(
                  "SELECT COUNT(*) FROM web_events WHERE device_id = 'dev-jane-0001' OR customer_id = 1001"))
          .isZero();
      assertThat(db.count("SELECT COUNT(*) FROM web_events")).isEqualTo(othersBefore - 5);
      assertThat(
              db.count(
                  "SELECT COUNT(*) FROM call_records WHERE caller_number = '+1 415-555-0100' OR callee_number = '+1 415-555-0100'"))
          .isZero();
      assertThat(
              db.count(
                  "SELECT COUNT(*) FROM call_transcripts WHERE call_record_id IN (5001, 5002)"))
          .isZero();
      assertThat(
              db.count("SELECT COUNT(*) FROM job_applicants WHERE email = 'jane.doe@example.com'"))
          .isZero();
      assertThat(
              db.count(
                  "SELECT COUNT(*) FROM marketing_contacts WHERE email = 'jane.doe@example.com'"))
          .isZero();
      assertThat(db.count("SELECT COUNT(*) FROM payment_cards WHERE account_id = 2001")).isZero();
      assertThat(
              db.count(
                  "SELECT COUNT(*) FROM customers WHERE email = 'jane.doe@example.com' OR phone = '+1 415-555-0100'"))
          .isZero();
      assertThat(db.text("SELECT full_name FROM customers WHERE id = 1001"))
          .isEqualTo("deleted-R1");
      assertThat(db.text("SELECT postal_address FROM customers WHERE id = 1001")).isNull();
      assertThat(db.text("SELECT status FROM customers WHERE id = 1001")).isEqualTo("active");
      assertThat(db.count("SELECT COUNT(*) FROM invoices WHERE account_id = 2001")).isEqualTo(4);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mariadb"})
  void erasing_the_same_found_rows_again_changes_nothing(String dialect) {
    Plan plan = new Planner().plan(MAP);
    try (CompanyDb db = open(dialect)) {
      JdbcConnector connector = new JdbcConnector(db.dataSource);
      Found found = connector.findForErasure(plan.systems().get(0), JANE);
      connector.erase(plan.systems().get(0), found, ANONYMIZER);
      String email = db.text("SELECT email FROM customers WHERE id = 1001");
      Map<String, Integer> again = connector.erase(plan.systems().get(0), found, ANONYMIZER);

      assertThat(again.get("web_events")).isZero();
      assertThat(again.get("call_records")).isZero();
      assertThat(db.text("SELECT email FROM customers WHERE id = 1001")).isEqualTo(email);
      assertThat(connector.remaining(plan.systems().get(0), found, JANE).values()).containsOnly(0L);
    }
  }
}
