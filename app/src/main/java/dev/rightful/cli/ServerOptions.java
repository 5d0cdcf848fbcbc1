package dev.rightful.cli;

import dev.rightful.config.Config;
import dev.rightful.config.ConfigException;
import dev.rightful.config.Option;
import dev.rightful.config.Options;
import dev.rightful.crypto.Keys;
import dev.rightful.law.RecordKeeping;
import dev.rightful.mail.SmtpSettings;
import dev.rightful.requests.IntakeLimits;
import dev.rightful.verify.VerificationSettings;
import dev.rightful.web.ClientAddresses;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Turns a command's parsed options, the environment and the config file into a {@link Config}. */
final class ServerOptions {
  static final String CONFIG_ENV = "RIGHTFUL_CONFIG";
  static final Path DEFAULT_CONFIG_FILE = Path.of("conf", "rightful.conf");

  private ServerOptions() {}

  static Config resolve(CommandSpec spec, Path configFile, Map<Option, String> modeDefaults) {
    Map<Option, String> cli = new HashMap<>();
    for (Option option : Options.ALL) {
      CommandLine.Model.OptionSpec parsed = spec.findOption(option.flag());
      if (parsed != null && parsed.getValue() != null) {
        cli.put(option, parsed.getValue());
      }
    }
    return Config.resolve(cli, System.getenv(), chooseFile(configFile), modeDefaults);
  }

  /** The SMTP settings, or {@code null} when no SMTP host is set (mail stays in the dev outbox). */
  static SmtpSettings smtp(Config config) {
    if (config.find(Options.SMTP_HOST).isEmpty()) {
      return null;
    }
    String startTls = config.get(Options.SMTP_STARTTLS);
    if (!startTls.equals("true") && !startTls.equals("false")) {
      throw new ConfigException(
          config.describe(Options.SMTP_STARTTLS)
              + " must be 'true' or 'false', not '"
              + startTls
              + "'");
    }
    try {
      return new SmtpSettings(
          config.get(Options.SMTP_HOST),
          config.getInt(Options.SMTP_PORT),
          config.get(Options.SMTP_FROM),
          config.find(Options.SMTP_USER).orElse(null),
          config.find(Options.SMTP_PASSWORD).orElse(null),
          Boolean.parseBoolean(startTls));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("mail settings: " + e.getMessage());
    }
  }

  /**
   * The encryption keys from --encryption-key or --encryption-key-file; with neither, start-dev's
   * generated key under {@code devDataDir}, and for 'start' ({@code devDataDir} null) a refusal.
   */
  static Keys keys(Config config, Path devDataDir) {
    var text = config.find(Options.ENCRYPTION_KEY);
    var file = config.find(Options.ENCRYPTION_KEY_FILE);
    if (text.isEmpty() && file.isEmpty()) {
      if (devDataDir == null) {
        throw new ConfigException(
            Config.missing(Options.ENCRYPTION_KEY)
                + " (or "
                + Options.ENCRYPTION_KEY_FILE.flag()
                + ")");
      }
      return Keys.devKeys(devDataDir);
    }
    try {
      return Keys.load(text.orElse(null), file.map(Path::of).orElse(null));
    } catch (IllegalArgumentException e) {
      Option named = text.isPresent() ? Options.ENCRYPTION_KEY : Options.ENCRYPTION_KEY_FILE;
      throw new ConfigException(config.describe(named) + ": " + e.getMessage());
    } catch (UncheckedIOException e) {
      throw new ConfigException(
          "cannot read the file of "
              + config.describe(Options.ENCRYPTION_KEY_FILE)
              + ": "
              + Messages.whyUnreadable(e.getCause())
              + " (check the path and that Rightful may read it)");
    }
  }

  /** The reverse proxies to trust; an entry that is not an address or block names the option. */
  static ClientAddresses trustedProxies(Config config) {
    try {
      return ClientAddresses.parse(config.find(Options.TRUSTED_PROXIES).orElse(""));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(config.describe(Options.TRUSTED_PROXIES) + ": " + e.getMessage());
    }
  }

  /** The one-time code settings; a value out of range names its option (see its type). */
  static VerificationSettings verification(Config config) {
    return new VerificationSettings(
        Duration.ofMinutes(config.getInt(Options.CODE_LIFETIME_MINUTES)),
        config.getInt(Options.CODE_ATTEMPTS),
        config.getInt(Options.CODES_PER_EMAIL_PER_HOUR),
        config.getInt(Options.CODES_PER_CLIENT_PER_HOUR),
        config.getInt(Options.CODE_FAILURES_PER_DAY));
  }

  /** The rate limits on public intake; a value out of range names its option (see its type). */
  static IntakeLimits intakeLimits(Config config) {
    return new IntakeLimits(
        config.getInt(Options.INTAKE_PER_ADDRESS_PER_MINUTE),
        config.getInt(Options.INTAKE_PER_ADDRESS_PER_DAY),
        config.getInt(Options.INTAKE_PER_EMAIL_PER_DAY),
        config.getInt(Options.CODE_REQUESTS_PER_ADDRESS_PER_MINUTE),
        config.getInt(Options.CODES_PER_EMAIL_PER_DAY),
        config.getInt(Options.CONSENT_WRITES_PER_ADDRESS_PER_MINUTE));
  }

  /**
   * Longest keeping period: not law, a bound that keeps the cut-off a date every database takes.
   */
  static final int MAX_KEEP_MONTHS = 1200;

  /** The keeping period of request records; one under 24 months (§7101) names its option. */
  static RecordKeeping recordKeeping(Config config) {
    return recordKeeping(
        config.getInt(Options.RECORDS_KEEP_MONTHS), config.describe(Options.RECORDS_KEEP_MONTHS));
  }

  /** {@code months} as a keeping period, or a refusal naming {@code option} as the user set it. */
  static RecordKeeping recordKeeping(int months, String option) {
    if (months > MAX_KEEP_MONTHS) {
      throw new ConfigException(
          option + " must be at most " + MAX_KEEP_MONTHS + " months, not " + months);
    }
    try {
      return new RecordKeeping(months);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(option + ": " + e.getMessage());
    }
  }

  static Duration mailPollInterval(Config config) {
    return Duration.ofSeconds(config.getInt(Options.MAIL_POLL_SECONDS));
  }

  /** The items of a comma-separated option value, trimmed, empty ones left out. */
  static List<String> list(String value) {
    return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static Path chooseFile(Path given) {
    if (given != null) {
      return given;
    }
    String fromEnv = System.getenv(CONFIG_ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Path.of(fromEnv);
    }
    return Files.isRegularFile(DEFAULT_CONFIG_FILE) ? DEFAULT_CONFIG_FILE : null;
  }
}
