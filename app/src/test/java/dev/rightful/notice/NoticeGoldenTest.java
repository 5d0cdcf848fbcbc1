package dev.rightful.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.datamap.DataMapLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The notice built from {@code examples/net2phone} against the reference customer's real notice,
 * cell by cell ({@code shared/reference/ccpa-notice-tables.json} next to the repository). Every
 * difference is reported with the cell it is in.
 */
class NoticeGoldenTest {
  private static NoticeDocument notice;
  private static JsonNode reference;

  @BeforeAll
  static void build() throws IOException {
    Path repo = repoRoot();
    notice =
        new NoticeBuilder().build(DataMapLoader.load(repo.resolve("examples/net2phone")).orThrow());
    reference = new ObjectMapper().readTree(referenceFile(repo).toFile());
  }

  @Test
  void business_is_the_reference_company() {
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(notice.business().legalName())
        .as("business.legalName")
        .isEqualTo(reference.at("/business/name").asText());
    soft.assertThat(notice.business().groupName())
        .as("business.groupName")
        .isEqualTo(reference.at("/business/group").asText());
    soft.assertAll();
  }

  @Test
  void categories_match_the_reference_table_cell_by_cell() {
    JsonNode expected = reference.get("categories");
    assertThat(notice.categories()).as("number of category rows").hasSize(expected.size());
    SoftAssertions soft = new SoftAssertions();
    for (int i = 0; i < expected.size(); i++) {
      JsonNode row = expected.get(i);
      NoticeDocument.CategoryRow actual = notice.categories().get(i);
      String cell = "categories[" + i + "] (category " + row.get("id").asText() + ").";
      soft.assertThat(actual.id()).as(cell + "id").isEqualTo(row.get("id").asText());
      soft.assertThat(withoutFinalPeriod(actual.name()))
          .as(cell + "name")
          .isEqualTo(withoutFinalPeriod(row.get("name").asText()));
      soft.assertThat(actual.collected())
          .as(cell + "collected")
          .isEqualTo(row.get("collected").asBoolean());
      soft.assertThat(actual.specifics())
          .as(cell + "specifics")
          .isEqualTo(textOrNull(row, "specifics"));
      soft.assertThat(actual.examples()).as(cell + "examples").isNotBlank();
    }
    soft.assertAll();
  }

  @Test
  void disclosures_match_the_reference_rows_in_order() {
    JsonNode expected = reference.get("disclosures");
    assertThat(notice.disclosures()).as("number of disclosure rows").hasSize(expected.size());
    SoftAssertions soft = new SoftAssertions();
    for (int i = 0; i < expected.size(); i++) {
      JsonNode row = expected.get(i);
      NoticeDocument.Disclosure actual = notice.disclosures().get(i);
      // The reference keeps the notice's own numbers, which skip 5 and 8; ours count 1, 2, 3...
      String cell = "disclosures[" + i + "] (reference row " + row.get("row").asText() + ").";
      soft.assertThat(actual.row()).as(cell + "row").isEqualTo(i + 1);
      soft.assertThat(actual.recipient())
          .as(cell + "recipient")
          .isEqualTo(row.get("recipient").asText());
      soft.assertThat(actual.categories())
          .as(cell + "categories")
          .isEqualTo(texts(row.get("categories")));
      soft.assertThat(actual.purposes())
          .as(cell + "purposes")
          .isEqualTo(texts(row.get("purposes")));
      soft.assertThat(actual.kind()).as(cell + "kind").isNotNull();
    }
    soft.assertAll();
  }

  @Test
  void sold_or_shared_rows_match_the_reference() {
    JsonNode expected = reference.get("soldOrShared");
    assertThat(notice.soldOrShared()).as("number of sold/shared rows").hasSize(expected.size());
    SoftAssertions soft = new SoftAssertions();
    for (int i = 0; i < expected.size(); i++) {
      JsonNode row = expected.get(i);
      NoticeDocument.SoldOrShared actual = notice.soldOrShared().get(i);
      String cell = "soldOrShared[" + i + "].";
      soft.assertThat(actual.recipient())
          .as(cell + "recipient")
          .isEqualTo(row.get("recipient").asText());
      soft.assertThat(actual.categories())
          .as(cell + "categories")
          .isEqualTo(texts(row.get("categories")));
      soft.assertThat(actual.purpose()).as(cell + "purpose").isEqualTo(row.get("purpose").asText());
    }
    soft.assertAll();
  }

  @Test
  void sources_match_the_reference_in_order() {
    List<String> actual =
        notice.sources().stream().map(NoticeDocument.SourceRow::description).toList();
    assertThat(actual).as("sources[].description").isEqualTo(texts(reference.get("sources")));
  }

  @Test
  void every_retention_example_is_in_the_notice() {
    SoftAssertions soft = new SoftAssertions();
    JsonNode examples = reference.get("retentionExamples");
    for (int i = 0; i < examples.size(); i++) {
      String data = examples.get(i).get("data").asText();
      String rule = examples.get(i).get("rule").asText();
      var match = notice.retention().stream().filter(r -> r.data().equals(data)).findFirst();
      soft.assertThat(match)
          .as("retentionExamples[" + i + "].data '" + data + "' among retention[].data")
          .isPresent();
      match.ifPresent(
          r -> soft.assertThat(r.rule()).as("retention '" + r.id() + "'.rule").isEqualTo(rule));
    }
    soft.assertAll();
  }

