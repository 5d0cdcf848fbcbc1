package dev.rightful.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoticeBuilderTest {
  // The mapper a web layer would use: the time module, default settings otherwise.
  private static final ObjectMapper JSON =
      JsonMapper.builder().addModule(new JavaTimeModule()).build();

  @TempDir Path dir;

  @Test
  void nothing_sold_leaves_the_sale_list_empty_and_keeps_the_disclosure() {
    NoticeDocument notice = SmallMap.notice(dir, false);

    assertThat(notice.sellsOrShares()).isFalse();
    assertThat(notice.soldOrShared()).isEmpty();
    assertThat(notice.disclosures())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.row()).isEqualTo(1);
              assertThat(row.recipient()).isEqualTo("Cloud hosting providers");
              assertThat(row.kind()).isEqualTo("service-provider");
              assertThat(row.categories()).containsExactly("A", "D");
              assertThat(row.purposes()).containsExactly("Storage, hosting.");
            });
  }

  @Test
  void a_share_recipient_moves_to_the_sale_list_with_its_purpose_words() {
    NoticeDocument notice = SmallMap.notice(dir, true);

    assertThat(notice.disclosures())
        .extracting(NoticeDocument.Disclosure::id)
        .containsExactly("cloud");
    assertThat(notice.soldOrShared())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.recipient()).isEqualTo("Advertising partners");
              assertThat(row.transfer()).isEqualTo("share");
              assertThat(row.categories()).containsExactly("A");
              assertThat(row.purpose()).isEqualTo("Cross-context behavioral advertising.");
            });
  }

  @Test
  void uses_list_only_purposes_listed_as_uses_and_every_category_has_a_row() {
    NoticeDocument notice = SmallMap.notice(dir, false);

    assertThat(notice.purposes()).extracting(NoticeDocument.Use::id).containsExactly("orders");
    assertThat(notice.categories())
        .extracting(NoticeDocument.CategoryRow::id)
        .containsExactly("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L");
    assertThat(notice.categories().get(1).collected()).isFalse();
    assertThat(notice.categories().get(1).specifics()).isNull();
    assertThat(notice.sensitivePersonalInformation().collected()).isFalse();
    assertThat(notice.nextReviewBy()).hasToString("2027-03-02");
  }

  @Test
  void json_has_the_documented_field_names() throws Exception {
    JsonNode json = JSON.readTree(JSON.writeValueAsString(SmallMap.notice(dir, true)));

    assertThat(names(json))
        .containsExactlyInAnyOrder(
            "business",
            "lastUpdated",
            "reviewMonths",
            "nextReviewBy",
            "categories",
            "disclosures",
            "soldOrShared",
            "sources",
            "purposes",
            "retention",
            "rights",
            "contact",
            "requestMethods",
            "optOutMethods",
            "limitMethods",
            "responses",
            "verification",
            "minors",
            "doNotTrack",
            "financialIncentives",
            "sensitivePersonalInformation",
            "serviceProviderContracts");
    assertThat(names(json.get("business"))).contains("legalName", "groupName");
    assertThat(json.get("lastUpdated").asText()).isEqualTo("2026-03-02");
    assertThat(json.get("nextReviewBy").asText()).isEqualTo("2027-03-02");
    assertThat(names(json.at("/categories/0")))
        .containsExactlyInAnyOrder("id", "name", "collected", "examples", "specifics");
    assertThat(names(json.at("/disclosures/0")))
        .contains("row", "recipient", "kind", "categories", "purposes");
    assertThat(names(json.at("/soldOrShared/0"))).contains("recipient", "categories", "purpose");
    assertThat(names(json.at("/sources/0")))
        .containsExactlyInAnyOrder("id", "description", "categories");
    assertThat(names(json.at("/purposes/0"))).containsExactlyInAnyOrder("id", "description");
    assertThat(names(json.at("/retention/0")))
        .containsExactlyInAnyOrder("id", "data", "rule", "period", "action", "basis", "categories");
    assertThat(json.at("/retention/0/period").asText()).isEqualTo("P6Y");
    assertThat(names(json.at("/rights/0"))).containsExactlyInAnyOrder("id", "title", "description");
    assertThat(names(json.get("contact")))
        .contains(
            "email",
            "tollFree",
            "requestUrl",
            "accessibilityEmail",
            "cookieSettingsTool",
            "processesOptOutPreferenceSignals");
    assertThat(json.at("/contact/processesOptOutPreferenceSignals").asBoolean()).isTrue();
    assertThat(json.at("/contact/cookieSettingsTool").asBoolean()).isFalse();
    JsonNode responses = json.get("responses");
    assertThat(responses.get("confirmReceiptWithinBusinessDays").asInt()).isEqualTo(10);
    assertThat(responses.get("respondWithinDays").asInt()).isEqualTo(45);
    assertThat(responses.get("extensionDays").asInt()).isEqualTo(45);
    assertThat(responses.get("maxKnowResponsesPer12Months").asInt()).isEqualTo(2);
    assertThat(responses.get("lookbackMonths").asInt()).isEqualTo(12);
    assertThat(responses.get("lookbackEarliest").asText()).isEqualTo("2022-01-01");
    assertThat(names(json.get("doNotTrack"))).containsExactlyInAnyOrder("honored", "statement");
    assertThat(names(json.get("sensitivePersonalInformation")))
        .containsExactlyInAnyOrder("collected", "kinds", "limitStatement");
    assertThat(json.at("/requestMethods/0").asText()).isEqualTo("web-form");
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
