package dev.rightful.fulfil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rightful.datamap.DataMap;
import dev.rightful.fulfil.connector.Connector;
import dev.rightful.fulfil.connector.jdbc.JdbcConnector;
import dev.rightful.law.LegalHoldBasis;
import dev.rightful.retention.Hold;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A deletion keeps what legal holds keep (CC 1798.145(a)(1)(E)), on real PostgreSQL and MariaDB,
 * checked by independent SQL: a table hold keeps that table and the tables it refers to, a hold on
 * the consumer keeps every table, and the certificate names the hold as the basis.
 */
class LegalHoldDeletionTest {
  private static final Identity JANE = JdbcDeletionTest.JANE;
  private static final Connector.Anonymizer ANONYMIZER = JdbcDeletionTest.ANONYMIZER;
  private static final DataMap MAP = CompanyDb.map();
  private static final Instant PLACED = Instant.parse("2026-01-05T10:00:00Z");

  private static CompanyDb open(String dialect) {
    return dialect.equals("postgresql") ? CompanyDb.postgres("fulfil_hold") : CompanyDb.mariadb();
  }

  private static Hold onTable(String table) {
    return new Hold(
        7,
        Hold.Scope.TABLE,
        null,
        null,
        "company_db",
        table,
        "call dispute",
        "legal",
        PLACED,
        null,
        null);
  }

  private static Hold onConsumer(String kind, String value) {
    return new Hold(
        8, Hold.Scope.CONSUMER, kind, value, null, null, "litigation", "legal", PLACED, null, null);
  }

  private static Certificate delete(CompanyDb db, List<Hold> holds) {
    Plan plan = new Planner().plan(MAP);
    JdbcConnector connector = new JdbcConnector(db.dataSource);
    Found found = connector.findForErasure(plan.systems().get(0), JANE);
    return new Deletion(MAP, id -> connector)
        .run("R1", plan, List.of(found), JANE, ANONYMIZER, holds);
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mariadb"})
  void a_table_hold_keeps_the_table_and_what_it_refers_to(String dialect) {
    try (CompanyDb db = open(dialect)) {
      Certificate certificate = delete(db, List.of(onTable("call_transcripts")));

      assertThat(certificate.verified()).isTrue();
      // call_transcripts -> call_records -> accounts -> customers: the chain stays whole.
      assertThat(certificate.retained())
          .extracting(
              Certificate.Retained::table, Certificate.Retained::rows, Certificate.Retained::rule)
          .containsExactlyInAnyOrder(
              tuple("customers", 1, LegalHoldBasis.RULE),
              tuple("accounts", 1, "tax-records"),
              tuple("invoices", 4, "tax-records"),
              tuple("call_records", 2, LegalHoldBasis.RULE),
              tuple("call_transcripts", 2, LegalHoldBasis.RULE));
      assertThat(certificate.retained())
          .filteredOn(kept -> kept.rule().equals(LegalHoldBasis.RULE))
          .extracting(Certificate.Retained::basis)
          .containsOnly(LegalHoldBasis.TEXT);
      assertThat(certificate.deleted())
          .containsEntry("company_db.web_events", 5)
          .containsEntry("company_db.payment_cards", 1)
          .doesNotContainKeys("company_db.call_records", "company_db.call_transcripts");
      assertThat(certificate.anonymized()).isEmpty();

      assertThat(
              db.count(
                  "SELECT COUNT(*) FROM call_transcripts WHERE call_record_id IN (5001, 5002)"))
          .isEqualTo(2);
      assertThat(db.text("SELECT email FROM customers WHERE id = 1001"))
          .isEqualTo("jane.doe@example.com");
      assertThat(db.count("SELECT COUNT(*) FROM web_events WHERE customer_id = 1001")).isZero();
      assertThat(db.count("SELECT COUNT(*) FROM payment_cards WHERE account_id = 2001")).isZero();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mariadb"})
  void a_hold_on_the_consumer_keeps_everything_and_says_so(String dialect) {
    try (CompanyDb db = open(dialect)) {
      long eventsBefore = db.count("SELECT COUNT(*) FROM web_events");
      Certificate certificate = delete(db, List.of(onConsumer("email", "jane.doe@example.com")));

      assertThat(certificate.verified()).isTrue();
      assertThat(certificate.deleted()).isEmpty();
      assertThat(certificate.anonymized()).isEmpty();
      assertThat(certificate.retained())
          .filteredOn(kept -> kept.rule().equals(LegalHoldBasis.RULE))
          .extracting(Certificate.Retained::table)
          .containsExactlyInAnyOrder(
              "customers",
              "payment_cards",
              "call_records",
              "call_transcripts",
              "marketing_contacts",
              "job_applicants",
              "web_events");
      assertThat(db.count("SELECT COUNT(*) FROM web_events")).isEqualTo(eventsBefore);
      assertThat(db.text("SELECT full_name FROM customers WHERE id = 1001"))
          .isNotEqualTo("deleted-R1");
      assertThat(
              db.count("SELECT COUNT(*) FROM job_applicants WHERE email = 'jane.doe@example.com'"))
          .isEqualTo(1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mariadb"})
  void a_hold_on_another_system_changes_nothing(String dialect) {
    try (CompanyDb db = open(dialect)) {
      Hold elsewhere =
          new Hold(
              9,
              Hold.Scope.TABLE,
              null,
              null,
              "crm",
              "call_transcripts",
              "other",
              "legal",
              PLACED,
              null,
              null);
      Certificate certificate = delete(db, List.of(elsewhere));

      assertThat(certificate.retained())
          .extracting(Certificate.Retained::rule)
          .doesNotContain(LegalHoldBasis.RULE);
      assertThat(certificate.deleted()).containsEntry("company_db.call_transcripts", 2);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mariadb"})
  void a_consumer_is_matched_by_identifiers_found_in_the_rows(String dialect) {
    Plan plan = new Planner().plan(MAP);
    try (CompanyDb db = open(dialect)) {
      Found found = new JdbcConnector(db.dataSource).findForErasure(plan.systems().get(0), JANE);
      Map<String, Set<Object>> known = HeldTables.identifiers(plan.systems().get(0), found, JANE);

      // Jane asked with her email only; her phone, device and customer id are learnt from her rows.
      assertThat(known.get("email")).contains("jane.doe@example.com");
      assertThat(known.get("phone")).contains("+1 415-555-0100");
      assertThat(known.get("device-id")).contains("dev-jane-0001");
      assertThat(known.get("customer-id")).hasSize(1);
    }
  }
}
