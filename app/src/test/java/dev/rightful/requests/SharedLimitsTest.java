package dev.rightful.requests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.testing.Postgres;
import dev.rightful.testing.TestServer;
import dev.rightful.web.ClientAddresses;
import dev.rightful.web.RateBuckets;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL the rate limits' buckets live in the store (issue 13, item 1), so two Rightful
 * servers behind a load balancer count one sender together instead of each allowing the limit.
 */
class SharedLimitsTest {
  private static final ObjectMapper json = new ObjectMapper();
  private static final IntakeLimits THREE_A_MINUTE = new IntakeLimits(3, 200, 5);

  @Test
  void two_servers_on_one_postgresql_store_share_one_senders_count() throws Exception {
    String url = Postgres.freshSchema("limits");
    try (TestServer first =
            TestServer.startWithLimits(url, Postgres.USER, ClientAddresses.DIRECT, THREE_A_MINUTE);
        TestServer second =
            TestServer.startWithLimits(
                url, Postgres.USER, ClientAddresses.DIRECT, THREE_A_MINUTE)) {
      for (int i = 0; i < 3; i++) {
        assertThat(post(first, "shared" + i + "@example.com").statusCode()).isEqualTo(201);
      }
      HttpResponse<String> refused = post(second, "shared3@example.com");
      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      assertThat(json.readTree(refused.body()).get("status").asInt()).isEqualTo(429);
      assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
          .isBetween(1L, 60L);
      Jdbi store = first.app().services().database().jdbi();
      assertThat(count(store, "SELECT COUNT(*) FROM rights_request")).isEqualTo(3);
      // The buckets are keyed by keyed hashes: neither the address nor an email is stored.
      List<String> ids =
          store.withHandle(
              h -> h.createQuery("SELECT id FROM rate_bucket").mapTo(String.class).list());
      assertThat(ids).isNotEmpty().noneMatch(id -> id.contains("127.0.0.1") || id.contains("@"));
    }
  }

  @Test
  void expired_bucket_rows_are_deleted_and_live_ones_kept() {
    String url = Postgres.freshSchema("limits_expiry");
    try (TestServer server =
        TestServer.startWithLimits(url, Postgres.USER, ClientAddresses.DIRECT, THREE_A_MINUTE)) {
      var database = server.app().services().database();
      Jdbi store = database.jdbi();
      RateBuckets buckets = RateBuckets.onPostgres(database.dataSource(), Clock.systemUTC());
      assertThat(buckets.shared()).isTrue();
      store.useHandle(
          h ->
              h.execute(
                  "INSERT INTO rate_bucket (id, state, expires_at, lock_id) VALUES ('old', NULL, 1, 1)"));
      assertThat(
              buckets.take(
                  "live", List.of(new RateBuckets.Limit(1, java.time.Duration.ofHours(1)))))
          .isEmpty();
      // Each row carries the advisory lock its takes and the clean-up share.
      Long lockId =
          store.withHandle(
              h ->
                  h.createQuery("SELECT lock_id FROM rate_bucket WHERE id LIKE 'live|%'")
                      .mapTo(Long.class)
                      .one());
      assertThat(lockId).isNotNull();
      long liveExpiry =
          store.withHandle(
              h ->
                  h.createQuery("SELECT expires_at FROM rate_bucket WHERE id LIKE 'live|%'")
                      .mapTo(Long.class)
                      .one());
      // Full again after an hour (plus a margin): only then may the row go.
      assertThat(liveExpiry).isGreaterThan(System.currentTimeMillis() + 3_000_000L);

      // The first take of a node cleans on the request path (then at most once a minute).
      assertThat(count(store, "SELECT COUNT(*) FROM rate_bucket WHERE id = 'old'")).isZero();

      store.useHandle(
          h ->
              h.execute(
                  "INSERT INTO rate_bucket (id, state, expires_at, lock_id)"
                      + " VALUES ('older', NULL, 1, 2)"));
      assertThat(buckets.removeExpired()).isEqualTo(1);
      assertThat(count(store, "SELECT COUNT(*) FROM rate_bucket WHERE id = 'older'")).isZero();
      assertThat(count(store, "SELECT COUNT(*) FROM rate_bucket WHERE id LIKE 'live|%'"))
          .isEqualTo(1);
      // The live bucket still counts: its one take is spent.
      assertThat(
              buckets.take(
                  "live", List.of(new RateBuckets.Limit(1, java.time.Duration.ofHours(1)))))
          .isPresent();
    }
  }

