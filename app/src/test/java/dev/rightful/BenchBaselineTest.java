package dev.rightful;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.testing.TestServer;
import dev.rightful.testing.WebClient;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks' bare endpoint ({@code --bench-baseline}) is served only when asked for: a server
 * started as usual has neither the route nor its table.
 */
class BenchBaselineTest {
  private static final String BODY =
      "{\"type\":\"opt-out\",\"subject\":{\"email\":\"a@example.com\"}}";

  @Test
  void without_the_option_the_bare_endpoint_is_absent() {
    try (TestServer server = TestServer.start()) {
      var answer = WebClient.of(server).sendJson("POST", "/bench/baseline", BODY);

      assertThat(answer.statusCode()).isEqualTo(404);
      assertThat(server.app().routes()).noneMatch(route -> route.contains("/bench/"));
      assertThat(tableExists(server)).isFalse();
    }
  }

  @Test
  void with_the_option_each_post_inserts_one_row() {
    try (TestServer server = TestServer.startWithBenchBaseline()) {
      WebClient client = WebClient.of(server);

      assertThat(client.sendJson("POST", "/bench/baseline", BODY).statusCode()).isEqualTo(201);
      assertThat(client.sendJson("POST", "/bench/baseline", BODY).statusCode()).isEqualTo(201);

      long rows =
          server
              .app()
              .services()
              .database()
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT COUNT(*) FROM bench_baseline").mapTo(Long.class).one());
      assertThat(rows).isEqualTo(2);
    }
  }

  private static boolean tableExists(TestServer server) {
    return server
            .app()
            .services()
            .database()
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT COUNT(*) FROM information_schema.tables"
                                + " WHERE LOWER(table_name) = 'bench_baseline'")
                        .mapTo(Long.class)
                        .one())
        > 0;
  }
}
