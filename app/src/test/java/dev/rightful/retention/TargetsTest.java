package dev.rightful.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rightful.datamap.DataSystem;
import dev.rightful.datamap.Reference;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How the map's rules become the tables a sweep walks, and what the engine refuses. */
class TargetsTest {
  @Test
  void tables_that_refer_to_others_are_swept_before_them() {
    Targets.Resolved resolved = Targets.resolve(DemoMap.example());

    assertThat(resolved.targets())
        .extracting(Target::name)
        .containsExactly(
            "company_db.payment_cards",
            "company_db.marketing_contacts",
            "company_db.marketing_suppression",
            "company_db.invoices",
            "company_db.job_applicants",
            "company_db.call_transcripts",
            "company_db.call_records",
            "company_db.accounts",
            "company_db.web_events",
            "company_db.customers");
  }

  @Test
  void a_table_without_the_start_column_is_dated_through_its_references() {
    Targets.Resolved resolved = Targets.resolve(DemoMap.example());

    Target cards = resolved.targets().get(0);
    assertThat(cards.startPath()).extracting(Reference::fromColumn).containsExactly("account_id");
    Target transcripts = resolved.targets().get(5);
    assertThat(transcripts.startPath())
        .extracting(Reference::fromColumn)
        .containsExactly("call_record_id");
    assertThat(resolved.targets().get(1).startPath()).isEmpty();
  }

  @Test
  void a_rule_without_tables_or_outside_a_database_is_listed_as_not_swept() {
    DataSystem crm =
        new DataSystem(
            "crm",
            "Vendor CRM",
            "manual",
            null,
            null,
            null,
            null,
            null,
            List.of(DemoMap.table("leads", DemoMap.field("id"), DemoMap.field("created_at"))),
            DemoMap.HERE);
    var rule = DemoMap.onTable(DemoMap.rule("crm-leads", "P2Y", "created_at", null), "crm.leads");
    var map = DemoMap.with(crm, List.of(rule, DemoMap.exampleRules().get(4)));

    Targets.Resolved resolved = Targets.resolve(map);

    assertThat(resolved.targets()).isEmpty();
    assertThat(resolved.unswept())
        .containsExactly(
            "crm-leads: crm.leads is not in a JDBC database; apply the rule by hand",
            "disputes: names no table (kept case by case, under legal holds)");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "status = 'closed'; DROP TABLE customers",
        "status = 'closed' -- and more",
        "status = 'closed' /* hidden */",
        "status = 'closed' # MariaDB comment"
      })
  void a_condition_that_could_end_the_statement_or_hide_text_is_refused(String condition) {
    var rule = DemoMap.rule("bad", "P1D", "closed_at", condition, "customers");

    assertThatThrownBy(() -> Targets.resolve(DemoMap.with(List.of(rule))))
        .isInstanceOf(RetentionException.class)
        .hasMessageStartingWith("retention rule 'bad': the condition may not contain");
  }

  @Test
  void a_start_column_nowhere_along_the_references_is_refused() {
    var rule = DemoMap.rule("cards", "P1Y", "expired_at", null, "payment_cards");

    assertThatThrownBy(() -> Targets.resolve(DemoMap.with(List.of(rule))))
        .isInstanceOf(RetentionException.class)
        .hasMessage(
            "cards on company_db.payment_cards: start column 'expired_at' is neither a field of"
                + " the table nor of a table it references");
  }

  @Test
  void an_anonymizing_rule_needs_a_field_of_the_table() {
    var rule = DemoMap.anonymize("anon", "P1Y", "closed_at", List.of("nickname"), "customers");

    assertThatThrownBy(() -> Targets.resolve(DemoMap.with(List.of(rule))))
        .isInstanceOf(RetentionException.class)
        .hasMessageContaining("none of the fields to anonymize is in the table");
  }
}
