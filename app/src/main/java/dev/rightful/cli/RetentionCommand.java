package dev.rightful.cli;

import dev.rightful.audit.AuditLog;
import dev.rightful.audit.HoldAuditRecorder;
import dev.rightful.audit.SweepAuditRecorder;
import dev.rightful.config.Config;
import dev.rightful.config.ConfigException;
import dev.rightful.config.Option;
import dev.rightful.config.Options;
import dev.rightful.crypto.CryptoPiProtection;
import dev.rightful.crypto.Keys;
import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataMapLoader;
import dev.rightful.demo.DevCompany;
import dev.rightful.retention.Hold;
import dev.rightful.retention.HoldTargets;
import dev.rightful.retention.Holds;
import dev.rightful.retention.ProgressBar;
import dev.rightful.retention.RetentionException;
import dev.rightful.retention.RetentionSweeper;
import dev.rightful.retention.SweepPlan;
import dev.rightful.retention.SweepReport;
import dev.rightful.retention.SweepText;
import dev.rightful.store.Database;
import dev.rightful.store.PiProtection;
import dev.rightful.systems.CompanyDatabases;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rightful retention}: applies the data map's retention rules (rule 42; CC 1798.100(a)(3))
 * from the command line: {@code plan} (a dry run), {@code run} (a sweep, with a progress bar on a
 * terminal), and legal holds ({@code hold}, {@code holds}, {@code release}). With {@code --dev} it
 * works on start-dev's embedded database and demo company, and start-dev's generated encryption key
 * unless one is given; otherwise the encryption key is required, as for {@code start}: consumer
 * holds are sealed with it.
 */
@Command(
    name = "retention",
    mixinStandardHelpOptions = true,
    description = "Apply the data map's retention rules: dry-run plan, sweep, legal holds.",
    subcommands = {
      RetentionCommand.Plan.class,
      RetentionCommand.Run.class,
      RetentionCommand.PlaceHold.class,
      RetentionCommand.ListHolds.class,
      RetentionCommand.Release.class
    })
final class RetentionCommand {
  /** The configuration options the retention commands read, declared once in {@link Options}. */
  static final List<Option> CONFIG =
      List.of(
          Options.DATAMAP,
          Options.DB_URL,
          Options.DB_USER,
          Options.DB_PASSWORD,
          Options.DATA_DIR,
          Options.ENCRYPTION_KEY,
          Options.ENCRYPTION_KEY_FILE);

  /** Exit codes besides 0 (done) and 1 (bad data map), 2 (bad configuration). */
  static final int PARTLY_FAILED = 3;

  static final int LEASE_HELD = 4;

  /** Adds the configuration options to every retention subcommand; {@code Main} calls it. */
  static CommandLine addConfigOptions(CommandLine retention) {
    for (CommandLine command : retention.getSubcommands().values()) {
      Main.addOptions(command.getCommandSpec(), CONFIG);
    }
    return retention;
  }

  /** What every subcommand shares: configuration, the data map and the databases. */
  abstract static class Base implements Callable<Integer> {
    @Spec CommandSpec spec;

    @CommandLine.Option(
        names = "--config",
        description = "Config file (default conf/rightful.conf if present). Env: RIGHTFUL_CONFIG")
    Path configFile;

    @CommandLine.Option(
        names = "--dev",
        description =
            "Use start-dev's embedded database under --data-dir, its demo company database and,"
                + " without --encryption-key(-file), its generated key.")
    boolean dev;

    @CommandLine.Option(
        names = "--zone",
        defaultValue = "UTC",
        description = "Time zone of the company databases' timestamps (default: ${DEFAULT-VALUE}).")
    ZoneId zone;

    /** The open databases and map of one command. */
    record Context(
        DataMap map, Database rightful, PiProtection pi, CompanyDatabases companies, Clock clock)
        implements AutoCloseable {
      Holds holds() {
        return new Holds(rightful.jdbi(), pi, clock, new HoldAuditRecorder(audit()));
      }

      AuditLog audit() {
        return new AuditLog(rightful.jdbi(), clock);
      }

      @Override
      public void close() {
        companies.close();
        try {
          // No sequencer runs in a command: chain its events before it exits.
          audit().chainPending();
        } finally {
          rightful.close();
        }
      }
    }

    PrintWriter out() {
      return spec.commandLine().getOut();
    }

    PrintWriter err() {
      return spec.commandLine().getErr();
    }

    @Override
    public Integer call() {
      try {
        return run();
      } catch (ConfigException | RetentionException e) {
        err().println("rightful retention " + spec.name() + ": " + e.getMessage());
        err().flush();
        return 2;
      }
    }

    abstract int run();

