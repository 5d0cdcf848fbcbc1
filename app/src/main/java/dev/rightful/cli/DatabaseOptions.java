package dev.rightful.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import dev.rightful.config.Config;
import dev.rightful.config.ConfigException;
import dev.rightful.config.Options;
import dev.rightful.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options that find Rightful's own database for the staff commands ({@code admin}, {@code
 * token}), resolved exactly as the server resolves them: CLI &gt; environment &gt; config file, and
 * without {@code --db-url}, start-dev's embedded H2 database under {@code --data-dir}. That
 * database is opened with AUTO_SERVER, so these commands work while start-dev runs.
 */
final class DatabaseOptions {
  /*
   * The option names must match Options (db-url, db-user, db-password, data-dir) because
   * ServerOptions.resolve looks them up by flag; DatabaseOptionsTest checks that they do.
   */
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--config",
      paramLabel = "<configFile>",
      description = "Config file (default conf/rightful.conf if present). Env: RIGHTFUL_CONFIG")
  Path configFile;

  @Option(
      names = "--db-url",
      paramLabel = "<db-url>",
      description =
          "JDBC URL of Rightful's database (default: start-dev's embedded database under"
              + " --data-dir). Env: RIGHTFUL_DB_URL")
  String dbUrl;

  @Option(names = "--db-user", paramLabel = "<db-user>", description = "Env: RIGHTFUL_DB_USER")
  String dbUser;

  @Option(
      names = "--db-password",
      paramLabel = "<db-password>",
      description = "Env: RIGHTFUL_DB_PASSWORD (secret)")
  String dbPassword;

  @Option(
      names = "--data-dir",
      paramLabel = "<data-dir>",
      description =
          "Where start-dev keeps its embedded database (default: data). Env:"
              + " RIGHTFUL_DATA_DIR")
  String dataDir;

  /**
   * Opens (and migrates) the database the server uses. Logs go to standard error, so that standard
   * output carries only the command's result.
   *
   * @throws ConfigException when the settings are wrong or start-dev's database does not exist
   */
  Database open() {
    logToStandardError();
    return open(ServerOptions.resolve(mixee, configFile, Map.of()));
  }

  /**
   * Opens (and migrates) the database {@code config} names: {@code --db-url}, else start-dev's
   * under {@code --data-dir}, which must exist.
   *
   * @throws ConfigException when the settings are wrong or start-dev's database does not exist
   */
  static Database open(Config config) {
    String url = config.find(Options.DB_URL).orElse(null);
    if (url == null) {
      Path data = Path.of(config.get(Options.DATA_DIR));
      // Without this check a command run from the wrong directory would quietly create a second,
      // empty database, and a token that the server never sees.
      if (!Files.exists(data.resolve("rightful.mv.db"))) {
        throw new ConfigException(
            "no start-dev database in "
                + data.toAbsolutePath()
                + ": run this where start-dev runs, or set "
                + config.describe(Options.DATA_DIR).replace("option ", "")
                + " or --db-url");
      }
      url = Database.embeddedUrl(data);
    }
    boolean h2 = url.startsWith("jdbc:h2:");
    return Database.open(
        url,
        config.find(Options.DB_USER).orElse(h2 ? "sa" : null),
        config.find(Options.DB_PASSWORD).orElse(h2 ? "" : null),
        2);
  }

  private static void logToStandardError() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.reset();
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%-5level %logger{24} - %msg%n");
    encoder.start();
    ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
    appender.setContext(context);
    appender.setTarget("System.err");
    appender.setEncoder(encoder);
    appender.start();
    ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.WARN);
    root.addAppender(appender);
  }
}
