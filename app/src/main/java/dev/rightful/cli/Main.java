package dev.rightful.cli;

import dev.rightful.config.Option;
import dev.rightful.config.Options;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
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
      ScanCommand.class,
      NoticeCommand.class,
      ShowConfigCommand.class,
      AdminCommand.class,
      TokenCommand.class,
      AuditCommand.class,
      RetentionCommand.class,
      RecordsCommand.class,
      AssessmentsCommand.class,
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
    cli.setExecutionExceptionHandler(Main::failed);
    return cli;
  }

  /**
   * A failure no command caught: one line and the exit code of its kind; the stack trace only with
   * RIGHTFUL_LOG_LEVEL=debug (or in the log, at debug, of a command that has --log-level).
   */
  private static int failed(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
    String name = command.getCommandSpec().qualifiedName(" ").replaceFirst("^rightful ?", "");
    int code = Launch.refuse(name, e, null);
    if ("debug".equalsIgnoreCase(System.getenv(Options.LOG_LEVEL.envVar()))) {
      e.printStackTrace();
    }
    return code;
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

  /** The version the build wrote into rightful-version.properties (Maven resource filtering). */
  static final class Version implements CommandLine.IVersionProvider {
    static final String RESOURCE = "/rightful-version.properties";

    @Override
    public String[] getVersion() throws IOException {
      Properties build = new Properties();
      try (InputStream in = Main.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing: build Rightful with Maven");
        }
        build.load(in);
      }
      return new String[] {
        "rightful " + build.getProperty("version") + " (built " + build.getProperty("built") + ")"
      };
    }
  }
}
