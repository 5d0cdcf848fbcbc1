package dev.rightful.cli;

import dev.rightful.discovery.DriftFinding;
import dev.rightful.discovery.ScanResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code scan --format text}: a summary line per system, then one line per drift finding as {@code
 * FILE:LINE:COL: kind: message} (the map's line it is about), with its suggested YAML under it when
 * asked.
 */
final class ScanText {
  private ScanText() {}

  static void write(
      List<ScanResult> results,
      List<DriftFinding> findings,
      boolean suggest,
      Path workingDirectory,
      PrintWriter out) {
    for (ScanResult result : results) {
      long columns = result.tables().stream().mapToLong(t -> t.columns().size()).sum();
      long personal =
          result.tables().stream()
              .flatMap(t -> t.columns().stream())
              .filter(c -> c.verdict().personal())
              .count();
      long rows = result.tables().stream().mapToLong(ScanResult.ScannedTable::rowsSampled).sum();
      out.printf(
          Locale.ROOT,
          "%s (%s): %d tables, %d columns, %d hold personal information; %d rows sampled in %.1f s%n",
          result.system(),
          result.dialect(),
          result.tables().size(),
          columns,
          personal,
          rows,
          result.millis() / 1000.0);
      if (!result.notSampled().isEmpty()) {
        out.println(
            "  not sampled (--max-seconds reached), classified by name only: "
                + String.join(", ", result.notSampled()));
      }
    }
    for (DriftFinding f : findings) {
      String where =
          f.location() == null
              ? ""
              : ReportedProblem.relative(f.location().file(), workingDirectory)
                  + ":"
                  + f.location().line()
                  + ":"
                  + f.location().column()
                  + ": ";
      out.println(where + f.kind().id() + ": " + f.message());
      if (suggest && f.suggestion() != null) {
        out.print(f.suggestion());
      }
    }
    out.println(
        findings.isEmpty()
            ? "no drift: the map matches the database"
            : findings.size() + " drift finding" + (findings.size() == 1 ? "" : "s"));
  }
}
