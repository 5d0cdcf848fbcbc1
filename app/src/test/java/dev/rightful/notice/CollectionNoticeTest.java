package dev.rightful.notice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataMapLoader;
import dev.rightful.testing.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notices at collection built from the example company's map: each says what the full notice
 * says about the categories collected at its point, and nothing the map does not.
 */
class CollectionNoticeTest {
  private static final String CENTER = "https://privacy.net2phone.example";
  private static DataMap map;
  private static NoticeDocument notice;
  private static List<CollectionNotice> notices;

  @BeforeAll
  static void build() {
    map = DataMapLoader.load(Repo.exampleMap()).orThrow();
    notice = new NoticeBuilder().build(map, CENTER);
    notices = new CollectionNoticeBuilder().build(map, notice);
  }

  private static CollectionNotice point(String id) {
    return notices.stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void the_example_names_its_four_collection_points_and_the_full_notice_links_each() {
    assertThat(notices)
        .extracting(CollectionNotice::id)
        .containsExactlyInAnyOrder(
            "web-signup", "support-calls", "job-application", "cookie-banner");
    assertThat(notice.collectionNotices())
        .extracting(CollectionNotice.Link::path)
        .contains("/notice/collection/support-calls", "/notice/collection/cookie-banner");
    assertThat(new MarkdownNotice().render(notice))
        .contains(NoticeText.COLLECTION_NOTICES_LEAD)
        .contains("[Job application page](</notice/collection/job-application>)");
  }

  @Test
  void the_call_line_notice_takes_its_rows_from_the_full_notice() {
    CollectionNotice calls = point("support-calls");

    assertThat(calls.oral()).isTrue();
    assertThat(calls.categories())
        .extracting(CollectionNotice.Collected::id)
        .containsExactly("A", "B", "D", "H");
    // The specifics are the full notice's own cells, not a second wording.
    assertThat(calls.categories().get(3).specifics())
        .isEqualTo(notice.categories().get(7).specifics())
        .contains("calls with our sales or customer support team");
    // Ad partners receive A, D, F and G: of what a call collects, A and D are sold or shared.
    assertThat(calls.soldOrShared()).isTrue();
    assertThat(calls.soldOrSharedCategories()).containsExactly("A", "D");
    assertThat(calls.optOutUrl()).isEqualTo(CENTER + "/privacy/do-not-sell");
    assertThat(calls.limitUrl()).isNull();
    assertThat(calls.retention())
        .extracting(CollectionNotice.Kept::data)
        .containsExactly(
            "Customer account information",
            "Data needed to resolve disputes",
            "Call records, recordings and transcripts");
    assertThat(calls.purposes()).anyMatch(p -> p.contains("OpenAI"));
    assertThat(calls.noticeUrl()).isEqualTo(CENTER + "/privacy/notice");
  }

  @Test
  void the_oral_script_is_speakable_and_says_what_the_written_notice_says() {
    String script = CollectionRoutes.text(point("support-calls"));

    assertThat(script)
        .startsWith(
            "Before we continue: this call may be recorded, and Net2Phone Global Services,"
                + " LLC collects personal information during it.")
        .contains("the recording of this call and its transcript")
        .contains("you can opt out at any time, including by calling +1 866-978-8260")
        .contains("privacy.net2phone.example slash privacy slash notice")
        .contains("We keep it while the account is active")
        .contains("1 year, then deleted for call records, recordings and transcripts")
        .doesNotContain("https://", "Category", "*");
  }

  @Test
  void the_job_application_notice_keeps_only_the_applicants_retention_rule() {
    CollectionNotice jobs = point("job-application");

    assertThat(jobs.oral()).isFalse();
    assertThat(jobs.categories())
        .extracting(CollectionNotice.Collected::id)
        .containsExactly("A", "B", "I");
    assertThat(jobs.retention())
        .singleElement()
        .satisfies(kept -> assertThat(kept.categories()).containsExactly("A", "B", "I"));
    assertThat(CollectionRoutes.text(jobs))
        .startsWith("Notice at collection: Job application page")
        .contains("- Category I: Professional or employment-related information");
  }

  @Test
  void the_cookie_banner_line_says_the_cookies_sell_or_share() {
    String line = CollectionNoticeText.bannerLine(point("cookie-banner"));

    assertThat(line)
        .isEqualTo(
            "Through cookies on this site we collect identifiers such as your name, contact"
                + " details and IP address; your activity on our website; and your approximate"
                + " location, to run the site and, with our advertising partners, to show you ads"
                + " (a sale or share).");
  }

  @Test
  void the_notice_says_service_providers_are_bound_by_contract_only_when_the_map_shows_it(
      @TempDir Path dir) throws Exception {
    assertThat(notice.serviceProviderContracts()).isTrue();
    assertThat(new MarkdownNotice().render(notice)).contains(NoticeText.SERVICE_PROVIDER_CONTRACTS);

    NoticeDocument bound = SmallMap.notice(dir, false);
    assertThat(bound.serviceProviderContracts()).isTrue();

    Path map = dir.resolve("map.yaml");
    String yaml = Files.readString(map);
    String contract = yaml.lines().filter(l -> l.contains("DPA-1")).findFirst().orElseThrow();
    // A contract missing one term is no basis for the sentence.
    Files.writeString(
        map,
        yaml.replace(
            contract, contract.replace("consumerRequests: true", "consumerRequests: false")));
    NoticeDocument unbound = new NoticeBuilder().build(DataMapLoader.load(dir).orThrow());
    assertThat(unbound.serviceProviderContracts()).isFalse();
    assertThat(new MarkdownNotice().render(unbound))
        .contains(NoticeText.DISCLOSURES_LEAD)
        .doesNotContain(NoticeText.SERVICE_PROVIDER_CONTRACTS);
    assertThat(new HtmlNotice().render(unbound)).doesNotContain("their contract");
  }
}
