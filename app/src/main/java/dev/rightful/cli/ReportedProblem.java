package dev.rightful.cli;

import dev.rightful.datamap.Problem;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A data map problem as the machine formats of {@code validate} report it: its file relative to the
 * working directory (where CI checks the repository out, so annotations land on the right file) and
 * a stable code for the check that found it.
 */
record ReportedProblem(Problem problem, String file, String code) {
  /** The code of a problem with the map's structure (a missing, mistyped or dangling value). */
  static final String STRUCTURE = "datamap";

  private static final Pattern RULE = Pattern.compile("^rule (\\d+)\\b");

  static ReportedProblem of(Problem problem, Path workingDirectory) {
    return new ReportedProblem(
        problem, relative(problem.location().file(), workingDirectory), code(problem.rule()));
  }

  int line() {
    return problem.location().line();
  }

  int column() {
    return problem.location().column();
  }

  boolean isError() {
    return problem.isError();
  }

  String severity() {
    return problem.isError() ? "error" : "warning";
  }

  /** The rule and section cited ("rule 40, CC 1798.115(c)"); null for a structural problem. */
  String citation() {
    return problem.rule();
  }

  /** {@code rule-40} for a lint finding citing rule 40 of docs/rules.md; {@code datamap} else. */
  static String code(String citation) {
    if (citation == null) {
      return STRUCTURE;
    }
    Matcher rule = RULE.matcher(citation);
    return rule.find() ? "rule-" + rule.group(1) : STRUCTURE;
  }

  /**
   * The file with forward slashes, relative to {@code workingDirectory} when it lies below it, else
   * absolute: GitHub and SARIF viewers resolve relative paths against the checked-out repository.
   */
  static String relative(Path file, Path workingDirectory) {
    Path absolute = file.toAbsolutePath().normalize();
    Path base = workingDirectory.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    String text = shown.toString().replace(shown.getFileSystem().getSeparator(), "/");
    return text.isEmpty() ? "." : text;
  }

  /** The file as a URI reference: relative (percent-encoded) or, outside the base, file:///. */
  String uri() {
    if (file.startsWith("/")) {
      return Path.of(file).toUri().toASCIIString();
    }
    try {
      return new URI(null, null, file, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a path: " + file, e);
    }
  }
}
