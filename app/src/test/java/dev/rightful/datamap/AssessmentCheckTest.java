package dev.rightful.datamap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.law.RiskAssessmentTrigger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The risk-assessment triggers a map shows and the findings on its assessments (7150, 7155). */
class AssessmentCheckTest {
  private static final String SSN =
      "          - name: created_at\n          - name: ssn\n            sensitive: government-id\n";

  @TempDir Path dir;

  @Test
  void a_sale_recipient_and_a_sensitive_field_are_the_triggers_located_where_the_map_states_them() {
    SampleMap sample =
        new SampleMap().replace("systems.yaml", "          - name: created_at\n", SSN);
    DataMap map = sample.load(dir).orThrow();

    List<AssessmentCheck.Trigger> triggers = AssessmentCheck.triggers(map);

    assertThat(triggers)
        .extracting(AssessmentCheck.Trigger::kind, AssessmentCheck.Trigger::ref)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(RiskAssessmentTrigger.SALE_OR_SHARE, "ad-partners"),
            org.assertj.core.groups.Tuple.tuple(RiskAssessmentTrigger.SENSITIVE, "government-id"));
    assertThat(triggers.get(1).location().toString())
        .isEqualTo(sample.position(dir, "systems.yaml", "name: ssn"));
    assertThat(triggers.get(0).location().toString())
        .isEqualTo(sample.position(dir, "disclosures.yaml", "id: ad-partners"));
  }

  @Test
  void a_sale_that_started_in_2026_is_due_the_day_it_started() {
    DataMap map =
        new SampleMap()
            .replace(
                "disclosures.yaml",
                "transfer: sale-and-share",
                "transfer: sale\n    since: 2026-05-01")
            .load(dir)
            .orThrow();

    assertThat(findings(map, List.of(), "2026-05-01"))
        .singleElement()
        .satisfies(p -> assertThat(p.isError()).isFalse())
        .satisfies(p -> assertThat(p.message()).contains("it is due by 2026-05-01"));
    assertThat(findings(map, List.of(), "2026-05-02"))
        .singleElement()
        .satisfies(p -> assertThat(p.isError()).isTrue())
        .satisfies(p -> assertThat(p.rule()).isEqualTo("7150(b)(1), 7155"));
  }

  @Test
  void an_assessment_of_category_l_covers_every_sensitive_kind() throws IOException {
    DataMap map =
        new SampleMap()
            .replace("systems.yaml", "          - name: created_at\n", SSN)
            .load(dir)
            .orThrow();
    Assessment sensitive = write(map, "sensitive", "  sensitive: [L]\n", true);
    Assessment sale = write(map, "sale", "  recipients: [ad-partners]\n", true);

    assertThat(findings(map, List.of(sensitive, sale), "2028-06-01")).isEmpty();
    assertThat(findings(map, List.of(sale), "2028-06-01"))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message())
                    .startsWith("sensitive personal information 'government-id'"))
        .satisfies(p -> assertThat(p.rule()).isEqualTo("7150(b)(2), 7155"));
  }

  @Test
  void an_assessment_that_said_not_to_proceed_fails_while_the_map_still_sells() throws IOException {
    DataMap map = new SampleMap().load(dir).orThrow();
    Assessment refused = write(map, "sale", "  recipients: [ad-partners]\n", false);

    assertThat(findings(map, List.of(refused), "2027-01-01"))
        .singleElement()
        .satisfies(p -> assertThat(p.isError()).isTrue())
        .satisfies(p -> assertThat(p.rule()).isEqualTo("7154"))
        .satisfies(p -> assertThat(p.message()).contains("'proceed: false'"));
  }

  @Test
  void the_digest_ignores_list_order_and_follows_every_covered_fact() {
    Assessment.Covers covers =
        new Assessment.Covers(List.of("ad-partners"), List.of(), List.of("ads"));
    String base = AssessmentCheck.digest(new SampleMap().load(sub("a")).map(), covers);
    String widened =
        AssessmentCheck.digest(
            new SampleMap()
                .replace(
                    "disclosures.yaml",
                    "categories: [F]\n    purposes: [ads]",
                    "categories: [F, A]\n    purposes: [ads]")
                .load(sub("c"))
                .map(),
            covers);
    String widenedTheOtherWay =
        AssessmentCheck.digest(
            new SampleMap()
                .replace(
                    "disclosures.yaml",
                    "categories: [F]\n    purposes: [ads]",
                    "categories: [A, F]\n    purposes: [ads]")
                .load(sub("b"))
                .map(),
            covers);
    String narrowed =
        AssessmentCheck.digest(
            new SampleMap()
                .replace(
                    "disclosures.yaml",
                    "categories: [A, F]\n    purposes: [hosting]",
                    "categories: [A]\n    purposes: [hosting]")
                .load(sub("d"))
                .map(),
            covers);
    String reworded =
        AssessmentCheck.digest(
            new SampleMap()
                .replace("disclosures.yaml", "Cross-context behavioral advertising.", "Ads.")
                .load(sub("e"))
                .map(),
            covers);

    assertThat(base).matches("sha256:[0-9a-f]{16}");
    assertThat(widened).isNotEqualTo(base).isEqualTo(widenedTheOtherWay);
    assertThat(reworded).isNotEqualTo(base);
    // The cloud recipient is not covered, so changing it leaves the digest alone.
    assertThat(narrowed).isEqualTo(base);
  }

  @Test
  void the_map_loader_leaves_the_assessments_folder_to_the_assessment_loader() throws IOException {
    new SampleMap().writeTo(dir);
    Files.createDirectories(dir.resolve("assessments"));
    Files.writeString(dir.resolve("assessments/x.yaml"), "id: x\n");

    assertThat(DataMapLoader.load(dir).problems()).isEmpty();
    assertThat(AssessmentLoader.load(dir).problems())
        .extracting(Problem::message)
        .contains(
            "assessment needs 'covers': the map's recipients, sensitive kinds or purposes it assesses");
  }

  private Path sub(String name) {
    try {
      return Files.createDirectories(dir.resolve(name));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<Problem> findings(DataMap map, List<Assessment> assessments, String today) {
    return AssessmentCheck.check(map, assessments, LocalDate.parse(today));
  }

  /** Writes a complete assessment with the current digest and reads it back. */
  private Assessment write(DataMap map, String id, String covers, boolean proceed)
      throws IOException {
    Path folder = Files.createDirectories(dir.resolve("assessments"));
    String yaml =
        """
        id: %s
        covers:
        %spurpose: Advertising.
        categories: [A, F]
        operationalElements: [Cookies.]
        benefits: [Reach.]
        negativeImpacts: [Profiling.]
        safeguards: [Opt-out.]
        proceed: %s
        reviewers: [Privacy team]
        approvers: [Counsel]
        conducted: 2026-02-01
        lastReviewed: 2026-02-01
        approved: 2026-02-02
        coversDigest: sha256:0000000000000000
        """
            .formatted(id, covers, proceed);
    Files.writeString(folder.resolve(id + ".yaml"), yaml);
    Assessment read =
        AssessmentLoader.load(dir).assessments().stream()
            .filter(a -> a.id().equals(id))
            .findFirst()
            .orElseThrow();
    String digest = AssessmentCheck.digest(map, read.covers());
    Files.writeString(
        folder.resolve(id + ".yaml"), yaml.replace("sha256:0000000000000000", digest));
    return AssessmentLoader.load(dir).assessments().stream()
        .filter(a -> a.id().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
