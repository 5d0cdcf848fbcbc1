package dev.rightful.notice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataMapLoader;
import dev.rightful.datamap.Lint;
import dev.rightful.datamap.Problem;
import dev.rightful.testing.Repo;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * With {@code --public-url}, the notice's request, opt-out and limit links lead to the privacy
 * center Rightful serves there, not to the company's other website (rule 40, CC 1798.130(a)(5)).
 */
class NoticePublicUrlTest {
  private static final String CENTER = "https://privacy.net2phone.example";
  private static final Clock NOV_29_2026 =
      Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);

  private static DataMap example() {
    return DataMapLoader.load(Repo.exampleMap()).orThrow();
  }

  @Test
  void the_notice_links_the_served_privacy_center_forms() {
    NoticeDocument notice = new NoticeBuilder().build(example(), CENTER + "/");

    assertThat(notice.contact().requestUrl()).isEqualTo(CENTER + "/privacy/requests");
    assertThat(notice.contact().optOutUrl()).isEqualTo(CENTER + "/privacy/do-not-sell");
    assertThat(notice.contact().limitUrl()).isEqualTo(CENTER + "/privacy/limit");
    List<String> links =
        Jsoup.parse(new HtmlNotice().render(notice)).select("a[href^=http]").eachAttr("href");
    assertThat(links)
        .contains(CENTER + "/privacy/requests", CENTER + "/privacy/do-not-sell")
        .noneMatch(href -> href.contains("idt.net"));
    assertThat(new MarkdownNotice().render(notice))
        .contains("(<" + CENTER + "/privacy/do-not-sell>)")
        .doesNotContain("idt.net/ccpa-do-not-sell");
  }

  @Test
  void without_a_public_url_the_notice_keeps_the_maps_request_url() {
    NoticeDocument notice = new NoticeBuilder().build(example());

    assertThat(notice.contact().requestUrl()).isEqualTo("https://www.idt.net/ccpa-do-not-sell");
    assertThat(notice.contact().optOutUrl()).isEqualTo("https://www.idt.net/ccpa-do-not-sell");
  }

  @Test
  void lint_warns_when_the_maps_request_url_is_outside_the_served_privacy_center() {
    List<Problem> found = new Lint(NOV_29_2026).check(example(), CENTER);

    assertThat(found)
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.isError()).isFalse();
              assertThat(problem.rule()).isEqualTo("rule 40, CC 1798.130(a)(5)");
              assertThat(problem.location().file().getFileName().toString())
                  .isEqualTo("business.yaml");
              assertThat(problem.location().line()).isEqualTo(12);
              assertThat(problem.message())
                  .contains("https://www.idt.net/ccpa-do-not-sell")
                  .contains(CENTER + "/privacy/requests");
            });
    assertThat(new Lint(NOV_29_2026).check(example())).isEmpty();
  }
}
