package dev.rightful.cli;

import dev.rightful.config.Option;
import dev.rightful.config.Options;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;

/** The {@code rightful} command: starts the server and runs the data map tools. */
@Command(
    name = "rightful",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Runs a company's California privacy program from its data map.",
    subcommands = {
      StartDevCommand.class,
      StartCommand.class,
      ValidateCommand.class,
      NoticeCommand.class,
      ShowConfigCommand.class,
      AdminCommand.class,
      TokenCommand.class,
      AuditCommand.class,
      RetentionCommand.class,
      RecordsCommand.class,
      DemoDataCommand.class
    })
public final class Main {

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with every configuration option added to the commands that read them. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    for (String name : new String[] {"start-dev", "start", "show-config"}) {
      addOptions(cli.getSubcommands().get(name).getCommandSpec(), Options.ALL);
    }
    RetentionCommand.addConfigOptions(cli.getSubcommands().get("retention"));
    RecordsCommand.addConfigOptions(cli.getSubcommands().get("records"));
    return cli;
  }

  /** Adds {@code options} to a command as flags, each described with its environment variable. */
  static void addOptions(CommandLine.Model.CommandSpec spec, java.util.List<Option> options) {
    for (Option option : options) {
      spec.addOption(
          OptionSpec.builder(option.flag())
              .paramLabel("<" + option.key() + ">")
              .type(String.class)
              .description(
                  option.description()
                      + " Env: "
                      + option.envVar()
                      + (option.secret() ? " (secret)" : ""))
              .build());
    }
  }

  /** Reads the version from the jar manifest, or "dev" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"rightful " + (version == null ? "dev" : version)};
    }
  }
}
