package dev.rightful.cli;

import dev.rightful.App;
import dev.rightful.config.Config;
import dev.rightful.config.LegalClock;
import dev.rightful.config.Option;
import dev.rightful.config.Options;
import dev.rightful.demo.DevCompany;
import dev.rightful.store.Database;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rightful start-dev}: everything a first look needs, with no set-up. */
@Command(
    name = "start-dev",
    mixinStandardHelpOptions = true,
    description =
        "Start in development mode: embedded H2 database under ./data, the example data map,"
            + " the demo company database.")
final class StartDevCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @picocli.CommandLine.Option(
      names = "--config",
      description = "Config file (default conf/rightful.conf if present). Env: RIGHTFUL_CONFIG")
  Path configFile;

  /** The repository the launcher runs from ({@code RIGHTFUL_HOME}), else the working directory. */
  static Path home() {
    String home = System.getenv("RIGHTFUL_HOME");
    return home == null || home.isBlank() ? Path.of("") : Path.of(home);
  }

  @Override
  public Integer call() {
    Config config =
        ServerOptions.resolve(
            spec,
            configFile,
            Map.<Option, String>of(
                Options.HOST,
                "127.0.0.1",
                Options.DATAMAP,
                home().resolve("examples/net2phone").toString(),
                Options.LOG_FORMAT,
                "text"));
    Logging.configure(config);
    Path dataDir = Path.of(config.get(Options.DATA_DIR));
    try {
      java.nio.file.Files.createDirectories(dataDir);
    } catch (java.io.IOException e) {
      throw new dev.rightful.config.ConfigException(
          "cannot create " + config.describe(Options.DATA_DIR) + ": " + e.getMessage());
    }
    String dbUrl = config.find(Options.DB_URL).orElse(Database.embeddedUrl(dataDir));
    return Launch.run(
        config,
        new App.Settings(
            true,
            config.get(Options.HOST),
            config.getInt(Options.PORT),
            Path.of(config.get(Options.DATAMAP)),
            dbUrl,
            config.find(Options.DB_USER).orElse("sa"),
            config.find(Options.DB_PASSWORD).orElse(""),
            config.getInt(Options.DB_POOL_SIZE),
            config.find(Options.PUBLIC_URL).orElse(null),
            DevCompany.ensureLoaded(dataDir, Path.of(config.get(Options.DATAMAP)).resolve("db")),
            ServerOptions.keys(config, dataDir),
            LegalClock.from(config),
            ServerOptions.smtp(config),
            ServerOptions.mailPollInterval(config),
            java.time.Clock.systemDefaultZone(),
            ServerOptions.list(config.find(Options.CONSENT_ORIGINS).orElse("")),
            ServerOptions.verification(config),
            ServerOptions.trustedProxies(config),
            ServerOptions.recordKeeping(config)));
  }
}
