package dev.rightful.fulfil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rightful.fulfil.connector.Connector;
import dev.rightful.fulfil.connector.jdbc.JdbcConnector;
import dev.rightful.law.RequestType;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;

/**
 * Fulfilment steps are timed where they run (docs/metrics.md): one sample per step run, tagged by
 * how it ended, on a real deletion in PostgreSQL.
 */
class StepTimingsTest {

  private static long count(Rig rig, String result) {
    Timer timer =
        rig.meters
            .find(StepTimings.NAME)
            .tags("kind", "delete", "system", "database", "result", result)
            .timer();
    assertThat(timer).as(result).isNotNull();
    return timer.count();
  }

  @Test
  void a_step_that_deletes_is_timed_as_done_and_one_whose_system_is_down_as_failed() {
    try (Rig rig = new Rig("fulfil_step_timings", CompanyDb.map());
        CompanyDb postgres = CompanyDb.postgres("fulfil_step_timings_company")) {
      Connector companyDb = new JdbcConnector(postgres.dataSource);
      String down = rig.verifiedRequest(RequestType.DELETE);
      Fulfilment failing = rig.fulfilment(id -> new DownConnector(id), 5, null);
      assertThatThrownBy(() -> failing.service().run(down)).isInstanceOf(RuntimeException.class);
      assertThat(count(rig, "failed")).isEqualTo(1);
      assertThat(count(rig, "done")).isZero();

      String up = rig.verifiedRequest(RequestType.DELETE);
      Fulfilment working = rig.fulfilment(id -> companyDb, 5, null);
      assertThat(working.service().run(up)).isEqualTo(FulfilmentService.Outcome.COMPLETED);
      assertThat(count(rig, "done")).isEqualTo(1);
      assertThat(count(rig, "failed")).isEqualTo(1);
      // A run after completion finds the step done and times nothing more.
      working.service().run(up);
      assertThat(count(rig, "done")).isEqualTo(1);
    }
  }
}
