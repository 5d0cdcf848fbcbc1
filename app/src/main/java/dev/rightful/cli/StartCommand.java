package dev.rightful.cli;

import dev.rightful.App;
import dev.rightful.config.Config;
import dev.rightful.config.ConfigException;
import dev.rightful.config.LegalClock;
import dev.rightful.config.Option;
import dev.rightful.config.Options;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code rightful start}: production mode, secure by default. Refuses to start, with a one-line
 * reason, when the database, the data map, the public URL, mail or the encryption key is missing,
 * or when a dev default is given.
 */
@Command(
    name = "start",
    mixinStandardHelpOptions = true,
    description =
        "Start in production mode: PostgreSQL from --db-url, the data map from --datamap.")
final class StartCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @picocli.CommandLine.Option(
      names = "--config",
      description = "Config file (default conf/rightful.conf if present). Env: RIGHTFUL_CONFIG")
  Path configFile;

  @Override
  public Integer call() {
    Config config;
    App.Settings settings;
    try {
      config =
          ServerOptions.resolve(
              spec, configFile, Map.<Option, String>of(Options.LOG_FORMAT, "json"));
      for (Option required : new Option[] {Options.DB_URL, Options.DATAMAP, Options.PUBLIC_URL}) {
        config.get(required);
      }
      if (!config.get(Options.DB_URL).startsWith("jdbc:postgresql:")) {
        throw new ConfigException(Messages.startRefusesDevDatabase(config));
      }
      // Consumer notices must go out (7021(a)): production refuses to start without SMTP.
      config.get(Options.SMTP_HOST);
      settings =
          new App.Settings(
              false,
              config.get(Options.HOST),
              config.getInt(Options.PORT),
              Path.of(config.get(Options.DATAMAP)),
              config.get(Options.DB_URL),
              config.find(Options.DB_USER).orElse(null),
              config.find(Options.DB_PASSWORD).orElse(null),
              config.getInt(Options.DB_POOL_SIZE),
              config.get(Options.PUBLIC_URL),
              null,
              ServerOptions.keys(config, null),
              LegalClock.from(config),
              ServerOptions.smtp(config),
              ServerOptions.mailPollInterval(config),
              java.time.Clock.systemUTC(),
              ServerOptions.list(config.find(Options.CONSENT_ORIGINS).orElse("")),
              ServerOptions.verification(config),
              ServerOptions.trustedProxies(config),
              ServerOptions.recordKeeping(config));
    } catch (ConfigException e) {
      System.err.println(Messages.startRefused(e.getMessage()));
      return 2;
    }
    Logging.configure(config);
    return Launch.run(config, settings);
  }
}
