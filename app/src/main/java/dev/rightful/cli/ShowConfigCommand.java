package dev.rightful.cli;

import dev.rightful.config.Config;
import dev.rightful.config.ConfigException;
import dev.rightful.config.Option;
import dev.rightful.config.Options;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code rightful show-config}: each option's value and where it came from; secrets masked. A value
 * its option's type refuses is named on standard error, one line each, and exits 2.
 */
@Command(
    name = "show-config",
    mixinStandardHelpOptions = true,
    description = "Show each setting, its value and its source.")
final class ShowConfigCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @picocli.CommandLine.Option(
      names = "--config",
      description = "Config file (default conf/rightful.conf if present). Env: RIGHTFUL_CONFIG")
  Path configFile;

  @Override
  public Integer call() {
    Config config;
    try {
      config = ServerOptions.resolve(spec, configFile, Map.of());
    } catch (ConfigException e) {
      return Launch.refuse("show-config", e, null);
    }
    for (Option option : Options.ALL) {
      Config.Value value = config.value(option);
      String shown =
          value.value() == null ? "(not set)" : option.secret() ? "********" : value.value();
      spec.commandLine()
          .getOut()
          .printf("%-14s %-40s %s%n", option.key(), shown, value.source().name().toLowerCase());
    }
    spec.commandLine().getOut().flush();
    // The values are shown, so that a wrong one can be found; a value of the wrong type is refused.
    List<String> problems = config.problems();
    problems.forEach(problem -> System.err.println(Messages.refused("show-config", problem)));
    return problems.isEmpty() ? ExitCode.OK.code : ExitCode.CONFIG.code;
  }
}
