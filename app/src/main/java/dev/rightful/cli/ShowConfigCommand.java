package dev.rightful.cli;

import dev.rightful.config.Config;
import dev.rightful.config.Option;
import dev.rightful.config.Options;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rightful show-config}: each option's value and where it came from; secrets masked. */
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
    Config config = ServerOptions.resolve(spec, configFile, Map.of());
    for (Option option : Options.ALL) {
      Config.Value value = config.value(option);
      String shown =
          value.value() == null ? "(not set)" : option.secret() ? "********" : value.value();
      spec.commandLine()
          .getOut()
          .printf("%-14s %-40s %s%n", option.key(), shown, value.source().name().toLowerCase());
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}