    /**
     * Opens Rightful's database (migrating it and sealing holds placed before V14 in plain text)
     * and, when needed, the map and company databases.
     */
    Optional<Context> open() {
      Config config =
          ServerOptions.resolve(
              spec,
              configFile,
              dev
                  ? Map.of(
                      Options.DATAMAP,
                      StartDevCommand.home().resolve("examples/net2phone").toString())
                  : Map.of());
      Path dataDir = Path.of(config.get(Options.DATA_DIR));
      // Consumer holds are sealed: a command needs the server's keys (start-dev's with --dev).
      Keys keys = ServerOptions.keys(config, dev ? dataDir : null);
      String dbUrl =
          dev
              ? config.find(Options.DB_URL).orElse(Database.embeddedUrl(dataDir))
              : config.get(Options.DB_URL);
      Path mapDir = Path.of(config.get(Options.DATAMAP));
      DataMapLoader.Result loaded = DataMapLoader.load(mapDir);
      if (!loaded.valid()) {
        loaded.problems().forEach(p -> err().println(p.format()));
        err().println("rightful retention " + spec.name() + ": the data map has errors");
        err().flush();
        return Optional.empty();
      }
      CompanyDatabases.Target fallback =
          dev ? DevCompany.ensureLoaded(dataDir, mapDir.resolve("db")) : null;
      Database rightful =
          Database.open(
              dbUrl,
              config.find(Options.DB_USER).orElse(dev ? "sa" : null),
              config.find(Options.DB_PASSWORD).orElse(dev ? "" : null),
              2);
      Context context =
          new Context(
              loaded.map(),
              rightful,
              new CryptoPiProtection(keys),
              CompanyDatabases.resolve(loaded.map(), System.getenv(), fallback),
              Clock.systemUTC());
      try {
        // As a server does on start: holds placed before V14 kept their identifier plain.
        context.holds().sealPlaintext();
      } catch (RuntimeException e) {
        context.close();
        throw e;
      }
      return Optional.of(context);
    }

    RetentionSweeper sweeper(Context context) {
      // Sweeps run from the command line are audited like scheduled ones.
      return new RetentionSweeper(
          context.map(),
          context.companies()::find,
          context.rightful().jdbi(),
          context.pi(),
          new SweepAuditRecorder(context.audit()),
          context.clock(),
          RetentionSweeper.Settings.defaults(node()).withZone(zone));
    }

    /** An instant, or a date meaning its start in {@code --zone}. */
    Instant instant(String text) {
      if (text == null) {
        return null;
      }
      try {
        return text.length() == 10
            ? LocalDate.parse(text).atStartOfDay(zone).toInstant()
            : Instant.parse(text);
      } catch (DateTimeParseException e) {
        throw new RetentionException(
            "'" + text + "' is neither a date (2026-03-01) nor an instant (2026-03-01T00:00:00Z)");
      }
    }
  }

  /** {@code rightful retention plan}: what a sweep would do, changing nothing. */
  @Command(
      name = "plan",
      mixinStandardHelpOptions = true,
      description = "Dry run: rows due per rule and table, with sample keys; changes nothing.")
  static final class Plan extends Base {
    @CommandLine.Option(
        names = "--as-of",
        paramLabel = "<date|instant>",
        description = "Count periods to this date or instant instead of now.")
    String asOf;

    @Override
    int run() {
      Optional<Context> context = open();
      if (context.isEmpty()) {
        return 1;
      }
      try (Context open = context.get()) {
        Instant at = Optional.ofNullable(instant(asOf)).orElse(open.clock().instant());
        SweepPlan plan = sweeper(open).plan(at);
        out().print(SweepText.plan(plan));
        out().flush();
        return 0;
      }
    }
  }

  /** {@code rightful retention run}: sweeps now, or resumes a stopped sweep. */
  @Command(
      name = "run",
      mixinStandardHelpOptions = true,
      description =
          "Sweep: delete or anonymize expired rows in short batches, skipping held data;"
              + " resumes a stopped sweep.")
  static final class Run extends Base {
    @CommandLine.Option(
        names = "--as-of",
        paramLabel = "<date|instant>",
        description = "Count periods to this date or instant instead of now (a new sweep only).")
    String asOf;

    @Override
    int run() {
      Optional<Context> context = open();
      if (context.isEmpty()) {
        return 1;
      }
      try (Context open = context.get()) {
        PrintWriter progress = err();
        Optional<SweepReport> report =
            sweeper(open)
                .run(
                    SweepReport.Trigger.COMMAND,
                    instant(asOf),
                    new ProgressBar(progress, System.console() != null));
        if (report.isEmpty()) {
          err()
              .println(
                  "rightful retention run: another node is sweeping; it resumes or finishes the"
                      + " sweep, try again later");
          err().flush();
          return LEASE_HELD;
        }
        out().print(SweepText.report(report.get()));
        out().flush();
        return report.get().complete() ? 0 : PARTLY_FAILED;
      }
    }
  }

