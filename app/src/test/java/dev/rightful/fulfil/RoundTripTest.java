package dev.rightful.fulfil;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.datamap.DataMap;
import dev.rightful.fulfil.connector.jdbc.JdbcConnector;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL a find sends independent selects together (one round trip per group), an erasure
 * its statements, and the proof its counts; on MariaDB each goes alone. Both run the same
 * statements and come to the same rows and counts.
 */
class RoundTripTest {
  private static final DataMap MAP = CompanyDb.map();
  private static final Identity JANE =
      new Identity(Map.of("email", Set.of("jane.doe@example.com")));

  @Test
  void postgresql_sends_the_walks_statements_in_fewer_round_trips_and_mariadb_one_each() {
    Plan plan = new Planner().plan(MAP);
    try (CompanyDb postgres = CompanyDb.postgres("fulfil_round_trips");
        CompanyDb mariadb = CompanyDb.mariadb()) {
      AtomicInteger pgTrips = new AtomicInteger();
      AtomicInteger mariaTrips = new AtomicInteger();
      for (boolean erasure : List.of(false, true)) {
        pgTrips.set(0);
        mariaTrips.set(0);
        JdbcConnector pg = new JdbcConnector(counting(postgres.dataSource, pgTrips));
        JdbcConnector maria = new JdbcConnector(counting(mariadb.dataSource, mariaTrips));
        Found onPostgres =
            erasure
                ? pg.findForErasure(plan.systems().get(0), JANE)
                : pg.find(plan.systems().get(0), JANE);
        Found onMaria =
            erasure
                ? maria.findForErasure(plan.systems().get(0), JANE)
                : maria.find(plan.systems().get(0), JANE);

        assertThat(onPostgres.statements()).isEqualTo(onMaria.statements()).isGreaterThan(8);
        assertThat(mariaTrips.get()).isEqualTo(onMaria.statements());
        // Six passes for Jane: customers; accounts with the tables found by email; cards, invoices
        // and calls; transcripts; then customers and web events by what was learnt.
        assertThat(pgTrips.get()).isLessThan(onPostgres.statements()).isLessThanOrEqualTo(6);
        for (Map.Entry<String, List<Map<String, Object>>> table : onMaria.tables().entrySet()) {
          assertThat(onPostgres.rows(table.getKey()))
              .as(table.getKey())
              .hasSameSizeAs(table.getValue());
        }
        assertThat(onPostgres.rowCount()).isEqualTo(onMaria.rowCount()).isGreaterThan(10);
      }
    }
  }

  @Test
  void postgresql_erases_and_proves_in_one_round_trip_each_with_the_same_counts_as_mariadb() {
    Plan plan = new Planner().plan(MAP);
    SystemPlan system = plan.systems().get(0);
    try (CompanyDb postgres = CompanyDb.postgres("fulfil_round_trips_erase");
        CompanyDb mariadb = CompanyDb.mariadb()) {
      AtomicInteger pgTrips = new AtomicInteger();
      AtomicInteger mariaTrips = new AtomicInteger();
      JdbcConnector pg = new JdbcConnector(counting(postgres.dataSource, pgTrips));
      JdbcConnector maria = new JdbcConnector(counting(mariadb.dataSource, mariaTrips));
      Found onPostgres = pg.findForErasure(system, JANE);
      Found onMaria = maria.findForErasure(system, JANE);
      pgTrips.set(0);
      mariaTrips.set(0);

      Map<String, Integer> erasedOnPostgres = pg.erase(system, onPostgres, ANONYMIZER);
      Map<String, Integer> erasedOnMaria = maria.erase(system, onMaria, ANONYMIZER);
      assertThat(erasedOnPostgres).isEqualTo(erasedOnMaria);
      assertThat(erasedOnPostgres.values().stream().mapToInt(n -> n).sum()).isGreaterThan(10);
      assertThat(pgTrips.get()).isEqualTo(1);
      assertThat(mariaTrips.get()).isGreaterThan(5);

      pgTrips.set(0);
      mariaTrips.set(0);
      assertThat(pg.remaining(system, onPostgres, JANE))
          .isEqualTo(maria.remaining(system, onMaria, JANE))
          .isNotEmpty()
          .allSatisfy((table, count) -> assertThat(count).as(table).isZero());
      assertThat(pgTrips.get()).isEqualTo(1);
      assertThat(mariaTrips.get()).isGreaterThan(5);
    }
  }

  private static final dev.rightful.fulfil.connector.Connector.Anonymizer ANONYMIZER =
      new dev.rightful.fulfil.connector.Connector.Anonymizer() {
        @Override
        public String hash(Object value) {
          return "hashed-" + value.hashCode();
        }

        @Override
        public String pseudonym() {
          return "deleted-R";
        }
      };

  /** The data source with every prepareStatement counted: one per round trip of a find. */
  private static DataSource counting(DataSource target, AtomicInteger prepares) {
    return (DataSource)
        Proxy.newProxyInstance(
            RoundTripTest.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              Object result = invoke(target, method, args);
              if (method.getName().equals("getConnection")) {
                Connection connection = (Connection) result;
                return Proxy.newProxyInstance(
                    RoundTripTest.class.getClassLoader(),
                    new Class<?>[] {Connection.class},
                    (p, m, a) -> {
                      if (m.getName().equals("prepareStatement")) {
                        prepares.incrementAndGet();
                      }
                      return invoke(connection, m, a);
                    });
              }
              return result;
            });
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
