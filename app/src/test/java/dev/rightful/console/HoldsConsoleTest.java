package dev.rightful.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.staff.Role;
import dev.rightful.testing.TestServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who may see and change legal holds in the console, and the checks on the form. */
class HoldsConsoleTest {
  static TestServer server;
  static ConsoleClient admin;
  static ConsoleClient agent;
  static ConsoleClient auditor;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    var users = server.app().services().staff().users();
    users.create("ada", Role.ADMIN, ConsoleClient.PASSWORD, "test");
    users.create("alice", Role.AGENT, ConsoleClient.PASSWORD, "test");
    users.create("ida", Role.AUDITOR, ConsoleClient.PASSWORD, "test");
    admin = ConsoleClient.signIn(server, "ada");
    agent = ConsoleClient.signIn(server, "alice");
    auditor = ConsoleClient.signIn(server, "ida");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Map<String, String> tableHold(String table, String expires) {
    return tableHold(table, expires, "IRS examination");
  }

  private static Map<String, String> tableHold(String table, String expires, String reason) {
    return Map.of("scope", "table", "table", table, "reason", reason, "expires", expires);
  }

  @Test
  void agents_may_not_see_holds_and_auditors_may_not_change_them() {
    assertThat(agent.get("/admin/holds").statusCode()).isEqualTo(403);
    assertThat(auditor.get("/admin/holds").statusCode()).isEqualTo(200);
    assertThat(auditor.post("/admin/holds", tableHold("company_db.invoices", "")).statusCode())
        .isEqualTo(403);
  }

  @Test
  void a_post_without_the_csrf_token_places_nothing() {
    assertThat(
            admin
                .postWithout("/admin/holds", tableHold("company_db.invoices", "", "forged"))
                .statusCode())
        .isEqualTo(403);
    assertThat(admin.get("/admin/holds").body()).doesNotContain("forged");
  }

  @Test
  void the_form_refuses_an_unmapped_table_and_a_past_end_date_naming_the_field() {
    var unmapped = admin.post("/admin/holds", tableHold("company_db.nope", ""));
    assertThat(unmapped.statusCode()).isEqualTo(422);
    assertThat(unmapped.body()).contains("id=\"hold-table-error\"");
    var past = admin.post("/admin/holds", tableHold("company_db.invoices", "2020-01-01"));
    assertThat(past.statusCode()).isEqualTo(422);
    assertThat(past.body()).contains("id=\"hold-expires-error\"", "A hold must end after today.");
    var placed = admin.post("/admin/holds", tableHold("company_db.invoices", "2031-06-30"));
    assertThat(placed.statusCode()).isEqualTo(303);
    assertThat(admin.get("/admin/holds").body())
        .contains("Table company_db.invoices", "Active until 2031-06-30 00:00");
  }
}
