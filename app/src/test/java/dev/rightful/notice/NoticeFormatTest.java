package dev.rightful.notice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.notice.internal.Format;
import dev.rightful.notice.internal.Markdown;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoticeFormatTest {
  private static NoticeDocument.Retention rule(String rule, String period, String action) {
    return new NoticeDocument.Retention("r", "Data", rule, period, action, "Basis", List.of("A"));
  }

  @Test
  void kept_for_prefers_the_maps_wording_and_spells_out_the_period_otherwise() {
    assertThat(Format.keptFor(rule("six years, then destroyed", "P6Y", "delete")))
        .isEqualTo("six years, then destroyed");
    assertThat(Format.keptFor(rule(null, "P4Y", "delete"))).isEqualTo("4 years, then deleted");
    assertThat(Format.keptFor(rule(null, "P1Y6M", "anonymize")))
        .isEqualTo("1 year and 6 months, then anonymized");
    assertThat(Format.keptFor(rule(null, "P1Y2M3D", "delete")))
        .isEqualTo("1 year, 2 months and 3 days, then deleted");
    assertThat(Format.keptFor(rule(null, "P0D", "delete")))
        .isEqualTo("deleted as soon as it is no longer needed");
  }

  @Test
  void links_are_tel_mailto_or_web_only() {
    assertThat(Format.tel("+1 (866) 978-8260")).isEqualTo("tel:+18669788260");
    assertThat(Format.tel("1-800-555-0100")).isEqualTo("tel:18005550100");
    assertThat(Format.mailto("Privacy@net2phone.com")).isEqualTo("mailto:Privacy@net2phone.com");
    assertThat(Format.mailto("a b@x.com?cc=evil")).isEqualTo("mailto:a%20b@x.com%3Fcc%3Devil");
    assertThat(Format.webUrl("https://example.com/a")).isEqualTo("https://example.com/a");
    assertThat(Format.webUrl("javascript:alert(1)")).isNull();
    assertThat(Format.webUrl(null)).isNull();
    assertThat(Format.webUrl("/privacy/requests")).isEqualTo("/privacy/requests");
    assertThat(Format.webUrl("//evil.example/x")).isNull();
  }

  @Test
  void dates_and_words() {
    assertThat(Format.date(LocalDate.of(2022, 1, 1))).isEqualTo("January 1, 2022");
    assertThat(Format.kind("service-provider")).isEqualTo("Service provider");
    assertThat(Format.transfer("sale-and-share")).isEqualTo("Sale and share");
    assertThat(Format.sensitiveKind("precise-geolocation")).isEqualTo("Precise geolocation");
  }

  @Test
  void markdown_text_escapes_markup_and_block_starts() {
    assertThat(Markdown.text("a|b *c* <d> [e](f) & `g`"))
        .isEqualTo("a\\|b \\*c\\* \\<d\\> \\[e\\](f) \\& \\`g\\`");
    String md =
        new Markdown()
            .list(List.of(Markdown.text("- item"), Markdown.text("1. item")))
            .paragraph(Markdown.text("# title"))
            .toString();
    assertThat(md).contains("- \\- item\n").contains("- 1\\. item\n").contains("\\# title\n");
  }
}
