package dev.rightful.cli;

import dev.rightful.audit.AuditLog;
import dev.rightful.audit.HoldAuditRecorder;
import dev.rightful.audit.SweepAuditRecorder;
import dev.rightful.config.Config;
import dev.rightful.config.ConfigException;
import dev.rightful.config.Options;
import dev.rightful.crypto.CryptoPiProtection;
import dev.rightful.crypto.Keys;
import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataMapLoader;
import dev.rightful.demo.DevCompany;
import dev.rightful.retention.Holds;
import dev.rightful.retention.RetentionException;
import dev.rightful.retention.RetentionSweeper;
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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The base of every {@code rightful retention} subcommand: the options they share ({@code
 * --config}, {@code --dev}, {@code --zone}), opening the data map and the databases, the sweeper
 * and date parsing. Each subcommand implements {@link #run()}.
 */
abstract class RetentionBase implements Callable<Integer> {
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
   * Opens Rightful's database (migrating it and sealing holds placed before V14 in plain text) and,
   * when needed, the map and company databases.
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

  /** This process, as the sweep lease and records name it. */
  static String node() {
    return "cli:" + ManagementFactory.getRuntimeMXBean().getName();
  }
}
