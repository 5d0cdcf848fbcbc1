package dev.rightful.datamap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reference graph, on a small map listed children first and on the shipped example map. */
class TableGraphTest {
  private static Field field(String table, String name, String identity, String references) {
    Reference reference =
        references == null ? null : Reference.parse(table, name, references).orElseThrow();
    return new Field(name, Set.of(), identity, false, reference, null, null, null, null);
  }

  /** A table whose fields are {@code name}, {@code name=identity} or {@code name->table.column}. */
  private static Table table(String name, String... fields) {
    List<Field> built = new ArrayList<>();
    for (String spec : fields) {
      if (spec.contains("->")) {
        String[] parts = spec.split("->");
        built.add(field(name, parts[0], null, parts[1]));
      } else if (spec.contains("=")) {
        String[] parts = spec.split("=");
        built.add(field(name, parts[0], parts[1], null));
      } else {
        built.add(field(name, spec, null, null));
      }
    }
    return new Table(name, null, "id", null, built, null, null, null);
  }

  private static List<String> written(List<Reference> references) {
    return references.stream().map(Reference::toString).toList();
  }

  // Listed children first, so that every order below has to be computed, not copied.
  private static final TableGraph SMALL =
      TableGraph.of(
          List.of(
              table("notes", "id", "order_line_id->order_lines.id"),
              table("order_lines", "id", "order_id->orders.id"),
              table("orders", "id", "store_id->stores.id", "customer_id->customers.id"),
              table("stores", "id", "created_at"),
              table("customers", "id", "email=email", "created_at"),
              table("audit", "id", "parent_id->audit.id", "customer_id->customers.id"),
              table("x", "id", "y_id->y.id"),
              table("y", "id", "x_id->x.id"),
              table("orphans", "id")));

  @Test
  void small_map_references_are_parsed_once_in_map_order() {
    assertThat(written(SMALL.references()))
        .containsExactly(
            "notes.order_line_id -> order_lines.id",
            "order_lines.order_id -> orders.id",
            "orders.store_id -> stores.id",
            "orders.customer_id -> customers.id",
            "audit.parent_id -> audit.id",
            "audit.customer_id -> customers.id",
            "x.y_id -> y.id",
            "y.x_id -> x.id");
  }

  @Test
  void parents_and_children_are_the_references_from_and_to_a_table() {
    assertThat(written(SMALL.parents("orders")))
        .containsExactly("orders.store_id -> stores.id", "orders.customer_id -> customers.id");
    assertThat(written(SMALL.children("customers")))
        .containsExactly("orders.customer_id -> customers.id", "audit.customer_id -> customers.id");
    assertThat(SMALL.parents("customers")).isEmpty();
    assertThat(SMALL.children("notes")).isEmpty();
    assertThat(SMALL.refersTo("orders", "stores")).isTrue();
    assertThat(SMALL.refersTo("stores", "orders")).isFalse();
    assertThat(SMALL.refersTo("audit", "audit")).isFalse();
  }

  @Test
  void identities_reach_down_their_children_only() {
    assertThat(SMALL.identityTables()).containsExactly("customers");
    assertThat(SMALL.reachableFromIdentities())
        .containsExactlyInAnyOrder("customers", "orders", "audit", "order_lines", "notes");
  }

  @Test
  void connected_tables_include_the_parents_of_reached_ones() {
    assertThat(SMALL.connectedToIdentities())
        .containsExactlyInAnyOrder(
            "customers", "orders", "audit", "order_lines", "notes", "stores");
  }

  @Test
  void parents_come_first_and_a_cycle_keeps_the_map_order() {
    assertThat(SMALL.parentsFirst(List.of("notes", "order_lines", "orders", "customers", "stores")))
        .containsExactly("stores", "customers", "orders", "order_lines", "notes");
    assertThat(SMALL.parentsFirst(List.of("y", "x", "audit", "customers")))
        .containsExactly("customers", "audit", "x", "y");
    assertThat(SMALL.childrenFirst(List.of("orders", "customers", "order_lines")))
        .containsExactly("order_lines", "orders", "customers");
  }