  @Test
  void rights_are_the_reference_rights_in_order() {
    JsonNode expected = reference.get("rights");
    assertThat(notice.rights()).as("number of rights").hasSize(expected.size());
    SoftAssertions soft = new SoftAssertions();
    for (int i = 0; i < expected.size(); i++) {
      soft.assertThat(expected.get(i).asText())
          .as("rights[" + i + "]: reference text starts with our id")
          .startsWith(notice.rights().get(i).id());
    }
    soft.assertAll();
  }

  @Test
  void contact_matches_the_reference() {
    JsonNode expected = reference.get("contact");
    NoticeDocument.Contact contact = notice.contact();
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(contact.requestUrl())
        .as("contact.requestUrl")
        .isEqualTo(expected.get("requestForm").asText());
    soft.assertThat(contact.tollFree())
        .as("contact.tollFree")
        .isEqualTo(expected.get("tollFree").asText());
    soft.assertThat(contact.email()).as("contact.email").isEqualTo(expected.get("email").asText());
    soft.assertThat(contact.accessibilityEmail())
        .as("contact.accessibilityEmail")
        .isEqualTo(expected.get("accessibility").asText());
    soft.assertThat(contact.cookieSettingsTool())
        .as("contact.cookieSettingsTool")
        .isEqualTo(expected.get("cookieSettingsTool").asBoolean());
    soft.assertThat(contact.processesOptOutPreferenceSignals())
        .as("contact.processesOptOutPreferenceSignals")
        .isEqualTo(expected.get("processesOptOutPreferenceSignals").asBoolean());
    soft.assertAll();
  }

  @Test
  void response_numbers_match_the_reference() {
    JsonNode expected = reference.get("responses");
    NoticeDocument.Responses responses = notice.responses();
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(responses.confirmReceiptWithinBusinessDays() > 0)
        .as("responses.confirmReceiptWithinBusinessDays set")
        .isEqualTo(expected.get("confirmReceipt").asBoolean());
    soft.assertThat(responses.respondWithinDays())
        .as("responses.respondWithinDays")
        .isEqualTo(expected.get("respondWithinDays").asInt());
    soft.assertThat(responses.extensionDays())
        .as("responses.extensionDays")
        .isEqualTo(expected.get("extensionDays").asInt());
    soft.assertThat(responses.maxKnowResponsesPer12Months())
        .as("responses.maxKnowResponsesPer12Months")
        .isEqualTo(expected.get("maxAccessResponsesPer12Months").asInt());
    soft.assertThat(responses.lookbackMonths())
        .as("responses.lookbackMonths")
        .isEqualTo(expected.get("lookbackMonths").asInt());
    soft.assertThat(responses.lookbackEarliest())
        .as("responses.lookbackEarliest")
        .isEqualTo(LocalDate.parse(expected.get("lookbackEarliest").asText()));
    soft.assertAll();
  }

  @Test
  void policies_match_the_reference() {
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(notice.minors().ageThreshold())
        .as("minors.ageThreshold")
        .isEqualTo(reference.at("/minors/ageThreshold").asInt());
    soft.assertThat("under " + notice.minors().parentalConsentUnder())
        .as("minors.parentalConsentUnder")
        .isEqualTo(reference.at("/minors/optInParent").asText());
    soft.assertThat(reference.at("/doNotTrack").asText())
        .as("reference doNotTrack")
        .isEqualTo("not honored");
    soft.assertThat(notice.doNotTrack()).as("doNotTrack").isNotNull();
    if (notice.doNotTrack() != null) {
      soft.assertThat(notice.doNotTrack().honored()).as("doNotTrack.honored").isFalse();
    }
    soft.assertThat(reference.at("/financialIncentives").asText())
        .as("reference financialIncentives")
        .isEqualTo("none offered");
    soft.assertThat(notice.financialIncentives()).as("financialIncentives").isEmpty();
    soft.assertThat(notice.reviewMonths())
        .as("reviewMonths")
        .isEqualTo(reference.at("/noticeReviewMonths").asInt());
    soft.assertThat(notice.nextReviewBy())
        .as("nextReviewBy")
        .isEqualTo(notice.lastUpdated().plusMonths(reference.at("/noticeReviewMonths").asInt()));
    soft.assertAll();
  }

  private static String withoutFinalPeriod(String text) {
    return text != null && text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }

  private static String textOrNull(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(item -> out.add(item.asText()));
    return out;
  }

  /** The repository: system property {@code rightful.repo} (set by surefire) or up from here. */
  static Path repoRoot() {
    String property = System.getProperty("rightful.repo");
    if (property != null) {
      return Path.of(property).toAbsolutePath().normalize();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("examples")) && Files.exists(dir.resolve("pom.xml"))) {
        return dir;
      }
    }
    return fail("cannot find the repository: set -Drightful.repo=<checkout>");
  }

  /**
   * {@code <repo>/../shared/reference/ccpa-notice-tables.json}; a checkout nested one level deeper
   * (a git worktree under {@code wt/}) finds the same file further up.
   */
  static Path referenceFile(Path repo) {
    for (Path dir = repo.getParent(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/reference/ccpa-notice-tables.json");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return fail(
        "no reference tables at "
            + repo.resolveSibling("shared/reference/ccpa-notice-tables.json"));
  }
}
