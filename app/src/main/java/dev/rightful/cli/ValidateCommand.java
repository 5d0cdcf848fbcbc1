package dev.rightful.cli;

import dev.rightful.datamap.AssessmentCheck;
import dev.rightful.datamap.AssessmentLoader;
import dev.rightful.datamap.DataMapLoader;
import dev.rightful.datamap.Lint;
import dev.rightful.datamap.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rightful validate DIR}: checks a data map. By default prints one line per problem as
 * {@code FILE:LINE:COL: message}; {@code --format} json, sarif or github write the same problems
 * for CI (docs/validate-in-ci.md). Exits 1 when any is an error, 0 otherwise, in every format.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Check a data map; print FILE:LINE:COL: message per problem.")
final class ValidateCommand implements Callable<Integer> {
  /** How the problems are written. */
  enum Format {
    text,
    json,
    sarif,
    github
  }

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "DIR",
      description = "Directory of the data map YAML files.")
  Path directory;

  @Option(
      names = "--public-url",
      paramLabel = "URL",
      description =
          "Where Rightful serves the privacy center (as for start): checks the notice's links"
              + " against it.")
  String publicUrl;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "Output: ${COMPLETION-CANDIDATES}. 'text' prints FILE:LINE:COL: message (errors on"
              + " stderr); 'json', 'sarif' (SARIF 2.1.0) and 'github' (workflow commands that"
              + " annotate the lines) write everything to stdout, files relative to the working"
              + " directory. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description =
          "Check the dates (risk assessments, the notice's age) as of this day, YYYY-MM-DD,"
              + " instead of today: to see what will fail after a deadline.")
  LocalDate asOf;

  @Override
  public Integer call() throws IOException {
    DataMapLoader.Result result = DataMapLoader.load(directory);
    List<Problem> problems = new ArrayList<>(result.problems());
    if (result.valid()) {
      Clock clock = Clock.systemDefaultZone();
      if (asOf != null) {
        clock = Clock.fixed(asOf.atStartOfDay(clock.getZone()).toInstant(), clock.getZone());
      }
      problems.addAll(new Lint(clock).check(result.map(), publicUrl));
      AssessmentLoader.Result assessments = AssessmentLoader.load(directory);
      problems.addAll(assessments.problems());
      problems.addAll(
          AssessmentCheck.check(result.map(), assessments.assessments(), LocalDate.now(clock)));
    }
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    boolean ok = problems.stream().noneMatch(Problem::isError);
    Path workingDirectory = Path.of("").toAbsolutePath();
    List<ReportedProblem> reported =
        problems.stream().map(p -> ReportedProblem.of(p, workingDirectory)).toList();
    switch (format) {
      case text -> {
        problems.forEach(p -> (p.isError() ? err : out).println(p.format()));
        if (ok) {
          out.println(Messages.valid(directory.toString(), problems.size()));
        }
      }
      case json ->
          JsonProblemReport.write(
              ReportedProblem.relative(directory, workingDirectory), reported, out);
      case sarif -> SarifProblemReport.write(reported, version(), out);
      case github -> GithubAnnotations.write(reported, out);
    }
    out.flush();
    err.flush();
    return ok ? ExitCode.OK.code : ExitCode.DATA_MAP.code;
  }

  /** The version SARIF names the tool by; "unknown" when run outside a Maven-built jar. */
  static String version() {
    try {
      String line = new Main.Version().getVersion()[0];
      return line.split(" ")[1];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
