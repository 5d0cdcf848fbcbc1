package dev.rightful.cli;

import dev.rightful.App;
import dev.rightful.config.Config;
import dev.rightful.config.ConfigException;
import dev.rightful.config.ConfigProblems;
import dev.rightful.config.LegalClock;
import dev.rightful.config.Option;
import dev.rightful.config.Options;
import dev.rightful.crypto.Keys;
import dev.rightful.law.RecordKeeping;
import dev.rightful.mail.SmtpSettings;
import dev.rightful.requests.IntakeLimits;
import dev.rightful.staff.OidcSettings;
import dev.rightful.verify.VerificationSettings;
import dev.rightful.web.ClientAddresses;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code rightful start}: production mode, secure by default. Refuses to start, with one line per
 * problem and every problem in one run, when the database, the data map, the public URL, mail or
 * the encryption key is missing, when a setting is not of its type, or when a dev default is given.
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
      settings = settings(config);
    } catch (ConfigException e) {
      return Launch.refuse("start", e, null);
    }
    Logging.configure(config);
    return Launch.run("start", config, settings);
  }

  /** The settings of a production start, or a {@link ConfigException} listing every problem. */
  private static App.Settings settings(Config config) {
    ConfigProblems problems = new ConfigProblems(config);
    String dbUrl = problems.check(() -> config.get(Options.DB_URL));
    if (dbUrl != null && !dbUrl.startsWith("jdbc:postgresql:")) {
      problems.add(Messages.startRefusesDevDatabase(config));
    }
    for (Option required : new Option[] {Options.DATAMAP, Options.PUBLIC_URL}) {
      problems.check(() -> config.get(required));
    }
    // Consumer notices must go out (7021(a)): production refuses to start without SMTP.
    problems.check(() -> config.get(Options.SMTP_HOST));
    Keys keys = problems.check(() -> ServerOptions.keys(config, null));
    LegalClock legalClock = problems.check(() -> LegalClock.from(config));
    SmtpSettings smtp = problems.check(() -> ServerOptions.smtp(config));
    VerificationSettings verification = problems.check(() -> ServerOptions.verification(config));
    ClientAddresses proxies = problems.check(() -> ServerOptions.trustedProxies(config));
    RecordKeeping keeping = problems.check(() -> ServerOptions.recordKeeping(config));
    IntakeLimits intakeLimits = problems.check(() -> ServerOptions.intakeLimits(config));
    OidcSettings oidc =
        problems.check(() -> SsoConfig.oidc(config, config.find(Options.PUBLIC_URL).orElse(null)));
    problems.throwIfAny();
    return new App.Settings(
        false,
        config.get(Options.HOST),
        config.getInt(Options.PORT),
        Path.of(config.get(Options.DATAMAP)),
        dbUrl,
        config.find(Options.DB_USER).orElse(null),
        config.find(Options.DB_PASSWORD).orElse(null),
        config.getInt(Options.DB_POOL_SIZE),
        config.get(Options.PUBLIC_URL),
        null,
        keys,
        legalClock,
        smtp,
        ServerOptions.mailPollInterval(config),
        java.time.Clock.systemUTC(),
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
