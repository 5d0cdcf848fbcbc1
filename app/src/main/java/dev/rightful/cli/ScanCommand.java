package dev.rightful.cli;

import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataMapLoader;
import dev.rightful.datamap.DataSystem;
import dev.rightful.discovery.Drift;
import dev.rightful.discovery.DriftFinding;
import dev.rightful.discovery.ScanResult;
import dev.rightful.discovery.Scanner;
import dev.rightful.systems.CompanyDatabases;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
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
 * {@code rightful scan DIR}: reads the catalog and a bounded sample of each table of the map's
 * databases, read-only, classifies every column and reports where the database and the map disagree
 * (docs/discovery.md). Exits 1 when the drift findings exceed {@code --fail-over}.
 */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description =
        "Scan the map's databases (read-only, sampled) for personal information and report drift"
            + " from the map.")
final class ScanCommand implements Callable<Integer> {
  /** How the results are written. */
  enum Format {
    text,
    json,
    sarif
  }

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "DIR",
      description = "Directory of the data map YAML files.")
  Path directory;

  @Option(
      names = "--system",
      paramLabel = "ID",
      description = "Scan this system of the map only (default: every jdbc system).")
  String system;

  @Option(
      names = "--url",
      paramLabel = "JDBC",
      description =
          "Connect here instead of the system's urlEnv variable (with --system when the map has"
              + " several jdbc systems).")
  String url;

  @Option(names = "--user", paramLabel = "USER", description = "User for --url.")
  String user;

  @Option(names = "--password", paramLabel = "PASSWORD", description = "Password for --url.")
  String password;

  @Option(
      names = "--sample",
      paramLabel = "N",
      defaultValue = "1000",
      description = "Rows sampled per table, at most. Default: ${DEFAULT-VALUE}.")
  int sample;

  @Option(
      names = "--max-seconds",
      paramLabel = "S",
      defaultValue = "300",
      description =
          "Stop sampling after S seconds; the tables left are classified by name only."
              + " Default: ${DEFAULT-VALUE}.")
  int maxSeconds;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(
      names = "--suggest",
      description = "Print the YAML each finding suggests, in the map's format, after it (text).")
  boolean suggest;

  @Option(
      names = "--fail-over",
      paramLabel = "N",
      defaultValue = "0",
      description = "Exit 1 when there are more than N drift findings. Default: ${DEFAULT-VALUE}.")
  int failOver;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DataMapLoader.Result loaded = DataMapLoader.load(directory);
    if (!loaded.valid()) {
      loaded.problems().stream().filter(p -> p.isError()).forEach(p -> err.println(p.format()));
      err.println("rightful scan: the data map has errors; run rightful validate " + directory);
      err.flush();
      return ExitCode.DATA_MAP.code;
    }
    DataMap map = loaded.map();
    List<DataSystem> systems =
        map.systems().stream()
            .filter(s -> "jdbc".equals(s.connector()))
            .filter(s -> system == null || system.equals(s.id()))
            .toList();
    if (systems.isEmpty() || (url != null && systems.size() > 1)) {
      err.println(
          systems.isEmpty()
              ? "rightful scan: the map has no jdbc system" + (system == null ? "" : " " + system)
              : "rightful scan: --url needs --system: the map has several jdbc systems");
      err.flush();
      return ExitCode.CONFIG.code;
    }
    CompanyDatabases databases = CompanyDatabases.resolve(map, System.getenv(), null);
    List<ScanResult> results = new ArrayList<>();
    List<DriftFinding> findings = new ArrayList<>();
    Scanner.Limits limits = new Scanner.Limits(sample, maxSeconds, LocalDate.now());
    for (DataSystem one : systems) {
      CompanyDatabases.Target target =
          url != null
              ? new CompanyDatabases.Target(url, user, password)
              : databases.findTarget(one.id()).orElse(null);
      if (target == null) {
        err.println(
            "rightful scan: system "
                + one.id()
                + " has no connection: set "
                + one.urlEnv()
                + " (and its user and password variables) or pass --url");
        err.flush();
        return ExitCode.CONFIG.code;
      }
      try (Connection connection =
          Scanner.connect(target.url(), target.user(), target.password())) {
        ScanResult result =
            Scanner.scan(
                one.id(),
                connection,
                limits,
                (n, of, table) -> {
                  err.println("scan " + one.id() + ": table " + n + " of " + of + ": " + table);
                  err.flush();
                });
        results.add(result);
        findings.addAll(Drift.of(map, one, result));
      } catch (SQLException e) {
        // The message names the database's complaint; never a sampled value, which no query
        // error carries.
        err.println("rightful scan: system " + one.id() + ": " + e.getMessage());
        err.flush();
        return ExitCode.DATABASE.code;
      }
    }
    Path workingDirectory = Path.of("").toAbsolutePath();
    switch (format) {
      case text -> ScanText.write(results, findings, suggest, workingDirectory, out);
      case json ->
          ScanJson.write(
              ReportedProblem.relative(directory, workingDirectory),
              results,
              findings,
              failOver,
              workingDirectory,
              out);
      case sarif -> ScanSarif.write(findings, ValidateCommand.version(), workingDirectory, out);
    }
    out.flush();
    err.flush();
    return findings.size() > failOver ? ExitCode.DATA_MAP.code : ExitCode.OK.code;
  }
}
