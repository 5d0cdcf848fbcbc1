package dev.rightful.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.rightful.testing.TestClock;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A sweep borrows the company's pooled connections: the planner setting it uses for PostgreSQL
 * batches must end with each batch, not stay on a connection the pool hands to the next user.
 */
class PooledConnectionTest {
  @Test
  void a_sweep_leaves_a_pooled_postgresql_connection_as_it_found_it() throws SQLException {
    CompanyDb db = CompanyDb.POSTGRESQL;
    db.fresh();
    HikariConfig config = new HikariConfig();
    config.setDataSource(db.dataSource());
    config.setMaximumPoolSize(1);
    try (HikariDataSource pool = new HikariDataSource(config)) {
      SweepReport report =
          new RetentionSweeper(
                  DemoMap.example(),
                  id -> Optional.of(pool),
                  Rightful.h2(),
                  Rightful.PI,
                  SweepRecorder.NONE,
                  TestClock.demoDate(),
                  RetentionSweeper.Settings.defaults("test-node"))
              .run(SweepReport.Trigger.COMMAND, TestClock.DEMO_DATE, SweepListener.NONE)
              .orElseThrow();

      assertThat(report.done()).isPositive();
      try (Connection connection = pool.getConnection();
          Statement statement = connection.createStatement();
          ResultSet setting = statement.executeQuery("SHOW enable_indexscan")) {
        assertThat(setting.next()).isTrue();
        assertThat(setting.getString(1)).isEqualTo("on");
        assertThat(connection.getAutoCommit()).isTrue();
      }
    }
  }
}
