package dev.rightful.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.testing.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rightful assessments report}: the 7157 submission from the example map. */
class AssessmentsReportTest {
  @TempDir Path dir;

  @Test
  void the_2027_markdown_counts_the_example_sale_assessment_and_carries_the_attestation() {
    CliTest.Run run =
        CliTest.run("assessments", "report", Repo.exampleMap().toString(), "--year", "2027");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("# Risk assessment submission for 2027")
        .contains("- **Business:** Net2Phone Global Services, LLC")
        .contains("- **Period covered:** 2026-01-01 to 2027-12-31")
        .contains("- **Due:** 2028-04-01")
        .contains("- **Risk assessments conducted or updated in the period:** 1")
        .contains("| Selling or sharing personal information | 1 |")
        .contains("| Processing sensitive personal information | 0 |")
        .contains("- G. Geolocation data")
        .contains("| 2026-03-02 | 2026-03-02 | 2026-03-09 | yes |")
        .contains("under penalty of perjury")
        .contains("Signature: ____");
  }

  @Test
  void a_later_year_counts_only_what_was_conducted_or_reviewed_in_it() {
    CliTest.Run run =
        CliTest.run("assessments", "report", Repo.exampleMap().toString(), "--year", "2028");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("- **Period covered:** 2028-01-01 to 2028-12-31")
        .contains("- **Due:** 2029-04-01")
        .contains("in the period:** 0")
        .contains("| Selling or sharing personal information | 0 |");
  }

  @Test
  void html_goes_to_the_file_escaped_with_the_attestation_on_its_own_page() throws Exception {
    Path map = Files.createDirectories(dir.resolve("map"));
    Path example = Repo.exampleMap();
    try (Stream<Path> files = Files.walk(example)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        Path target = map.resolve(example.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
    Path assessment = map.resolve("assessments/ad-partners.yaml");
    Files.writeString(
        assessment,
        Files.readString(assessment)
            .replaceFirst("title: .*", "title: \"Ads <script>alert(1)</script> & partners\""));
    Path out = dir.resolve("submission.html");

    CliTest.Run run =
        CliTest.run(
            "assessments",
            "report",
            map.toString(),
            "--year",
            "2027",
            "--format",
            "html",
            "--out",
            out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    String html = Files.readString(out);
    assertThat(html).doesNotContain("<script>").contains("Ads &lt;script&gt;");
    Document page = Jsoup.parse(html);
    assertThat(page.select("html").attr("lang")).isEqualTo("en");
    assertThat(page.select("h1").text()).isEqualTo("Risk assessment submission for 2027");
    assertThat(page.select("tbody tr").get(0).text())
        .isEqualTo("Selling or sharing personal information 1");
    assertThat(page.select("section.attestation h2").text()).isEqualTo("Attestation");
    assertThat(page.select("section.attestation p").first().text()).contains("penalty of perjury");
    assertThat(html).contains(".attestation{page-break-before:always");
  }

  @Test
  void a_year_before_2027_is_refused_naming_the_first_submission() {
    CliTest.Run run =
        CliTest.run("assessments", "report", Repo.exampleMap().toString(), "--year", "2026");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("the first one, for 2027, covers 2026 and 2027 (7157)");
  }
}
