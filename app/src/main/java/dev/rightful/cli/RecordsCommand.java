package dev.rightful.cli;

import dev.rightful.audit.AuditLog;
import dev.rightful.config.Config;
import dev.rightful.config.ConfigException;
import dev.rightful.config.LegalClock;
import dev.rightful.config.Option;
import dev.rightful.config.Options;
import dev.rightful.crypto.CryptoPiProtection;
import dev.rightful.crypto.Keys;
import dev.rightful.law.RecordKeeping;
import dev.rightful.requests.PurgedRows;
import dev.rightful.requests.RecordsPurge;
import dev.rightful.retention.Holds;
import dev.rightful.retention.RetentionException;
import dev.rightful.store.Database;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jdbi.v3.core.JdbiException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code rightful records}: the records of consumer requests (§7101; rule 44). {@code purge}
 * deletes those of requests closed longer ago than the keeping period, as the server does daily;
 * {@code --dry-run} only counts them. With {@code --dev} it works on start-dev's embedded database.
 */
@Command(
    name = "records",
    mixinStandardHelpOptions = true,
    description = "Purge the records of requests closed longer ago than the keeping period.",
    subcommands = {RecordsCommand.Purge.class})
final class RecordsCommand {
  /** The configuration options the records commands read, declared once in {@link Options}. */
  static final List<Option> CONFIG =
      List.of(
          Options.DB_URL,
          Options.DB_USER,
          Options.DB_PASSWORD,
          Options.DATA_DIR,
          Options.BUSINESS_TIMEZONE,
          Options.ENCRYPTION_KEY,
          Options.ENCRYPTION_KEY_FILE);

  /** Adds the configuration options to every records subcommand; {@code Main} calls it. */
  static CommandLine addConfigOptions(CommandLine records) {
    for (CommandLine command : records.getSubcommands().values()) {
      Main.addOptions(command.getCommandSpec(), CONFIG);
    }
    return records;
  }

  /**
   * {@code rightful records purge}: deletes, in batches, every closed request past the keeping
   * period with all its rows, auditing each batch; prints a line per batch on standard error and
   * the rows per table on standard output. Exit 0 when done, 2 when the settings are wrong or the
   * database fails (the batches done stay done; run it again to carry on).
   */
  @Command(
      name = "purge",
      mixinStandardHelpOptions = true,
      description =
          "Delete the records of requests closed longer ago than the keeping period, in audited"
              + " batches; --dry-run counts them.")
  static final class Purge implements Callable<Integer> {
    @Spec CommandSpec spec;

    @CommandLine.Option(
        names = "--config",
        description = "Config file (default conf/rightful.conf if present). Env: RIGHTFUL_CONFIG")
    Path configFile;

    @CommandLine.Option(
        names = "--dev",
        description = "Use start-dev's embedded database under --data-dir.")
    boolean dev;

    @CommandLine.Option(
        names = "--dry-run",
        description = "Count the requests and rows due, changing nothing.")
    boolean dryRun;

    @CommandLine.Option(
        names = "--keep-months",
        paramLabel = "<months>",
        description =
            "Keep records this many months after a request closes, at least 24 (default:"
                + " --records-keep-months of the server, env RIGHTFUL_RECORDS_KEEP_MONTHS, 24).")
    Integer keepMonths;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try {
        Config config = ServerOptions.resolve(spec, configFile, Map.of());
        RecordKeeping keeping =
            keepMonths == null
                ? ServerOptions.recordKeeping(config)
                : ServerOptions.recordKeeping(keepMonths, "option --keep-months");
        ZoneId zone = LegalClock.zone(config);
        Database opened;
        try {
          opened = open(config);
        } catch (ConfigException e) {
          throw e;
        } catch (RuntimeException e) {
          // The pool or the migrations: an unreachable server, wrong credentials.
          return fail(err, "cannot open the database: " + rootCause(e));
        }
        try (Database database = opened) {
          // Legal holds keep records too, and holds are sealed: the purge needs the keys.
          Keys keys =
              ServerOptions.keys(config, dev ? Path.of(config.get(Options.DATA_DIR)) : null);
          Clock clock = Clock.systemUTC();
          Holds holds = new Holds(database.jdbi(), new CryptoPiProtection(keys), clock);
          AuditLog audit = new AuditLog(database.jdbi(), clock);
          RecordsPurge purge =
              new RecordsPurge(
                  database.jdbi(),
                  audit,
                  clock,
                  zone,
                  () -> holds.heldEmailAndPhoneKeys(clock.instant()));
          if (dryRun) {
            out.print(plan(purge.count(keeping), keeping, zone));
          } else {
            PurgedRows purged =
                purge.purge(
                    keeping,
                    "cli",
                    soFar -> {
                      err.println("deleted " + soFar.requests() + " requests so far");
                      err.flush();
                    });
            out.print(report(purged, keeping, zone));
            // No sequencer runs in a command: chain its events before it exits.
            audit.chainPending();
          }
          out.flush();
          return 0;
        }
      } catch (ConfigException | RetentionException e) {
        return fail(err, e.getMessage());
      } catch (JdbiException e) {
        return fail(err, "the database failed, batches done stay done: " + rootCause(e));
      }
    }

    private Database open(Config config) {
      // A purge deletes: it works on start-dev's database only when told so.
      if (config.find(Options.DB_URL).isEmpty() && !dev) {
        throw new ConfigException(Config.missing(Options.DB_URL) + ", or --dev");
      }
      return DatabaseOptions.open(config);
    }

    private int fail(PrintWriter err, String reason) {
      err.println("rightful records purge: " + reason);
      err.flush();
      return 2;
    }
  }

  static String plan(PurgedRows due, RecordKeeping keeping, ZoneId zone) {
    return heading("Records purge, dry run (nothing was changed)", due, keeping, zone)
        + rows(due)
        + "Due: "
        + due.requests()
        + " requests, "
        + due.total()
        + " rows\n";
  }

  static String report(PurgedRows purged, RecordKeeping keeping, ZoneId zone) {
    return heading("Records purge", purged, keeping, zone)
        + rows(purged)
        + "Deleted: "
        + purged.requests()
        + " requests, "
        + purged.total()
        + " rows\n";
  }

  private static String heading(String title, PurgedRows rows, RecordKeeping keeping, ZoneId zone) {
    return title
        + ": requests closed before "
        + DateTimeFormatter.ISO_LOCAL_DATE.format(rows.cutoff().atZone(zone))
        + " ("
        + zone
        + "), kept "
        + keeping.months()
        + " months\n";
  }

  private static String rows(PurgedRows rows) {
    StringBuilder text = new StringBuilder();
    rows.byTable()
        .forEach((table, count) -> text.append(String.format("  %-20s %8d\n", table, count)));
    return text.toString();
  }

  /** The first line of the innermost cause: the driver's own words, without JDBI's SQL echo. */
  private static String rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.toString() : root.getMessage();
    return message.lines().findFirst().orElse(message).replaceFirst("; SQL statement:$", "");
  }
}
