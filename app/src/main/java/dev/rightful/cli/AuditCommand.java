package dev.rightful.cli;

import dev.rightful.audit.AuditLog;
import dev.rightful.audit.Verification;
import dev.rightful.config.Config;
import dev.rightful.config.ConfigException;
import dev.rightful.config.Options;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rightful audit}: tools for the hash-chained audit log. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Check the hash-chained audit log.",
    subcommands = {AuditCommand.Verify.class})
final class AuditCommand {

  /**
   * {@code rightful audit verify}: checks every link of the chain and prints {@code audit chain OK:
   * N events} (exit 0), {@code audit chain BROKEN at event #N: reason} (exit 1), or why it could
   * not check (exit 2). Reads only: it neither migrates nor writes the database.
   */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = "Check every link of the audit chain; exit 1 at the first broken one.")
  static final class Verify implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--config",
        description = "Config file (default conf/rightful.conf if present). Env: RIGHTFUL_CONFIG")
    Path configFile;

    // Same flags as the server's options, so ServerOptions resolves them with the same precedence.
    @Option(
        names = "--db-url",
        paramLabel = "<db-url>",
        description = "JDBC URL of Rightful's database. Env: RIGHTFUL_DB_URL")
    String dbUrl;

    @Option(
        names = "--db-user",
        paramLabel = "<db-user>",
        description = "Database user. Env: RIGHTFUL_DB_USER")
    String dbUser;

    @Option(
        names = "--db-password",
        paramLabel = "<db-password>",
        description = "Database password. Env: RIGHTFUL_DB_PASSWORD (secret)")
    String dbPassword;

    @Option(
        names = "--data-dir",
        paramLabel = "<data-dir>",
        description =
            "Without --db-url: start-dev's embedded database in this directory (default: data)."
                + " Env: RIGHTFUL_DATA_DIR")
    String dataDir;

    @Override
    public Integer call() {
      var out = spec.commandLine().getOut();
      var err = spec.commandLine().getErr();
      try {
        Config config = ServerOptions.resolve(spec, configFile, Map.of());
        // A plain connection, not Database.open: checking the log must not migrate the schema.
        String url = config.find(Options.DB_URL).orElseGet(() -> startDevUrl(config));
        boolean h2 = url.startsWith("jdbc:h2:");
        Properties credentials = new Properties();
        config
            .find(Options.DB_USER)
            .or(() -> java.util.Optional.ofNullable(h2 ? "sa" : null))
            .ifPresent(user -> credentials.setProperty("user", user));
        config
            .find(Options.DB_PASSWORD)
            .or(() -> java.util.Optional.ofNullable(h2 ? "" : null))
            .ifPresent(pw -> credentials.setProperty("password", pw));
        Jdbi jdbi = Jdbi.create(url, credentials);
        Verification result = new AuditLog(jdbi, Clock.systemUTC()).verify();
        if (result.ok()) {
          out.println(ok(result));
          out.flush();
          return 0;
        }
        err.println(broken(result.firstBreak().orElseThrow()));
        err.flush();
        return 1;
      } catch (ConfigException e) {
        err.println(cannotVerify(e.getMessage()));
        err.flush();
        return 2;
      } catch (JdbiException e) {
        err.println(cannotVerify("cannot read the audit log: " + rootCause(e)));
        err.flush();
        return 2;
      }
    }
  }

  /** start-dev's embedded database when it exists, so the command works beside a dev server. */
  private static String startDevUrl(Config config) {
    Path data = Path.of(config.get(Options.DATA_DIR));
    if (!java.nio.file.Files.exists(data.resolve("rightful.mv.db"))) {
      throw new ConfigException(Config.missing(Options.DB_URL));
    }
    return dev.rightful.store.Database.embeddedUrl(data);
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

  static String ok(Verification result) {
    return "audit chain OK: "
        + result.checked()
        + " events"
        + System.lineSeparator()
        + "head: #"
        + result.headSeq()
        + " "
        + result.headHash();
  }

  static String broken(Verification.Break at) {
    return "audit chain BROKEN at event #" + at.seq() + ": " + at.reason();
  }

  static String cannotVerify(String reason) {
    return "rightful audit verify: " + reason;
  }
}