  @Test
  void a_hold_keeps_a_table_and_everything_it_refers_to() {
    assertThat(SMALL.closure(List.of("order_lines")))
        .containsExactlyInAnyOrder("order_lines", "orders", "stores", "customers");
    assertThat(SMALL.closure(List.of("audit"))).containsExactlyInAnyOrder("audit", "customers");
    assertThat(SMALL.closure(List.of("x"))).containsExactlyInAnyOrder("x", "y");
    assertThat(SMALL.closure(List.of("no_such_table"))).isEmpty();
  }

  @Test
  void the_path_to_a_column_is_the_nearest_one_in_field_order() {
    assertThat(SMALL.pathToColumn("notes", "created_at").map(TableGraphTest::written))
        .hasValue(
            List.of(
                "notes.order_line_id -> order_lines.id",
                "order_lines.order_id -> orders.id",
                "orders.store_id -> stores.id"));
    assertThat(SMALL.pathToColumn("notes", "email").map(TableGraphTest::written))
        .hasValue(
            List.of(
                "notes.order_line_id -> order_lines.id",
                "order_lines.order_id -> orders.id",
                "orders.customer_id -> customers.id"));
    assertThat(SMALL.pathToColumn("customers", "created_at")).hasValue(List.of());
    assertThat(SMALL.pathToColumn("x", "created_at")).isEmpty();
    assertThat(SMALL.pathToColumn("no_such_table", "id")).isEmpty();
  }

  private static final TableGraph EXAMPLE =
      DataMapLoader.load(Net2PhoneExampleTest.EXAMPLE)
          .orThrow()
          .findSystem("company_db")
          .orElseThrow()
          .graph();

  @Test
  void the_example_references_are_the_demo_schemas_foreign_keys() {
    assertThat(written(EXAMPLE.references()))
        .containsExactly(
            "accounts.customer_id -> customers.id",
            "payment_cards.account_id -> accounts.id",
            "invoices.account_id -> accounts.id",
            "call_records.account_id -> accounts.id",
            "call_transcripts.call_record_id -> call_records.id",
            "web_events.customer_id -> customers.id");
    assertThat(written(EXAMPLE.children("accounts")))
        .containsExactly(
            "payment_cards.account_id -> accounts.id",
            "invoices.account_id -> accounts.id",
            "call_records.account_id -> accounts.id");
  }

  @Test
  void every_example_table_is_reached_from_an_identity() {
    assertThat(EXAMPLE.identityTables())
        .containsExactly(
            "customers",
            "call_records",
            "marketing_contacts",
            "marketing_suppression",
            "job_applicants",
            "web_events");
    assertThat(EXAMPLE.reachableFromIdentities())
        .containsExactlyInAnyOrder(
            "customers",
            "accounts",
            "payment_cards",
            "invoices",
            "call_records",
            "call_transcripts",
            "marketing_contacts",
            "marketing_suppression",
            "job_applicants",
            "web_events");
  }

  @Test
  void deletion_runs_children_first() {
    assertThat(
            EXAMPLE.childrenFirst(
                List.of("customers", "call_transcripts", "accounts", "call_records")))
        .containsExactly("call_transcripts", "call_records", "accounts", "customers");
  }

  @Test
  void a_held_transcript_keeps_its_call_account_and_customer() {
    assertThat(EXAMPLE.closure(List.of("call_transcripts")))
        .containsExactlyInAnyOrder("call_transcripts", "call_records", "accounts", "customers");
    assertThat(EXAMPLE.closure(List.of("job_applicants"))).containsExactly("job_applicants");
  }

  @Test
  void a_card_and_a_transcript_are_dated_through_their_account() {
    assertThat(EXAMPLE.pathToColumn("payment_cards", "closed_at").map(TableGraphTest::written))
        .hasValue(List.of("payment_cards.account_id -> accounts.id"));
    assertThat(EXAMPLE.pathToColumn("call_transcripts", "closed_at").map(TableGraphTest::written))
        .hasValue(
            List.of(
                "call_transcripts.call_record_id -> call_records.id",
                "call_records.account_id -> accounts.id"));
    assertThat(EXAMPLE.pathToColumn("marketing_contacts", "closed_at")).isEmpty();
  }
}
