package dev.rightful.cli;

import dev.rightful.App;
import dev.rightful.config.Config;
import dev.rightful.config.ConfigException;
import dev.rightful.config.ConfigProblems;
import dev.rightful.config.LegalClock;
import dev.rightful.config.Option;
import dev.rightful.config.Options;
import dev.rightful.crypto.Keys;
import dev.rightful.demo.DevCompany;
import dev.rightful.law.RecordKeeping;
import dev.rightful.mail.SmtpSettings;
import dev.rightful.requests.IntakeLimits;
import dev.rightful.staff.OidcSettings;
import dev.rightful.store.Database;
import dev.rightful.verify.VerificationSettings;
import dev.rightful.web.ClientAddresses;
import java.io.IOException;
import java.nio.file.Files;
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
  private static final String COMMAND = "start-dev";

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
    Config config;
    App.Settings settings;
    try {
      config =
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
      new ConfigProblems(config).throwIfAny();
    } catch (ConfigException e) {
      return Launch.refuse(COMMAND, e, null);
    }
    Logging.configure(config);
    try {
      settings = settings(config);
    } catch (RuntimeException e) {
      // The demo company database is loaded here, so a failure may be more than a setting.
      return Launch.refuse(COMMAND, e, config);
    }
    return Launch.run(COMMAND, config, settings);
  }

  /**
   * Where a dev server is reached when no {@code --public-url} says otherwise, so that the links in
   * its mails (status page, code, package) work from the developer's mail client; null for port 0,
   * which is known only once the server runs.
   */
  private static String devUrl(Config config) {
    int port = config.getInt(Options.PORT);
    return port == 0 ? null : "http://" + config.get(Options.HOST) + ":" + port;
  }

  /** The settings of a dev start, or a {@link ConfigException} listing every problem. */
  private static App.Settings settings(Config config) {
    ConfigProblems problems = new ConfigProblems(config);
    Path dataDir = Path.of(config.get(Options.DATA_DIR));
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new ConfigException(
          "cannot create " + config.describe(Options.DATA_DIR) + ": " + e.getMessage());
    }
    Keys keys = problems.check(() -> ServerOptions.keys(config, dataDir));
    LegalClock legalClock = problems.check(() -> LegalClock.from(config));
    SmtpSettings smtp = problems.check(() -> ServerOptions.smtp(config));
    VerificationSettings verification = problems.check(() -> ServerOptions.verification(config));
    ClientAddresses proxies = problems.check(() -> ServerOptions.trustedProxies(config));
    RecordKeeping keeping = problems.check(() -> ServerOptions.recordKeeping(config));
    IntakeLimits intakeLimits = problems.check(() -> ServerOptions.intakeLimits(config));
    String publicUrl = config.find(Options.PUBLIC_URL).orElse(devUrl(config));
    OidcSettings oidc = problems.check(() -> SsoConfig.oidc(config, publicUrl));
    problems.throwIfAny();
    Path dataMap = Path.of(config.get(Options.DATAMAP));
    return new App.Settings(
        true,
        config.get(Options.HOST),
        config.getInt(Options.PORT),
        dataMap,
        config.find(Options.DB_URL).orElse(Database.embeddedUrl(dataDir)),
        config.find(Options.DB_USER).orElse("sa"),
        config.find(Options.DB_PASSWORD).orElse(""),
        config.getInt(Options.DB_POOL_SIZE),
        publicUrl,
        DevCompany.ensureLoaded(dataDir, dataMap.resolve("db")),
        keys,
        legalClock,
        smtp,
        ServerOptions.mailPollInterval(config),
        java.time.Clock.systemDefaultZone(),
        ServerOptions.list(config.find(Options.CONSENT_ORIGINS).orElse("")),
        verification,
        proxies,
        keeping,
        intakeLimits,
        Boolean.parseBoolean(config.get(Options.BENCH_BASELINE)),
        config.getInt(Options.CONSENT_CMP_ID),
        oidc,
        config.find(Options.CONSENT_REGION_HEADER).orElse(null));
  }
}
