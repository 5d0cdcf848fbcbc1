package dev.rightful.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.testing.Postgres;
import dev.rightful.testing.Repo;
import org.junit.jupiter.api.Test;

/** {@code rightful demo-data} against the real PostgreSQL, at a few hundred consumers. */
class DemoDataCommandTest {
  private static final String SCHEMA_DIR = Repo.exampleMap().resolve("db").toString();

  @Test
  void generates_shows_progress_and_prints_the_timings() {
    String url = Postgres.freshSchema("demo_data_cli");
    CliTest.Run run =
        CliTest.run(
            "demo-data",
            "--url",
            url,
            "--user",
            "postgres",
            "--consumers",
            "300",
            "--calls-per-consumer",
            "2",
            "--schema-dir",
            SCHEMA_DIR);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("generating 300 consumers")
        .containsPattern("call_records +600 rows +[0-9.]+ s")
        .containsPattern("indexes +[0-9.]+ s")
        .contains("(postgresql)");
    // Progress goes to standard error, a line per finished step when not on a terminal.
    assertThat(run.err()).contains("customers: 300 in ", "web_events: 900 in ", "indexes: ");

    CliTest.Run again =
        CliTest.run(
            "demo-data",
            "--url",
            url,
            "--user",
            "postgres",
            "--consumers",
            "300",
            "--schema-dir",
            SCHEMA_DIR);
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("demo tables already exist");
  }

  @Test
  void a_scale_below_one_hundred_consumers_is_refused() {
    CliTest.Run run =
        CliTest.run(
            "demo-data", "--url", "jdbc:postgresql://127.0.0.1:5432/test", "--consumers", "5");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("consumers must be between 100");
  }
}
