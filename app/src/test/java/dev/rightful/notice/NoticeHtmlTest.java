package dev.rightful.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoticeHtmlTest {
  private static HtmlNotice html;

  @TempDir Path dir;

  @BeforeAll
  static void engine() {
    html = new HtmlNotice();
  }

  private Document render(boolean sells) {
    return Jsoup.parse(html.render(SmallMap.notice(dir, sells)));
  }

  @Test
  void page_is_english_with_one_h1_and_a_working_skip_link() {
    Document page = render(true);

    assertThat(page.select("html").attr("lang")).isEqualTo("en");
    assertThat(page.select("h1")).hasSize(1);
    assertThat(page.title()).contains("Example Shop, Inc.");
    Element skip = page.selectFirst("body > a.skip");
    assertThat(skip).isNotNull();
    assertThat(page.body().child(0)).isEqualTo(skip);
    assertThat(page.getElementById(skip.attr("href").substring(1))).isNotNull();
    assertThat(page.select("main")).hasSize(1);
  }

  @Test
  void headings_never_skip_a_level_and_follow_the_sections() {
    Document page = render(false);
    int previous = 1;
    for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
      int level = heading.tagName().charAt(1) - '0';
      assertThat(level).as("level of '%s'", heading.text()).isLessThanOrEqualTo(previous + 1);
      previous = level;
    }
    List<String> sections = page.select("main h2").stream().map(Element::text).toList();
    assertThat(sections)
        .containsExactlyElementsOf(
            NoticeSection.of(SmallMap.notice(dir, false)).stream()
                .map(NoticeSection::title)
                .toList());
    for (Element link : page.select("nav a[href^=#]")) {
      assertThat(page.getElementById(link.attr("href").substring(1)))
          .as("target of contents link %s", link.attr("href"))
          .isNotNull();
    }
  }

  @Test
  void tables_have_captions_and_scoped_headers() {
    Document page = render(true);

    assertThat(page.select("table caption").eachText())
        .containsExactly(
            "Categories of personal information we collect",
            "Personal information disclosed for a business purpose in the past 12 months",
            "Personal information sold or shared in the past 12 months",
            "How long we keep each kind of personal information");
    for (Element table : page.select("table")) {
      String caption = table.selectFirst("caption").text();
      assertThat(table.select("thead th[scope=col]"))
          .as("column headers of %s", caption)
          .isNotEmpty();
      assertThat(table.select("tbody tr"))
          .as("every row of %s has a row header", caption)
          .allSatisfy(row -> assertThat(row.select("th[scope=row]")).hasSize(1));
      assertThat(table.select("th:not([scope])")).as("unscoped th in %s", caption).isEmpty();
    }
    assertThat(page.select("table").first().select("tbody tr")).hasSize(12);
  }

  @Test
  void nothing_sold_says_so_instead_of_a_table() {
    Document page = render(false);

    Element section = page.getElementById(NoticeSection.SALE_OR_SHARE.anchor()).parent();
    assertThat(section.text()).contains("We do not sell or share personal information");
    assertThat(section.select("table")).isEmpty();
  }

  @Test
  void a_script_in_a_map_string_is_printed_as_text() {
    String raw = html.render(SmallMap.notice(dir, false));
    Document page = Jsoup.parse(raw);

    assertThat(page.select("script")).isEmpty();
    assertThat(raw).doesNotContain(SmallMap.SCRIPT);
    assertThat(page.select("table").first().text()).contains(SmallMap.SCRIPT);
  }

  @Test
  void nothing_loads_from_elsewhere_and_the_style_matches_the_policy_hash() throws Exception {
    var notice = SmallMap.notice(dir, true);
    String raw = html.render(notice);
    Document page = Jsoup.parse(raw);

    assertThat(page.select("script, link, img, iframe, object, embed, [style], [src]")).isEmpty();
    assertThat(page.select("style")).hasSize(1);
    String css = raw.substring(raw.indexOf("<style>") + 7, raw.indexOf("</style>"));
    assertThat(css).contains("@media print");
    String hash =
        Base64.getEncoder()
            .encodeToString(
                MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8)));
    assertThat(html.contentSecurityPolicy(notice))
        .startsWith("default-src 'none';")
        .contains("style-src 'sha256-" + hash + "'")
        .doesNotContain("unsafe");
  }

  @Test
  void contact_points_are_links() {
    Document page = render(true);

    assertThat(page.select("a[href=tel:+18005550100]")).isNotEmpty();
    assertThat(page.select("a[href=mailto:privacy@example.com]")).isNotEmpty();
    assertThat(page.select("a[href=mailto:access@example.com]")).isNotEmpty();
    assertThat(page.select("a[href=https://example.com/privacy/requests]")).isNotEmpty();
    Element exercise = page.getElementById(NoticeSection.EXERCISE.anchor()).parent();
    assertThat(exercise.select("li")).hasSize(5);
  }
}
