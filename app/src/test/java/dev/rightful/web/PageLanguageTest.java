package dev.rightful.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a page's language is chosen among the map's: remembered choice, then Accept-Language. */
class PageLanguageTest {
  final PageLanguage languages = new PageLanguage(List.of("en", "es"));

  @Test
  void the_browsers_most_preferred_offered_language_wins_by_q_value_not_by_order() {
    assertThat(languages.choose(null, "fr-FR, es-MX;q=0.8, en;q=0.5")).isEqualTo("es");
    assertThat(languages.choose(null, "en;q=0.4, es;q=0.9")).isEqualTo("es");
    assertThat(languages.choose(null, "es;q=0.5, en;q=0.5")).isEqualTo("es");
    assertThat(languages.choose(null, "en-US,en;q=0.9,es;q=0.8")).isEqualTo("en");
  }

  @Test
  void q_zero_excludes_and_an_unsupported_or_missing_header_gives_english() {
    assertThat(languages.choose(null, "es;q=0, en;q=0.1")).isEqualTo("en");
    assertThat(languages.choose(null, "fr, de;q=0.9")).isEqualTo("en");
    assertThat(languages.choose(null, null)).isEqualTo("en");
    assertThat(languages.choose(null, "es;q=abc")).isEqualTo("en");
    assertThat(languages.choose(null, "*")).isEqualTo("en");
  }

  @Test
  void a_remembered_choice_beats_the_header_unless_the_map_does_not_offer_it() {
    assertThat(languages.choose("es", "en")).isEqualTo("es");
    assertThat(languages.choose("en", "es")).isEqualTo("en");
    assertThat(new PageLanguage(List.of("en")).choose("es", "es")).isEqualTo("en");
  }
}
