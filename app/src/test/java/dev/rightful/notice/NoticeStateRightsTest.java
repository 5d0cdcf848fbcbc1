package dev.rightful.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataMapLoader;
import dev.rightful.law.state.Jurisdictions;
import dev.rightful.testing.Repo;
import dev.rightful.testing.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notice's "Your state's rights" section, from the states the example map names. */
class NoticeStateRightsTest {
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
  private static NoticeDocument example;

  @TempDir Path dir;

  @BeforeAll
  static void build() {
    DataMap map = DataMapLoader.load(Repo.root().resolve("examples/net2phone")).orThrow();
    example = new NoticeBuilder().build(map);
  }

  @Test
  void the_example_notice_has_a_section_for_each_state_it_serves_but_california() throws Exception {
    JsonNode states = JSON.readTree(JSON.writeValueAsString(example)).get("stateRights");
    assertThat(states.findValuesAsText("code")).containsExactly("VA", "CO", "CT", "TX", "OR", "NJ");
    JsonNode colorado = states.get(1);
    assertThat(colorado.get("name").asText()).isEqualTo("Colorado");
    assertThat(colorado.get("citation").asText())
        .isEqualTo(Jurisdictions.get("CO").statute().citation());
    assertThat(colorado.get("appeal").get("withinDays").asInt()).isEqualTo(45);
    assertThat(colorado.get("appeal").get("extensionDays").asInt()).isEqualTo(60);
    assertThat(colorado.get("attorneyGeneral").get("url").asText()).isEqualTo("https://coag.gov/");
    assertThat(colorado.get("gpcFrom").asText()).isEqualTo("2024-07-01");
    assertThat(colorado.get("sensitiveData").get("model").asText()).isEqualTo("opt-in-consent");
    assertThat(colorado.get("sensitiveData").get("statement").asText())
        .isEqualTo("We do not collect sensitive data.");
    assertThat(colorado.get("rights").findValuesAsText("id"))
        .containsExactly(
            "confirm-and-access",
            "portability",
            "delete",
            "correct",
            "opt-out-of-targeted-advertising",
            "opt-out-of-sale",
            "opt-out-of-profiling");
    JsonNode virginia = states.get(0);
    assertThat(virginia.get("appeal").get("withinDays").asInt()).isEqualTo(60);
    assertThat(virginia.get("gpcFrom").isNull()).isTrue();
  }

  @Test
  void a_right_an_amendment_grants_after_the_notice_date_carries_its_date() {
    // Net2Phone's notice is dated 2026-06-01; Connecticut's right to question profiling starts
    // 2026-07-01.
    NoticeDocument.StateRights ct =
        example.stateRights().stream().filter(s -> s.code().equals("CT")).findFirst().orElseThrow();
    NoticeDocument.StateRight question =
        ct.rights().stream()
            .filter(r -> r.id().equals("question-profiling"))
            .findFirst()
            .orElseThrow();
    assertThat(question.from()).hasToString("2026-07-01");
    assertThat(
            ct.rights().stream()
                .filter(r -> r.id().equals("delete"))
                .findFirst()
                .orElseThrow()
                .from())
        .isNull();
  }

  @Test
  void the_html_page_shows_each_state_with_its_appeal_deadline_and_attorney_general_link() {
    Document page = Jsoup.parse(new HtmlNotice().render(example));
    Element section = page.getElementById("state-rights");
    assertThat(section).isNotNull();
    assertThat(section.text()).isEqualTo("Your state's rights");
    assertThat(page.select("section.state h3").eachText())
        .containsExactly("Virginia", "Colorado", "Connecticut", "Texas", "Oregon", "New Jersey");
    Element colorado = page.getElementById("state-CO").parent();
    assertThat(colorado.text())
        .contains(
            "Under the Colorado Privacy Act (C.R.S. §§ 6-1-1301–1313), you have these rights:")
        .contains("Right to opt out of profiling")
        .contains(
            "We decide an appeal within 45 days of receiving it (or, where necessary and after"
                + " telling you why, within 105 days)")
        .contains("We respond within 45 days of receiving your request.")
        .contains("We treat a Global Privacy Control signal");
    assertThat(colorado.select("a[href=https://coag.gov/]").eachText())
        .containsExactly("https://coag.gov/");
    assertThat(colorado.select("a[href^=mailto:]")).hasSize(1);
    Element virginia = page.getElementById("state-VA").parent();
    assertThat(virginia.text())
        .contains("Under Virginia's Consumer Data Protection Act (Va. Code §§ 59.1-575–585)")
        .contains("We decide an appeal within 60 days of receiving it and");
    assertThat(page.select("nav a[href=#state-rights]")).hasSize(1);
  }

  @Test
  void the_markdown_notice_says_the_same() {
    String markdown = new MarkdownNotice().render(example);
    assertThat(markdown)
        .contains("## Your state's rights")
        .contains("### Colorado")
        .contains("[https://coag.gov/](<https://coag.gov/>)")
        .contains("within 105 days");
  }

