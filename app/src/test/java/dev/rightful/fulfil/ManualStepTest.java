package dev.rightful.fulfil;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.github.kagkarlsson.scheduler.testhelper.SettableClock;
import com.github.kagkarlsson.scheduler.testhelper.TestHelper;
import dev.rightful.audit.AuditEvent;
import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataSystem;
import dev.rightful.fulfil.connector.jdbc.JdbcConnector;
import dev.rightful.law.RequestType;
import dev.rightful.requests.RequestStatus;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A system with no connector ({@code connector: manual}): its step waits for a person, the other
 * systems go ahead, and the request is answered only once the person confirmed.
 */
class ManualStepTest {
  /** The example map plus a filing cabinet of signed contracts that staff search by hand. */
  static DataMap withPaperFiles() {
    DataMap map = CompanyDb.map();
    DataSystem first = map.systems().get(0);
    List<DataSystem> systems = new ArrayList<>(map.systems());
    systems.add(
        new DataSystem(
            "paper_files",
            "Signed contracts (paper)",
            "manual",
            null,
            null,
            null,
            null,
            null,
            first.tables().subList(0, 1),
            first.location()));
    return CompanyDb.withSystems(map, systems);
  }

  @Test
  void a_manual_system_holds_the_answer_until_a_person_confirms_the_work() {
    try (Rig rig = new Rig("fulfil_manual", withPaperFiles());
        CompanyDb company = CompanyDb.mariadb()) {
      JdbcConnector connector = new JdbcConnector(company.dataSource);
      Fulfilment fulfilment = rig.fulfilment(id -> connector, 3, null);
      ManualScheduler scheduler =
          TestHelper.createManualScheduler(
                  rig.database.dataSource(), fulfilment.scheduler().tasks())
              .clock(new SettableClock())
              .build();
      fulfilment.scheduler().use(scheduler);
      String id = rig.verifiedRequest(RequestType.DELETE);

      fulfilment.start(id, "staff:test");
      scheduler.runAnyDueExecutions();

      assertThat(fulfilment.jobs().find(id, "company_db").orElseThrow().status().id())
          .isEqualTo("done");
      JobSteps.Step waiting = fulfilment.jobs().find(id, "paper_files").orElseThrow();
      assertThat(waiting.status().id()).isEqualTo("waiting");
      // The console says since when, so that a vendor or a person who went quiet shows.
      assertThat(waiting.updatedAt())
          .isEqualTo(
              dev.rightful.testing.TestServer.CLOCK.instant().truncatedTo(ChronoUnit.MICROS));
      assertThat(
              new dev.rightful.console.FulfilmentPanel.SystemView(
                      "paper_files", "Paper files", "manual", List.of(), waiting)
                  .status())
          .isEqualTo("waiting since 2026-11-29 17:00 UTC");
      assertThat(rig.requests.get(id).status()).isEqualTo(RequestStatus.VERIFIED);
      assertThat(fulfilment.service().run(id)).isEqualTo(FulfilmentService.Outcome.WAITING);
      assertThat(
              rig.count("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'fulfil-request'"))
          .as("a waiting request is not retried: the confirmation runs it again")
          .isZero();

      assertThat(fulfilment.confirmStep(id, "paper_files", "staff:alice", "Contract shredded."))
          .isTrue();
      assertThat(fulfilment.confirmStep(id, "paper_files", "staff:bob", null)).isFalse();
      scheduler.runAnyDueExecutions();

      assertThat(rig.requests.get(id).status()).isEqualTo(RequestStatus.COMPLETED);
      assertThat(fulfilment.jobs().confirmedBy(id, "paper_files")).hasValue("staff:alice");
      assertThat(rig.audit.list("request", id))
          .extracting(AuditEvent::actor, AuditEvent::action)
          .contains(
              org.assertj.core.groups.Tuple.tuple("system", "fulfil.manual-step-opened"),
              org.assertj.core.groups.Tuple.tuple("staff:alice", "fulfil.manual-step-confirmed"));
      assertThat(rig.requests.timeline(id, false))
          .anyMatch(e -> e.text().equals("Work in 'paper_files' confirmed: Contract shredded."));
      assertThat(
              company.count("SELECT COUNT(*) FROM marketing_contacts WHERE full_name = 'Jane Doe'"))
          .isZero();
    }
  }
}
