package dev.rightful.cli;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.rightful.discovery.DriftFinding;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * {@code scan --format sarif}: a SARIF 2.1.0 log, one rule per kind of drift and one warning per
 * finding at the map's file and line it is about (the table, the field, or the system a missing
 * table belongs in), so code scanning annotates systems.yaml.
 */
final class ScanSarif {
  private ScanSarif() {}

  static void write(
      List<DriftFinding> findings, String version, Path workingDirectory, PrintWriter out)
      throws JsonProcessingException {
    Map<DriftFinding.Kind, Integer> ruleIndex = new LinkedHashMap<>();
    List<ReportingDescriptor> rules = new ArrayList<>();
    List<Result> results = new ArrayList<>();
    for (DriftFinding f : findings) {
      int index =
          ruleIndex.computeIfAbsent(
              f.kind(),
              kind -> {
                rules.add(
                    new ReportingDescriptor()
                        .withId("scan/" + kind.id())
                        .withShortDescription(
                            new MultiformatMessageString().withText(kind.description()))
                        .withDefaultConfiguration(
                            new ReportingConfiguration()
                                .withRank(null)
                                .withLevel(ReportingConfiguration.Level.WARNING)));
                return rules.size() - 1;
              });
      Result result =
          new Result()
              .withRuleId("scan/" + f.kind().id())
              .withRuleIndex(index)
              .withLevel(Result.Level.WARNING)
              .withMessage(new Message().withText(f.message()))
              .withRank(null);
      if (f.location() != null) {
        ReportedProblem located =
            new ReportedProblem(
                null, ReportedProblem.relative(f.location().file(), workingDirectory), "scan");
        result.withLocations(
            List.of(
                new Location()
                    .withPhysicalLocation(
                        new PhysicalLocation()
                            .withArtifactLocation(new ArtifactLocation().withUri(located.uri()))
                            .withRegion(
                                new Region()
                                    .withStartLine(f.location().line())
                                    .withStartColumn(f.location().column())))));
      }
      PropertyBag properties = new PropertyBag();
      properties.setAdditionalProperty("confidence", Math.round(f.confidence() * 100) / 100.0);
      if (f.suggestion() != null) {
        properties.setAdditionalProperty("suggestion", f.suggestion());
      }
      result.withProperties(properties);
      results.add(result);
    }
    ToolComponent driver =
        new ToolComponent()
            .withName("rightful")
            .withVersion(version)
            .withRules(new LinkedHashSet<>(rules));
    SarifSchema210 log =
        new SarifSchema210()
            .with$schema(URI.create(SarifProblemReport.SCHEMA))
            .withVersion(SarifSchema210.Version._2_1_0)
            .withRuns(
                List.of(
                    new Run()
                        .withTool(new Tool().withDriver(driver))
                        .withColumnKind(Run.ColumnKind.UNICODE_CODE_POINTS)
                        .withResults(results)));
    ObjectMapper mapper =
        new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
            .addMixIn(Result.class, StateLevel.class)
            .addMixIn(ReportingConfiguration.class, StateLevel.class);
    out.println(mapper.writeValueAsString(log));
  }

  // As in SarifProblemReport: every result states its level.
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  private abstract static class StateLevel {}
}
