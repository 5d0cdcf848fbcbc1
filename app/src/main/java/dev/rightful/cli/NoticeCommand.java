package dev.rightful.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rightful notice DIR --format html|md|json}: prints the notice generated from a map. */
@Command(
    name = "notice",
    mixinStandardHelpOptions = true,
    description = "Print the CCPA notice generated from a data map.")
final class NoticeCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    html,
    md,
    json
  }

  @Parameters(
      index = "0",
      paramLabel = "DIR",
      description = "Directory of the data map YAML files.")
  Path directory;

  @Option(
      names = "--format",
      defaultValue = "html",
      description = "html, md or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("wired when the notice package lands");
  }
}
