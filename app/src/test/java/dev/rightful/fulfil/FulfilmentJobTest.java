package dev.rightful.fulfil;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.github.kagkarlsson.scheduler.testhelper.SettableClock;
import com.github.kagkarlsson.scheduler.testhelper.TestHelper;
import dev.rightful.audit.AuditEvent;
import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataSystem;
import dev.rightful.fulfil.connector.Connector;
import dev.rightful.fulfil.connector.jdbc.JdbcConnector;
import dev.rightful.law.RequestType;
import dev.rightful.requests.RequestRepository;
import dev.rightful.requests.RequestStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A deletion on two company systems (PostgreSQL and MariaDB) run as a persistent db-scheduler job,
 * killed midway and restarted, and one whose second system stays down.
 */
class FulfilmentJobTest {

  /** The example map with its one system twice: company_db on PostgreSQL, crm_db on MariaDB. */
  static DataMap twoSystems() {
    DataMap map = CompanyDb.map();
    DataSystem first = map.systems().get(0);
    List<DataSystem> systems = new ArrayList<>(map.systems());
    systems.add(
        new DataSystem(
            "crm_db",
            "CRM",
            "jdbc",
            "CRM_DB_URL",
            null,
            null,
            null,
            null,
            first.tables(),
            first.location()));
    return CompanyDb.withSystems(map, systems);
  }

  private static ManualScheduler scheduler(Rig rig, Fulfilment fulfilment) {
    ManualScheduler scheduler =
        TestHelper.createManualScheduler(rig.database.dataSource(), fulfilment.scheduler().tasks())
            .clock(new SettableClock())
            .build();
    fulfilment.scheduler().use(scheduler);
    return scheduler;
  }

  private static long actions(Rig rig, String id, String action) {
    return rig.audit.list("request", id).stream()
        .map(AuditEvent::action)
        .filter(action::equals)
        .count();
  }