  @Test
  void utah_has_no_appeal_and_iowa_answers_in_90_days() throws IOException {
    NoticeDocument doc = withStates("[UT, IA]");
    NoticeDocument.StateRights utah = doc.stateRights().get(0);
    assertThat(utah.appeal()).isNull();
    Document page = Jsoup.parse(new HtmlNotice().render(doc));
    assertThat(page.getElementById("state-UT").parent().text())
        .contains("Utah law provides no appeal.")
        .doesNotContain("We decide an appeal");
    assertThat(page.getElementById("state-IA").parent().text())
        .contains("We respond within 90 days of receiving your request.")
        .contains("take at most 45 more")
        .contains("You may make 2 requests free of charge in any 12 months");
  }

  @Test
  void texas_notice_of_a_company_selling_sensitive_data_prints_the_statutory_sentence()
      throws IOException {
    SmallMap.load(dir, false);
    Path map = dir.resolve("map.yaml");
    String text = Files.readString(map);
    String notCollected = "  L:\n    collected: false";
    assertThat(text).contains(notCollected);
    Files.writeString(
        map, text.replace(notCollected, "  L:\n    collected: true\n    specifics: Health data."));
    Files.writeString(
        dir.resolve("sale.yaml"),
        "recipients:\n  - id: brokers\n    kind: third-party\n    description: Data brokers\n"
            + "    categories: [A, L]\n    purposes: [ads]\n    transfer: sale\n");
    Files.writeString(dir.resolve("states.yaml"), "jurisdictions:\n  operates: [TX, VA]\n");
    NoticeDocument doc = new NoticeBuilder().build(DataMapLoader.load(dir).orThrow());

    assertThat(doc.stateRights().get(0).notices())
        .containsExactly("NOTICE: We may sell your sensitive personal data.");
    assertThat(doc.stateRights().get(1).notices())
        .as("Virginia requires no such sentence")
        .isEmpty();
    Document page = Jsoup.parse(new HtmlNotice().render(doc));
    assertThat(page.getElementById("state-TX").parent().select("strong").eachText())
        .contains("NOTICE: We may sell your sensitive personal data.");
    assertThat(page.getElementById("state-TX").parent().text())
        .contains("We process sensitive data about you only with your prior consent");

    // A share alone is no sale: the sentence goes.
    Files.writeString(
        dir.resolve("sale.yaml"),
        Files.readString(dir.resolve("sale.yaml")).replace("transfer: sale", "transfer: share"));
    assertThat(
            new NoticeBuilder()
                .build(DataMapLoader.load(dir).orThrow())
                .stateRights()
                .get(0)
                .notices())
        .isEmpty();
  }

  @Test
  void a_map_naming_no_state_has_no_state_section_and_no_json_field() throws Exception {
    DataMap map = DataMapLoader.load(copyOfExample(null)).orThrow();
    NoticeDocument doc = new NoticeBuilder().build(map);
    assertThat(doc.stateRights()).isEmpty();
    assertThat(JSON.readTree(JSON.writeValueAsString(doc)).has("stateRights")).isFalse();
    Document page = Jsoup.parse(new HtmlNotice().render(doc));
    assertThat(page.getElementById("state-rights")).isNull();
    assertThat(new MarkdownNotice().render(doc)).doesNotContain("Your state's rights");
  }

  @Test
  void the_served_json_notice_carries_the_states_and_passes_the_api_contract() throws Exception {
    try (TestServer server = TestServer.start()) {
      var response = server.get("/api/v1/notice");
      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode states = JSON.readTree(response.body()).get("stateRights");
      assertThat(states.findValuesAsText("code"))
          .containsExactly("VA", "CO", "CT", "TX", "OR", "NJ");
      var page = Jsoup.parse(server.get("/privacy/notice").body());
      assertThat(page.select("section.state h3")).hasSize(6);
    }
  }

  private NoticeDocument withStates(String codes) throws IOException {
    return new NoticeBuilder().build(DataMapLoader.load(copyOfExample(codes)).orThrow());
  }

  /** The example map with its {@code operates} list replaced by {@code codes}, or removed. */
  private Path copyOfExample(String codes) throws IOException {
    Path example = Repo.root().resolve("examples/net2phone");
    try (var files = Files.list(example)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        Files.copy(file, dir.resolve(file.getFileName()));
      }
    }
    Path business = dir.resolve("business.yaml");
    String text = Files.readString(business);
    String operates = "  operates: [CA, VA, CO, CT, TX, OR, NJ]";
    assertThat(text).contains(operates);
    Files.writeString(
        business,
        codes == null
            ? text.replace(operates, "  operates: [CA]")
            : text.replace(operates, "  operates: " + codes));
    return dir;
  }
}
