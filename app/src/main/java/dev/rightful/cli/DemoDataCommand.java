package dev.rightful.cli;

import dev.rightful.demo.DemoData;
import dev.rightful.demo.DemoDatabase;
import dev.rightful.demo.DemoDatabaseException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rightful demo-data}: generates the demo company database at scale in PostgreSQL or
 * MariaDB, for benchmarks and load tests ({@link DemoData}). Progress goes to standard error (a
 * redrawn bar on a terminal, a line per table elsewhere); the summary with timings to standard
 * output.
 */
@Command(
    name = "demo-data",
    mixinStandardHelpOptions = true,
    description =
        "Generate the demo company database at scale (PostgreSQL or MariaDB), for benchmarks.")
final class DemoDataCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--url",
      required = true,
      description =
          "JDBC URL of the database to fill, e.g."
              + " jdbc:postgresql://127.0.0.1:5432/test?currentSchema=bench_demo")
  String url;

  @Option(names = "--user", description = "Database user.")
  String user;

  @Option(
      names = "--password",
      description = "Database password (default: env RIGHTFUL_DEMO_DB_PASSWORD).")
  String password = System.getenv("RIGHTFUL_DEMO_DB_PASSWORD");

  @Option(
      names = "--consumers",
      defaultValue = "1000000",
      description = "Consumers (customers) to generate (default: ${DEFAULT-VALUE}).")
  long consumers;

  @Option(
      names = "--calls-per-consumer",
      defaultValue = "10",
      description = "Call records per consumer (default: ${DEFAULT-VALUE}).")
  int callsPerConsumer;

  @Option(
      names = "--replace",
      description = "Drop existing demo tables first (otherwise they make the command fail).")
  boolean replace;

  @Option(
      names = "--schema-dir",
      description = "Directory with the schema files (default: examples/net2phone/db).")
  Path schemaDir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir =
        schemaDir != null ? schemaDir : StartDevCommand.home().resolve("examples/net2phone/db");
    DemoData.Scale scale;
    try {
      scale = new DemoData.Scale(consumers, callsPerConsumer);
    } catch (IllegalArgumentException e) {
      err.println("rightful demo-data: " + e.getMessage());
      err.flush();
      return 2;
    }
    out.printf(
        Locale.ROOT,
        "generating %,d consumers, %,d rows in all%n",
        scale.consumers(),
        scale.totalRows());
    out.flush();
    try (Connection connection = DriverManager.getConnection(url, user, password)) {
      DemoData.Generated done =
          new DemoData(DemoDatabase.of(dir))
              .generate(connection, scale, replace, new Progress(err, System.console() != null));
      for (Map.Entry<String, Duration> step : done.took().entrySet()) {
        Long rows = done.rows().get(step.getKey());
        out.printf(
            Locale.ROOT,
            "%-22s %14s %9.1f s%n",
            step.getKey(),
            rows == null ? "" : String.format(Locale.ROOT, "%,d rows", rows),
            step.getValue().toMillis() / 1000.0);
      }
      out.printf(
          Locale.ROOT,
          "done: %,d rows in %.1f s (%s)%n",
          scale.totalRows(),
          done.total().toMillis() / 1000.0,
          done.dialect().name().toLowerCase(Locale.ROOT));
      out.flush();
      return 0;
    } catch (SQLException | DemoDatabaseException e) {
      err.println("rightful demo-data: " + e.getMessage());
      err.flush();
      return 1;
    }
  }

  /** Long work shows progress: a redrawn bar on a terminal, one line per step elsewhere. */
  static final class Progress implements DemoData.Listener {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean terminal;
    private long lastLine;

    Progress(PrintWriter err, boolean terminal) {
      this.err = err;
      this.terminal = terminal;
    }

    @Override
    public void progressed(String step, long done, long total) {
      int percent = (int) (done * 100 / Math.max(1, total));
      if (terminal) {
        int filled = percent * WIDTH / 100;
        err.printf(
            Locale.ROOT,
            "\r%-22s [%s%s] %3d%% %,d",
            step,
            "#".repeat(filled),
            "-".repeat(WIDTH - filled),
            percent,
            done);
        err.flush();
      } else if (System.nanoTime() - lastLine > 10_000_000_000L) {
        // In a log, a line every ten seconds at most: enough to see it move.
        lastLine = System.nanoTime();
        err.printf(Locale.ROOT, "%s %d%% (%,d of %,d)%n", step, percent, done, total);
        err.flush();
      }
    }

    @Override
    public void finished(String step, long done, Duration took) {
      if (terminal) {
        err.print("\r\033[K");
      }
      err.printf(Locale.ROOT, "%s: %,d in %.1f s%n", step, done, took.toMillis() / 1000.0);
      err.flush();
    }
  }
}
