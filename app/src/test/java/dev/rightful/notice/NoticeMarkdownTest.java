package dev.rightful.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoticeMarkdownTest {
  @TempDir Path dir;

  @Test
  void markdown_contains_each_table_with_its_header_row() {
    String md = new MarkdownNotice().render(SmallMap.notice(dir, true));

    assertThat(md)
        .contains("**Categories of personal information we collect**")
        .contains("| Category | Examples the CCPA gives | Collected | What we collect |")
        .contains("**Personal information disclosed for a business purpose in the past 12 months**")
        .contains(
            "| No. | Category of recipient | Kind of recipient | Categories of personal"
                + " information | Business purposes |")
        .contains("| 1 | Cloud hosting providers | Service provider | A, D | Storage, hosting. |")
        .contains("**Personal information sold or shared in the past 12 months**")
        .contains("| Advertising partners | Share | A | Cross-context behavioral advertising. |")
        .contains("**How long we keep each kind of personal information**")
        .contains("| Website activity | A | 13 months, then deleted | Analytics. |")
        .contains("[How to exercise your rights](#how-to-exercise-your-rights)");
  }

  @Test
  void markdown_prints_every_section_heading_in_order() {
    NoticeDocument notice = SmallMap.notice(dir, false);
    String md = new MarkdownNotice().render(notice);

    int at = 0;
    for (NoticeSection section : NoticeSection.of(notice)) {
      int next = md.indexOf("\n## " + section.title() + "\n", at);
      assertThat(next).as("heading '%s' after position %d", section.title(), at).isGreaterThan(at);
      at = next;
    }
    assertThat(md).startsWith("# California Privacy Notice\n");
  }

  @Test
  void nothing_sold_says_so_and_prints_no_sale_table() {
    String md = new MarkdownNotice().render(SmallMap.notice(dir, false));

    assertThat(md)
        .contains("We do not sell or share personal information")
        .doesNotContain("sold or shared in the past 12 months**");
  }

  @Test
  void map_strings_cannot_add_markup() {
    String md = new MarkdownNotice().render(SmallMap.notice(dir, false));

    assertThat(md).doesNotContain("<script>").contains("\\<script\\>");
    assertThat(md).contains("Orders \\| returns").contains("To take and deliver \\*orders\\*");
  }

  @Test
  void links_call_and_mail() {
    String md = new MarkdownNotice().render(SmallMap.notice(dir, false));

    assertThat(md)
        .contains("[+1 800-555-0100](<tel:+18005550100>)")
        .contains("[privacy@example.com](<mailto:privacy@example.com>)")
        .contains("[access@example.com](<mailto:access@example.com>)")
        .contains("(<https://example.com/privacy/requests>)");
  }
}
