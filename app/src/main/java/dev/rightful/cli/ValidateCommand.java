package dev.rightful.cli;

import dev.rightful.datamap.DataMapLoader;
import dev.rightful.datamap.Lint;
import dev.rightful.datamap.Problem;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rightful validate DIR}: checks a data map. Prints one line per problem as {@code
 * FILE:LINE:COL: message}; exits 1 when any is an error, 0 otherwise (warnings printed).
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Check a data map; print FILE:LINE:COL: message per problem.")
final class ValidateCommand implements Callable<Integer> {
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

  @Override
  public Integer call() {
    DataMapLoader.Result result = DataMapLoader.load(directory);
    List<Problem> problems = new ArrayList<>(result.problems());
    if (result.valid()) {
      problems.addAll(new Lint(Clock.systemDefaultZone()).check(result.map(), publicUrl));
    }
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    problems.forEach(p -> (p.isError() ? err : out).println(p.format()));
    boolean ok = problems.stream().noneMatch(Problem::isError);
    if (ok) {
      out.println(Messages.valid(directory.toString(), problems.size()));
    }
    out.flush();
    err.flush();
    return ok ? 0 : 1;
  }
}
