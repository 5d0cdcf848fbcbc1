package dev.rightful.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.testing.Repo;
import dev.rightful.testing.TestClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * The Java example of docs/retention.md runs here, on the demo company in PostgreSQL, and the page
 * shows exactly this code (STYLE 21).
 */
class RetentionDocTest {
  @Test
  void the_documented_example_runs_and_the_page_shows_it() throws IOException {
    DataSource companyDb = CompanyDb.POSTGRESQL.fresh();
    Jdbi rightfulDb = Rightful.h2();
    var map = DemoMap.example();
    var clock = TestClock.demoDate();
    var pi = Rightful.PI;

    // tag::java-api[]
    RetentionSweeper sweeper =
        new RetentionSweeper(
            map, // the validated data map
            system -> Optional.of(companyDb), // or companyDatabases::find
            rightfulDb, // Rightful's own database (Jdbi), migrated
            pi, // seals the consumer named by a hold (CryptoPiProtection)
            report -> {}, // the audit log records each finished sweep
            clock,
            RetentionSweeper.Settings.defaults("node-1"));

    sweeper
        .holds()
        .placeOnConsumer("email", "marcus.lee@example.com", "Lee v. Net2Phone", null, "counsel");
    SweepPlan plan = sweeper.plan(Instant.parse("2026-03-01T00:00:00Z")); // changes nothing
    SweepReport report =
        sweeper.run(SweepReport.Trigger.COMMAND, plan.asOf(), SweepListener.NONE).orElseThrow();

    assertThat(plan.due()).isEqualTo(18); // 23 due, 5 of them Marcus Lee's
    assertThat(report.done()).isEqualTo(18);
    assertThat(report.held()).isEqualTo(5);
    // end::java-api[]

    assertThat(page()).contains(region());
  }

  static String page() throws IOException {
    return Files.readString(Repo.root().resolve("docs/retention.md"));
  }

  /** The tagged region of this file, without its indentation. */
  static String region() throws IOException {
    Path source =
        Repo.root().resolve("app/src/test/java/dev/rightful/retention/RetentionDocTest.java");
    Matcher matcher =
        Pattern.compile(
                "// tag::java-api\\[\\]\\n(.*?)\\n\\s*// end::java-api\\[\\]", Pattern.DOTALL)
            .matcher(Files.readString(source));
    assertThat(matcher.find()).isTrue();
    return matcher.group(1).replaceAll("(?m)^    ", "");
  }
}
