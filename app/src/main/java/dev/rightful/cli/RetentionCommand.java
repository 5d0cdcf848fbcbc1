package dev.rightful.cli;

import dev.rightful.config.Option;
import dev.rightful.config.Options;
import dev.rightful.retention.ProgressBar;
import dev.rightful.retention.SweepPlan;
import dev.rightful.retention.SweepReport;
import dev.rightful.retention.SweepText;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code rightful retention}: applies the data map's retention rules (rule 42; CC 1798.100(a)(3))
 * from the command line: {@code plan} (a dry run), {@code run} (a sweep, with a progress bar on a
 * terminal), and legal holds ({@code hold}, {@code holds}, {@code release}). With {@code --dev} it
 * works on start-dev's embedded database and demo company, and start-dev's generated encryption key
 * unless one is given; otherwise the encryption key is required, as for {@code start}: consumer
 * holds are sealed with it.
 */
@Command(
    name = "retention",
    mixinStandardHelpOptions = true,
    description = "Apply the data map's retention rules: dry-run plan, sweep, legal holds.",
    subcommands = {
      RetentionCommand.Plan.class,
      RetentionCommand.Run.class,
      HoldCommands.PlaceHold.class,
      HoldCommands.ListHolds.class,
      HoldCommands.Release.class
    })
final class RetentionCommand {
  /** The configuration options the retention commands read, declared once in {@link Options}. */
  static final List<Option> CONFIG =
      List.of(
          Options.DATAMAP,
          Options.DB_URL,
          Options.DB_USER,
          Options.DB_PASSWORD,
          Options.DATA_DIR,
          Options.ENCRYPTION_KEY,
          Options.ENCRYPTION_KEY_FILE);

  /** Exit codes besides 0 (done) and 1 (bad data map), 2 (bad configuration). */
  static final int PARTLY_FAILED = 3;

  static final int LEASE_HELD = 4;

  /** Adds the configuration options to every retention subcommand; {@code Main} calls it. */
  static CommandLine addConfigOptions(CommandLine retention) {
    for (CommandLine command : retention.getSubcommands().values()) {
      Main.addOptions(command.getCommandSpec(), CONFIG);
    }
    return retention;
  }

  /** {@code rightful retention plan}: what a sweep would do, changing nothing. */
  @Command(
      name = "plan",
      mixinStandardHelpOptions = true,
      description = "Dry run: rows due per rule and table, with sample keys; changes nothing.")
  static final class Plan extends RetentionBase {
    @CommandLine.Option(
        names = "--as-of",
        paramLabel = "<date|instant>",
        description = "Count periods to this date or instant instead of now.")
    String asOf;

    @Override
    int run() {
      Optional<Context> context = open();
      if (context.isEmpty()) {
        return 1;
      }
      try (Context open = context.get()) {
        Instant at = Optional.ofNullable(instant(asOf)).orElse(open.clock().instant());
        SweepPlan plan = sweeper(open).plan(at);
        out().print(SweepText.plan(plan));
        out().flush();
        return 0;
      }
    }
  }

  /** {@code rightful retention run}: sweeps now, or resumes a stopped sweep. */
  @Command(
      name = "run",
      mixinStandardHelpOptions = true,
      description =
          "Sweep: delete or anonymize expired rows in short batches, skipping held data;"
              + " resumes a stopped sweep.")
  static final class Run extends RetentionBase {
    @CommandLine.Option(
        names = "--as-of",
        paramLabel = "<date|instant>",
        description = "Count periods to this date or instant instead of now (a new sweep only).")
    String asOf;

    @Override
    int run() {
      Optional<Context> context = open();
      if (context.isEmpty()) {
        return 1;
      }
      try (Context open = context.get()) {
        PrintWriter progress = err();
        Optional<SweepReport> report =
            sweeper(open)
                .run(
                    SweepReport.Trigger.COMMAND,
                    instant(asOf),
                    new ProgressBar(progress, System.console() != null));
        if (report.isEmpty()) {
          err()
              .println(
                  "rightful retention run: another node is sweeping; it resumes or finishes the"
                      + " sweep, try again later");
          err().flush();
          return LEASE_HELD;
        }
        out().print(SweepText.report(report.get()));
        out().flush();
        return report.get().complete() ? 0 : PARTLY_FAILED;
      }
    }
  }
}
