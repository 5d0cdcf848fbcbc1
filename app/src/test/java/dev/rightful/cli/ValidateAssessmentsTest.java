package dev.rightful.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.testing.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rightful validate} on the example map's risk assessments (11 CCR 7150(b), 7155). */
class ValidateAssessmentsTest {
  @TempDir Path dir;

  @Test
  void the_example_map_with_its_assessment_is_valid_through_2027() throws Exception {
    Path map = copyOfExample();

    CliTest.Run run = CliTest.run("validate", map.toString(), "--as-of", "2027-12-31");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out() + run.err()).doesNotContain("7150").doesNotContain("7155");
  }

  @Test
  void without_its_assessment_the_sale_warns_until_2027_12_31_and_fails_after() throws Exception {
    Path map = copyOfExample();
    Files.delete(map.resolve("assessments/ad-partners.yaml"));

    CliTest.Run before = CliTest.run("validate", map.toString(), "--as-of", "2027-12-31");
    CliTest.Run after = CliTest.run("validate", map.toString(), "--as-of", "2028-01-01");

    assertThat(before.exitCode()).isZero();
    assertThat(before.out())
        .contains(
            "warning: recipient 'ad-partners': selling or sharing personal information needs a"
                + " risk assessment, and no file in assessments/ covers it: it is due by"
                + " 2027-12-31")
        .contains("[7150(b)(1), 7155]");
    assertThat(after.exitCode()).isEqualTo(1);
    int line = Files.readAllLines(map.resolve("disclosures.yaml")).indexOf("  - id: ad-partners");
    assertThat(after.err())
        .contains(
            map.resolve("disclosures.yaml")
                + ":"
                + (line + 1)
                + ":5: recipient 'ad-partners': selling or sharing personal information needs"
                + " a risk assessment, and no file in assessments/ covers it: it was due by"
                + " 2027-12-31 (see docs/assessments.md) [7150(b)(1), 7155]");
  }

  @Test
  void an_assessment_reviewed_three_years_ago_fails_from_the_anniversary() throws Exception {
    Path map = copyOfExample();

    CliTest.Run dayBefore = CliTest.run("validate", map.toString(), "--as-of", "2029-03-01");
    CliTest.Run anniversary = CliTest.run("validate", map.toString(), "--as-of", "2029-03-02");

    assertThat(dayBefore.err()).doesNotContain("three years");
    assertThat(anniversary.exitCode()).isEqualTo(1);
    assertThat(anniversary.err())
        .contains(
            map.resolve("assessments/ad-partners.yaml")
                + ":41:15: assessment 'ad-partners-sale-share' was last reviewed 2026-03-02: a"
                + " review is due at least every three years, so it was overdue from 2029-03-02"
                + " [7155]");
  }

  @Test
  void a_change_to_what_it_covers_fails_and_prints_the_digest_to_paste() throws Exception {
    Path map = copyOfExample();
    Path disclosures = map.resolve("disclosures.yaml");
    String text = Files.readString(disclosures);
    String widened =
        text.replace(
            "    categories: [A, D, F, G]\n    purposes: [cross-context-advertising]",
            "    categories: [A, B, D, F, G]\n    purposes: [cross-context-advertising]");
    assertThat(widened).isNotEqualTo(text);
    Files.writeString(disclosures, widened);

    CliTest.Run run = CliTest.run("validate", map.toString(), "--as-of", "2027-01-01");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("the map changed what assessment 'ad-partners-sale-share' covers")
        .contains("[7155]");
    String digest =
        run.err().replaceAll("(?s).*set 'lastReviewed' and 'coversDigest: ([^']+)'.*", "$1");
    assertThat(digest).matches("sha256:[0-9a-f]{16}");

    Path assessment = map.resolve("assessments/ad-partners.yaml");
    Files.writeString(
        assessment,
        Files.readString(assessment)
            .replaceAll("coversDigest: \\S+", "coversDigest: " + digest)
            .replace("lastReviewed: 2026-03-02", "lastReviewed: 2026-12-20"));
    CliTest.Run updated = CliTest.run("validate", map.toString(), "--as-of", "2027-01-01");
    assertThat(updated.exitCode()).as(updated.err()).isZero();
  }

  @Test
  void a_material_change_dated_in_the_assessment_warns_for_45_days() throws Exception {
    Path map = copyOfExample();
    Path disclosures = map.resolve("disclosures.yaml");
    Files.writeString(
        disclosures,
        Files.readString(disclosures)
            .replace(
                "    categories: [A, D, F, G]\n    purposes: [cross-context-advertising]",
                "    categories: [A, D, F]\n    purposes: [cross-context-advertising]"));
    Path assessment = map.resolve("assessments/ad-partners.yaml");
    Files.writeString(assessment, Files.readString(assessment) + "materialChange: 2027-01-31\n");

    CliTest.Run inTime = CliTest.run("validate", map.toString(), "--as-of", "2027-03-17");
    CliTest.Run late = CliTest.run("validate", map.toString(), "--as-of", "2027-03-18");

    assertThat(inTime.exitCode()).as(inTime.err()).isZero();
    assertThat(inTime.out()).contains("within 45 days of the change, by 2027-03-17");
    assertThat(late.exitCode()).isEqualTo(1);
    assertThat(late.err()).contains("it was due by 2027-03-17");
  }

  @Test
  void an_assessment_missing_7152_content_or_covering_an_unknown_recipient_fails_with_its_line()
      throws Exception {
    Path map = copyOfExample();
    Files.writeString(
        map.resolve("assessments/broken.yaml"),
        """
        id: broken
        covers:
          recipients: [data-brokers]
        purpose: Resale.
        categories: [A]
        proceed: true
        conducted: 2026-02-01
        lastReviewed: 2026-02-01
        approved: 2026-02-30
        coversDigest: sha256:0000000000000000
        """);

    CliTest.Run run = CliTest.run("validate", map.toString(), "--as-of", "2027-01-01");

    Path file = map.resolve("assessments/broken.yaml");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(file + ":1:1: assessment needs 'safeguards': a list of at least one entry (7152)")
        .contains(file + ":1:1: assessment needs 'approvers'")
        .contains(file + ":9:11: malformed date '2026-02-30': write YYYY-MM-DD")
        .contains(
            file
                + ":1:1: assessment 'broken' covers recipient 'data-brokers', which the map does"
                + " not hold");
  }

  private Path copyOfExample() throws IOException {
    Path map = Files.createDirectories(dir.resolve("map"));
    Path example = Repo.exampleMap();
    try (Stream<Path> files = Files.walk(example)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        Path target = map.resolve(example.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
    return map;
  }
}
