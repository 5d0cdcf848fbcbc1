package dev.rightful.notice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.datamap.DataMapLoader;
import dev.rightful.testing.Repo;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The sentences written once in {@link NoticeText} and {@link RightsText} read the same in HTML and
 * Markdown, and a map value inside one (beside a link) stays text in both formats.
 */
class NoticeProseTest {
  private static final String HOSTILE =
      "1 Main St <img src=x onerror=alert(1)> *[x](javascript:y)*";

  private static NoticeDocument withPostalAddress(String address) {
    NoticeDocument doc = new NoticeBuilder().build(DataMapLoader.load(Repo.exampleMap()).orThrow());
    NoticeDocument.Contact c = doc.contact();
    NoticeDocument.Contact contact =
        new NoticeDocument.Contact(
            c.email(),
            c.tollFree(),
            c.requestUrl(),
            c.accessibilityEmail(),
            address,
            c.cookieSettingsTool(),
            c.processesOptOutPreferenceSignals(),
            c.optOutUrl(),
            c.limitUrl());
    return new NoticeDocument(
        doc.business(),
        doc.lastUpdated(),
        doc.reviewMonths(),
        doc.nextReviewBy(),
        doc.categories(),
        doc.disclosures(),
        doc.soldOrShared(),
        doc.sources(),
        doc.purposes(),
        doc.retention(),
        doc.rights(),
        contact,
        List.of("mail", "email", "web-form"),
        doc.optOutMethods(),
        doc.limitMethods(),
        doc.responses(),
        doc.verification(),
        doc.minors(),
        doc.doNotTrack(),
        doc.financialIncentives(),
        doc.sensitivePersonalInformation(),
        doc.stateRights());
  }

  @Test
  void a_map_value_in_a_sentence_is_text_in_html_and_markdown() {
    NoticeDocument doc = withPostalAddress(HOSTILE);
    String raw = new HtmlNotice().render(doc);
    Document page = Jsoup.parse(raw);
    String markdown = new MarkdownNotice().render(doc);

    assertThat(page.select("img")).isEmpty();
    assertThat(page.select("main li").eachText()).contains("Write to us at " + HOSTILE + ".");
    assertThat(markdown)
        .contains(
            "- Write to us at 1 Main St \\<img src=x onerror=alert(1)\\> \\*\\[x\\](javascript:y)\\*.")
        .doesNotContainPattern("[^\\\\]<img");
  }

  @Test
  void the_sentences_with_links_read_the_same_in_both_formats() {
    NoticeDocument doc = withPostalAddress(null);
    Document page = Jsoup.parse(new HtmlNotice().render(doc));
    String markdown = new MarkdownNotice().render(doc);
    String email = doc.contact().email();

    assertThat(page.select("main li").eachText()).contains("Email us at " + email + ".");
    assertThat(markdown).contains("- Email us at [" + email + "](<mailto:" + email + ">).");
    assertThat(page.select("main a[href=#exercise]").eachText())
        .containsExactly(NoticeSection.EXERCISE.title());
    assertThat(markdown).contains("[How to exercise your rights](#how-to-exercise-your-rights)");
    assertThat(page.select("time").eachAttr("datetime"))
        .contains(doc.lastUpdated().toString(), doc.responses().lookbackEarliest().toString());
  }
}
