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
import java.io.PrintWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code validate --format sarif}: a SARIF 2.1.0 log with one run, its rules (one per check code)
 * and one result per problem, located by file (relative to the working directory), line and column,
 * so that GitHub code scanning (upload-sarif) and other viewers annotate the YAML line.
 */
final class SarifProblemReport {
  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  private SarifProblemReport() {}

  static void write(List<ReportedProblem> problems, String version, PrintWriter out)
      throws JsonProcessingException {
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    List<ReportingDescriptor> rules = new ArrayList<>();
    List<Result> results = new ArrayList<>();
    for (ReportedProblem p : problems) {
      Integer index =
          ruleIndex.computeIfAbsent(
              p.code(),
              code -> {
                rules.add(rule(code));
                return rules.size() - 1;
              });
      results.add(result(p, index));
    }
    ToolComponent driver =
        new ToolComponent()
            .withName("rightful")
            .withVersion(version)
            .withRules(new java.util.LinkedHashSet<>(rules));
    SarifSchema210 log =
        new SarifSchema210()
            .with$schema(URI.create(SCHEMA))
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
            // The generated classes start every collection empty; SARIF treats absent and empty
            // alike, and the log stays readable.
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
            // The generated classes leave out a value equal to their default (NON_DEFAULT), so a
            // warning's level would vanish and a reader would take the rule's default level:
            // every result and rule states its level.
            .addMixIn(Result.class, StateLevel.class)
            .addMixIn(ReportingConfiguration.class, StateLevel.class);
    out.println(mapper.writeValueAsString(log));
  }

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  private abstract static class StateLevel {}

  private static ReportingDescriptor rule(String code) {
    boolean structure = code.equals(ReportedProblem.STRUCTURE);
    String text =
        structure
            ? "The data map's structure: a value missing, of the wrong type or naming nothing"
            : "Rightful " + code.replace('-', ' ') + " (docs/rules.md), as the notice must meet it";
    return new ReportingDescriptor()
        .withId(code)
        .withName(structure ? "DataMapStructure" : "Rule" + code.substring("rule-".length()))
        .withShortDescription(new MultiformatMessageString().withText(text))
        .withDefaultConfiguration(
            new ReportingConfiguration()
                .withRank(null)
                .withLevel(
                    structure
                        ? ReportingConfiguration.Level.ERROR
                        : ReportingConfiguration.Level.WARNING));
  }

  private static Result result(ReportedProblem p, int ruleIndex) {
    Result result =
        new Result()
            .withRuleId(p.code())
            .withRuleIndex(ruleIndex)
            .withLevel(p.isError() ? Result.Level.ERROR : Result.Level.WARNING)
            .withMessage(new Message().withText(p.problem().message()))
            .withLocations(
                List.of(
                    new Location()
                        .withPhysicalLocation(
                            new PhysicalLocation()
                                .withArtifactLocation(new ArtifactLocation().withUri(p.uri()))
                                .withRegion(
                                    new Region()
                                        .withStartLine(p.line())
                                        .withStartColumn(p.column())))))
            // Unranked: the generated default (-1, "no rank") is noise in every result.
            .withRank(null);
    if (p.citation() != null) {
      PropertyBag properties = new PropertyBag();
      properties.setAdditionalProperty("citation", p.citation());
      result.withProperties(properties);
    }
    return result;
  }
}