  /** The two kinds of hold, one of which {@code hold} needs. */
  static final class Scope {
    @CommandLine.Option(
        names = "--consumer",
        paramLabel = "<kind=value>",
        description = "A consumer, by an identifier the data map knows: email=jane@example.com.")
    String consumer;

    @CommandLine.Option(
        names = "--table",
        paramLabel = "<system.table>",
        description = "A whole table, written as the data map writes it.")
    String table;
  }

  /** {@code rightful retention hold}: keeps data past its period. */
  @Command(
      name = "hold",
      mixinStandardHelpOptions = true,
      description = "Place a legal hold on a consumer's data or a whole table.")
  static final class PlaceHold extends Base {
    @ArgGroup(multiplicity = "1")
    Scope scope;

    @CommandLine.Option(names = "--reason", required = true, description = "Why the data is kept.")
    String reason;

    @CommandLine.Option(
        names = "--expires",
        paramLabel = "<date|instant>",
        description = "When the hold lapses by itself (default: when released).")
    String expires;

    @CommandLine.Option(names = "--by", description = "Who places the hold (default: your user).")
    String by = System.getProperty("user.name");

    @Override
    int run() {
      Optional<Context> context = open();
      if (context.isEmpty()) {
        return 1;
      }
      try (Context open = context.get()) {
        Holds holds = open.holds();
        Hold hold;
        if (scope.consumer != null) {
          String[] parts = scope.consumer.split("=", 2);
          if (parts.length != 2) {
            throw new RetentionException(
                "write --consumer as kind=value, e.g. email=a@example.com");
          }
          new HoldTargets(open.map())
              .identityKindProblem(parts[0])
              .ifPresent(
                  problem -> {
                    throw new RetentionException("--consumer " + problem);
                  });
          hold = holds.placeOnConsumer(parts[0], parts[1], reason, instant(expires), by);
        } else {
          new HoldTargets(open.map())
              .tableProblem(scope.table)
              .ifPresent(
                  problem -> {
                    throw new RetentionException("--table " + problem);
                  });
          String[] parts = scope.table.split("\\.", 2);
          hold = holds.placeOnTable(parts[0], parts[1], reason, instant(expires), by);
        }
        out().println("hold " + hold.id() + " placed on " + what(hold));
        out().flush();
        return 0;
      }
    }
  }

  /** {@code rightful retention holds}: every hold, with its state. */
  @Command(name = "holds", mixinStandardHelpOptions = true, description = "List legal holds.")
  static final class ListHolds extends Base {
    @Override
    int run() {
      Optional<Context> context = open();
      if (context.isEmpty()) {
        return 1;
      }
      try (Context open = context.get()) {
        Instant now = open.clock().instant();
        List<Hold> all = open.holds().list();
        if (all.isEmpty()) {
          out().println("no legal holds");
        }
        for (Hold hold : all) {
          String state =
              hold.releasedAt() != null
                  ? "released " + hold.releasedAt()
                  : hold.activeAt(now)
                      ? "active" + (hold.expiresAt() == null ? "" : " until " + hold.expiresAt())
                      : "expired " + hold.expiresAt();
          out()
              .println(
                  hold.id()
                      + "  "
                      + what(hold)
                      + "  "
                      + state
                      + "  placed "
                      + hold.placedAt()
                      + " by "
                      + hold.placedBy()
                      + "  reason: "
                      + hold.reason());
        }
        out().flush();
        return 0;
      }
    }
  }

  /** {@code rightful retention release ID}: ends a hold. */
  @Command(name = "release", mixinStandardHelpOptions = true, description = "End a legal hold.")
  static final class Release extends Base {
    @Parameters(index = "0", paramLabel = "ID", description = "The hold's number.")
    long id;

    @CommandLine.Option(names = "--by", description = "Who releases it (default: your user).")
    String by = System.getProperty("user.name");

    @Override
    int run() {
      Optional<Context> context = open();
      if (context.isEmpty()) {
        return 1;
      }
      try (Context open = context.get()) {
        boolean released = open.holds().release(id, by);
        if (!released) {
          err().println("rightful retention release: no active hold " + id);
          err().flush();
          return 1;
        }
        out().println("hold " + id + " released");
        out().flush();
        return 0;
      }
    }
  }

  static String what(Hold hold) {
    return hold.scope() == Hold.Scope.TABLE
        ? "table " + hold.systemId() + "." + hold.tableName()
        : "consumer " + hold.identityKind() + "=" + hold.identityValue();
  }

  /** This process, as the sweep lease and records name it. */
  static String node() {
    return "cli:" + ManagementFactory.getRuntimeMXBean().getName();
  }
}
