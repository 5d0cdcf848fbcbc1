package dev.rightful.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.datamap.Location;
import dev.rightful.datamap.Problem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Where the machine formats of {@code validate} say a problem is, and under which code. */
class ReportedProblemTest {
  private static final Path CHECKOUT = Path.of("/home/runner/work/acme/acme");

  @Test
  void a_file_below_the_working_directory_is_relative_and_percent_encoded_as_a_uri() {
    ReportedProblem p =
        ReportedProblem.of(
            Problem.error(new Location(CHECKOUT.resolve("privacy map/business.yaml"), 3, 5), "x"),
            CHECKOUT);

    assertThat(p.file()).isEqualTo("privacy map/business.yaml");
    assertThat(p.uri()).isEqualTo("privacy%20map/business.yaml");
    assertThat(p.code()).isEqualTo("datamap");
  }

  @Test
  void a_file_outside_the_working_directory_stays_absolute_as_a_file_uri() {
    ReportedProblem p =
        ReportedProblem.of(
            Problem.error(new Location(Path.of("/srv/maps/../maps/a.yaml"), 1, 1), "x"), CHECKOUT);

    assertThat(p.file()).isEqualTo("/srv/maps/a.yaml");
    assertThat(p.uri()).isEqualTo("file:///srv/maps/a.yaml");
  }

  @Test
  void a_lint_finding_is_coded_by_its_rule_number() {
    assertThat(ReportedProblem.code("rule 37, 7014(h), 7027(m)")).isEqualTo("rule-37");
    assertThat(ReportedProblem.code("rule 1, CC 1798.130(a)(1)(A)")).isEqualTo("rule-1");
    assertThat(ReportedProblem.code("CC 1798.100")).isEqualTo("datamap");
    assertThat(ReportedProblem.code(null)).isEqualTo("datamap");
  }
}