  @Test
  void a_new_bucket_is_created_by_the_transaction_that_takes_from_it() throws Exception {
    String url = Postgres.freshSchema("limits_first_take");
    try (TestServer server =
        TestServer.startWithLimits(url, Postgres.USER, ClientAddresses.DIRECT, THREE_A_MINUTE)) {
      var database = server.app().services().database();
      Counting store = new Counting(database.dataSource());
      RateBuckets buckets = RateBuckets.onPostgres(store.proxy(), Clock.systemUTC());
      List<RateBuckets.Limit> twoAnHour =
          List.of(new RateBuckets.Limit(2, java.time.Duration.ofHours(1)));
      buckets.take("warm-up", twoAnHour); // the first take also cleans expired rows
      store.reset();

      for (int i = 0; i < 5; i++) {
        assertThat(buckets.take("new-" + i, twoAnHour)).isEmpty();
      }
      // Before: each new bucket was a rolled-back look, then a second transaction creating it.
      assertThat(store.connections).hasValue(5);
      assertThat(store.rollbacks).hasValue(0);
      assertThat(count(database.jdbi(), "SELECT COUNT(*) FROM rate_bucket WHERE id LIKE 'new-%'"))
          .isEqualTo(5);

      // Created with the limit, and taken from as it is afterwards: a second take, then refused.
      assertThat(buckets.take("new-0", twoAnHour)).isEmpty();
      assertThat(buckets.take("new-0", twoAnHour)).isPresent();
      // A bucket another node created is taken from, not replaced.
      RateBuckets otherNode = RateBuckets.onPostgres(database.dataSource(), Clock.systemUTC());
      assertThat(otherNode.take("new-0", twoAnHour)).isPresent();
      assertThat(otherNode.take("new-1", twoAnHour)).isEmpty();
      assertThat(buckets.take("new-1", twoAnHour)).isPresent();
    }
  }

  /** The store's connections, counted as they are taken and rolled back. */
  private static final class Counting {
    private final javax.sql.DataSource target;
    final java.util.concurrent.atomic.AtomicInteger connections =
        new java.util.concurrent.atomic.AtomicInteger();
    final java.util.concurrent.atomic.AtomicInteger rollbacks =
        new java.util.concurrent.atomic.AtomicInteger();

    Counting(javax.sql.DataSource target) {
      this.target = target;
    }

    void reset() {
      connections.set(0);
      rollbacks.set(0);
    }

    javax.sql.DataSource proxy() {
      return (javax.sql.DataSource)
          java.lang.reflect.Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {javax.sql.DataSource.class},
              (proxy, method, args) -> {
                Object result = invoke(target, method, args);
                if (method.getName().equals("getConnection")) {
                  connections.incrementAndGet();
                  return connection((java.sql.Connection) result);
                }
                return result;
              });
    }

    private java.sql.Connection connection(java.sql.Connection real) {
      return (java.sql.Connection)
          java.lang.reflect.Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {java.sql.Connection.class},
              (proxy, method, args) -> {
                if (method.getName().equals("rollback")) {
                  rollbacks.incrementAndGet();
                }
                return invoke(real, method, args);
              });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args)
        throws Throwable {
      try {
        return method.invoke(target, args);
      } catch (java.lang.reflect.InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }

  @Test
  void on_h2_the_buckets_stay_in_this_nodes_memory() {
    assertThat(RateBuckets.forStore(TestServer.h2Url(), null, Clock.systemUTC()).shared())
        .isFalse();
  }

  private static HttpResponse<String> post(TestServer server, String email) {
    return server.send(
        HttpRequest.newBuilder(URI.create(server.url("/api/v1/requests")))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"type\":\"opt-out\",\"subject\":{\"email\":\"" + email + "\"}}"))
            .build());
  }

  private static int count(Jdbi store, String sql) {
    return store.withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
  }
}