  @Test
  void a_deletion_killed_after_the_first_system_completes_exactly_once_after_a_restart() {
    try (Rig rig = new Rig("fulfil_job_restart", twoSystems());
        CompanyDb postgres = CompanyDb.postgres("fulfil_job_company");
        CompanyDb mariadb = CompanyDb.mariadb()) {
      Connector companyDb = new JdbcConnector(postgres.dataSource);
      Function<String, Connector> secondDown =
          id -> id.equals("company_db") ? companyDb : new DownConnector(id);
      String id = rig.verifiedRequest(RequestType.DELETE);

      Fulfilment first = rig.fulfilment(secondDown, 5, null);
      ManualScheduler before = scheduler(rig, first);
      assertThat(first.start(id, "staff:test")).isTrue();
      before.runAnyDueExecutions();

      assertThat(first.jobs().find(id, "company_db").orElseThrow().status().id()).isEqualTo("done");
      JobSteps.Step failed = first.jobs().find(id, "crm_db").orElseThrow();
      assertThat(failed.status().id()).isEqualTo("failed");
      assertThat(failed.attempts()).isEqualTo(1);
      assertThat(failed.errorClass()).isEqualTo("SystemUnavailable");
      assertThat(rig.requests.get(id).status()).isEqualTo(RequestStatus.VERIFIED);
      assertThat(
              postgres.count(
                  "SELECT COUNT(*) FROM marketing_contacts WHERE email = 'jane.doe@example.com'"))
          .isZero();
      assertThat(
              mariadb.count(
                  "SELECT COUNT(*) FROM marketing_contacts WHERE email = 'jane.doe@example.com'"))
          .isEqualTo(1);
      // The process dies here: its scheduler is gone, the rescheduled execution stays in the table.
      assertThat(
              rig.count("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'fulfil-request'"))
          .isEqualTo(1);

      Connector crmDb = new JdbcConnector(mariadb.dataSource);
      Fulfilment second =
          rig.fulfilment(system -> system.equals("company_db") ? companyDb : crmDb, 5, null);
      ManualScheduler after = scheduler(rig, second);
      after.tick(Duration.ofMinutes(10));
      after.runAnyDueExecutions();
      after.tick(Duration.ofMinutes(10));
      after.runAnyDueExecutions();

      assertThat(rig.requests.get(id).status()).isEqualTo(RequestStatus.COMPLETED);
      assertThat(actions(rig, id, "request.completed")).isEqualTo(1);
      assertThat(actions(rig, id, "fulfil.step-done")).isEqualTo(2);
      assertThat(
              rig.count("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'fulfil-request'"))
          .isZero();
      assertThat(second.service().run(id)).isEqualTo(FulfilmentService.Outcome.ALREADY_CLOSED);
      for (CompanyDb db : List.of(postgres, mariadb)) {
        assertThat(
                db.count(
                    "SELECT COUNT(*) FROM marketing_contacts WHERE email = 'jane.doe@example.com'"))
            .isZero();
        assertThat(db.count("SELECT COUNT(*) FROM web_events WHERE customer_id = 1001")).isZero();
        assertThat(db.count("SELECT COUNT(*) FROM invoices WHERE account_id = 2001")).isEqualTo(4);
        assertThat(db.text("SELECT full_name FROM customers WHERE id = 1001"))
            .startsWith("deleted-R-");
      }
      // The sealed rows found are dropped once the request is answered.
      assertThat(rig.count("SELECT COUNT(*) FROM fulfil_job WHERE found_sealed IS NOT NULL"))
          .isZero();
      List<RequestRepository.Entry> completed =
          rig.requests.timeline(id, true).stream()
              .filter(e -> e.kind().equals("completed"))
              .toList();
      assertThat(completed).hasSize(1);
      dev.rightful.testing.ConsumerText.assertConsumerFacing(completed.get(0).text());
      assertThat(completed.get(0).text())
          .startsWith("We deleted your personal information.\n\nDeleted:\n- ")
          .contains(
              "- Service accounts (plans) a customer holds — 1 record (Identifiers, Commercial"
                  + " information). Why: Tax law requires the records for six years (CC"
                  + " 1798.145(a)(1)(A)).")
          .contains("We keep a record of your request")
          .doesNotContain("jane");
    }
  }

  @Test
  void a_system_that_stays_down_leaves_the_request_verified_blocked_and_noted() {
    try (Rig rig = new Rig("fulfil_job_blocked", twoSystems());
        CompanyDb postgres = CompanyDb.postgres("fulfil_job_blocked_company")) {
      Connector companyDb = new JdbcConnector(postgres.dataSource);
      Fulfilment fulfilment =
          rig.fulfilment(
              id -> id.equals("company_db") ? companyDb : new DownConnector(id), 3, null);
      ManualScheduler scheduler = scheduler(rig, fulfilment);
      String id = rig.verifiedRequest(RequestType.DELETE);
      fulfilment.start(id, "staff:test");
      for (int attempt = 0; attempt < 4; attempt++) {
        scheduler.runAnyDueExecutions();
        scheduler.tick(Duration.ofHours(1));
      }

      JobSteps.Step blocked = fulfilment.jobs().find(id, "crm_db").orElseThrow();
      assertThat(blocked.status().id()).isEqualTo("blocked");
      assertThat(blocked.attempts()).isEqualTo(3);
      assertThat(blocked.errorClass()).isEqualTo("SystemUnavailable");
      assertThat(rig.requests.get(id).status()).isEqualTo(RequestStatus.VERIFIED);
      assertThat(
              rig.count("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'fulfil-request'"))
          .isZero();
      assertThat(
              rig.requests.timeline(id, false).stream()
                  .filter(e -> e.kind().equals("note"))
                  .map(RequestRepository.Entry::text))
          .containsExactly(
              "Fulfilment is blocked at 'crm_db' after 3 attempts (SystemUnavailable). Fix the system, then start fulfilment again.");
      assertThat(actions(rig, id, "fulfil.blocked")).isEqualTo(1);
    }
  }
}
