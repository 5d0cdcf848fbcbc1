package dev.rightful.notice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.datamap.DataMapLoader;
import dev.rightful.testing.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notice never contradicts itself: it offers a way to limit only what it says it collects, and
 * gives the toll-free number for every right the number takes (issue 11).
 */
class NoticeConsistencyTest {
  @TempDir Path dir;

  private static NoticeDocument example() {
    return new NoticeBuilder().build(DataMapLoader.load(Repo.exampleMap()).orThrow());
  }

  private static Element section(String html, NoticeSection section) {
    return Jsoup.parse(html).selectFirst("section[aria-labelledby=" + section.anchor() + "]");
  }

  @Test
  void the_example_says_it_collects_no_sensitive_information_and_offers_no_way_to_limit_it() {
    // 7014(h), 7027(m): Net2Phone collects no sensitive personal information (category L "No").
    NoticeDocument notice = example();
    String html = new HtmlNotice().render(notice);
    String markdown = new MarkdownNotice().render(notice);

    assertThat(notice.sensitivePersonalInformation().collected()).isFalse();
    assertThat(notice.sensitivePersonalInformation().limitStatement())
        .isEqualTo("We do not collect sensitive personal information.");
    assertThat(notice.limitMethods()).isEmpty();
    assertThat(section(html, NoticeSection.EXERCISE).text())
        .doesNotContain("limit the use", "Limit the Use");
    assertThat(markdown).doesNotContain("To limit the use", "Limit the Use of My Sensitive");
  }

  @Test
  void the_example_gives_its_toll_free_number_for_opting_out_as_for_the_other_requests() {
    // Rule 1; CC 1798.130(a)(1): the reference notice says "you can exercise your rights by
    // calling" +1 866-978-8260.
    String exercise = section(new HtmlNotice().render(example()), NoticeSection.EXERCISE).html();
    String optOut = exercise.substring(exercise.indexOf("To opt out of the sale or sharing"));

    assertThat(optOut).contains("Call us toll-free at <a href=\"tel:+18669788260\">");
    assertThat(new MarkdownNotice().render(example()))
        .containsSubsequence(
            "To opt out of the sale or sharing", "Call us toll-free at [+1 866-978-8260]");
  }

  @Test
  void limit_methods_in_a_map_without_sensitive_information_stay_out_of_the_notice()
      throws IOException {
    // A map lint refuses (rule 37) still never yields "we do not collect" next to "use the form".
    Path map = Files.createDirectories(dir.resolve("map"));
    String business =
        Files.readString(Repo.exampleMap().resolve("business.yaml"))
            .replaceAll("(?m)^  limitMethods:.*\n", "")
            .replace(
                "  requestMethods:",
                "  limitMethods: [limit-form, toll-free-phone]\n  requestMethods:");
    assertThat(business).contains("limitMethods: [limit-form, toll-free-phone]");
    try (var files = Files.list(Repo.exampleMap())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        Files.copy(file, map.resolve(file.getFileName()));
      }
    }
    Files.writeString(map.resolve("business.yaml"), business);

    NoticeDocument notice = new NoticeBuilder().build(DataMapLoader.load(map).orThrow());

    assertThat(notice.limitMethods()).isEmpty();
    assertThat(new HtmlNotice().render(notice))
        .doesNotContain("To limit the use and disclosure of your sensitive personal information");
  }
}
