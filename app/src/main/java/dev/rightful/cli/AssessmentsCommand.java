package dev.rightful.cli;

import dev.rightful.assessments.Submission;
import dev.rightful.assessments.SubmissionText;
import dev.rightful.datamap.AssessmentLoader;
import dev.rightful.datamap.DataMapLoader;
import dev.rightful.datamap.Problem;
import dev.rightful.law.RiskAssessments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rightful assessments}: the risk assessments kept beside a data map (docs/assessments.md).
 */
@Command(
    name = "assessments",
    mixinStandardHelpOptions = true,
    description = "Risk assessments kept beside a data map (11 CCR Article 10).",
    subcommands = {AssessmentsCommand.Report.class})
final class AssessmentsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code rightful assessments report DIR --year 2027}: the 7157 submission. */
  @Command(
      name = "report",
      mixinStandardHelpOptions = true,
      description =
          "Write the risk-assessment submission to the CPPA for a year (7157): the summary and the"
              + " attestation for the executive to sign.")
  static final class Report implements Callable<Integer> {
    /** Output formats. */
    enum Format {
      md,
      html
    }

    @Spec CommandSpec spec;

    @Parameters(
        index = "0",
        paramLabel = "DIR",
        description = "Directory of the data map YAML files, with its assessments/ folder.")
    Path directory;

    @Option(
        names = "--year",
        required = true,
        paramLabel = "YEAR",
        description =
            "The year submitted for: 2027 covers 2026 and 2027 (due 2028-04-01), each later year"
                + " itself (due April 1 of the next).")
    int year;

    @Option(
        names = "--format",
        defaultValue = "md",
        paramLabel = "FORMAT",
        description =
            "md (Markdown) or html (a page to print or save as PDF). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(
        names = "--out",
        paramLabel = "FILE",
        description = "Write to this file instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
      var err = spec.commandLine().getErr();
      RiskAssessments.SubmissionPeriod period;
      try {
        period = RiskAssessments.submission(year);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      DataMapLoader.Result map = DataMapLoader.load(directory);
      AssessmentLoader.Result assessments = AssessmentLoader.load(directory);
      List<Problem> errors = new ArrayList<>();
      map.problems().stream().filter(Problem::isError).forEach(errors::add);
      assessments.problems().stream().filter(Problem::isError).forEach(errors::add);
      if (!errors.isEmpty()) {
        errors.forEach(p -> err.println(p.format()));
        err.flush();
        return ExitCode.DATA_MAP.code;
      }
      Submission submission = Submission.of(map.map(), assessments.assessments(), period);
      String text =
          switch (format) {
            case md -> SubmissionText.markdown(submission);
            case html -> SubmissionText.html(submission);
          };
      if (out != null) {
        Files.writeString(out, text, StandardCharsets.UTF_8);
      } else {
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
      }
      return ExitCode.OK.code;
    }
  }
}
