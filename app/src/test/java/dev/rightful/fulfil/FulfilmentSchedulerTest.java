package dev.rightful.fulfil;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.rightful.datamap.DataMapLoader;
import dev.rightful.demo.DemoData;
import dev.rightful.demo.DemoDatabase;
import dev.rightful.fulfil.connector.jdbc.JdbcConnector;
import dev.rightful.law.RequestType;
import dev.rightful.requests.RequestService;
import dev.rightful.testing.Postgres;
import dev.rightful.testing.Repo;
import dev.rightful.testing.Submissions;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The real db-scheduler (not the manual one) running several deletion requests at once on its
 * threads, against a generated company database in PostgreSQL: each request completes exactly once,
 * its consumer is erased, and the audit chain stays sound under concurrent appends.
 */
class FulfilmentSchedulerTest {
  private static final int REQUESTS = 12;

  @Test
  void several_threads_fulfil_concurrent_deletions_each_exactly_once() throws Exception {
    String url = Postgres.freshSchema("fulfil_sched_company");
    try (Connection c = java.sql.DriverManager.getConnection(url, Postgres.USER, "")) {
      new DemoData(DemoDatabase.of(Repo.exampleMap().resolve("db")))
          .generate(c, new DemoData.Scale(500, 2), false, DemoData.Listener.NONE);
    }
    HikariDataSource companyPool = new HikariDataSource();
    companyPool.setJdbcUrl(url);
    companyPool.setUsername(Postgres.USER);
    companyPool.setMaximumPoolSize(4);
    JdbcConnector connector = new JdbcConnector(companyPool);
    try (companyPool;
        Rig rig = new Rig("fulfil_sched", DataMapLoader.load(Repo.exampleMap()).orThrow())) {
      try (Fulfilment fulfilment = rig.fulfilment(id -> connector, 6, null)) {
        List<String> ids = new ArrayList<>();
        for (int k = 1; k <= REQUESTS; k++) {
          ids.add(verifiedDelete(rig.requests, DemoData.email(k)));
        }
        fulfilment.scheduler().start(rig.database.dataSource(), Duration.ofMillis(200), 4);
        for (String id : ids) {
          assertThat(fulfilment.start(id, "staff:test")).isTrue();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (completed(rig) < REQUESTS && System.nanoTime() < deadline) {
          Thread.sleep(100);
        }
        assertThat(completed(rig)).isEqualTo(REQUESTS);
        // Verifying chains the pending events first.
        assertThat(rig.audit.verify().firstBreak()).isEmpty();
        assertThat(
                rig.count(
                    "SELECT COUNT(*) FROM audit_event WHERE action = 'fulfil.deletion-certified'"))
            .isEqualTo(REQUESTS);
        assertThat(rig.count("SELECT COUNT(*) FROM fulfil_job WHERE status <> 'done'")).isZero();
        try (Connection c = companyPool.getConnection();
            var s = c.createStatement();
            var rows =
                s.executeQuery(
                    "SELECT COUNT(*) FROM customers WHERE id <= "
                        + REQUESTS
                        + " AND (email LIKE 'customer%' OR phone IS NOT NULL)")) {
          rows.next();
          assertThat(rows.getLong(1)).isZero();
        }
      }
    }
  }

  private static long completed(Rig rig) {
    return rig.count("SELECT COUNT(*) FROM rights_request WHERE status = 'completed'");
  }

  private static String verifiedDelete(RequestService requests, String email) {
    String id =
        requests
            .submit(
                Submissions.api(RequestType.DELETE, email, "Generated Consumer", null), "consumer")
            .request()
            .id();
    requests.recordVerification(
        id, new RequestService.Verification(2, false, "test"), "staff:test");
    return id;
  }
}
