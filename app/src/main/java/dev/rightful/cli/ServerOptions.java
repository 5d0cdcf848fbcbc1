package dev.rightful.cli;

import dev.rightful.config.Config;
import dev.rightful.config.Option;
import dev.rightful.config.Options;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
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
