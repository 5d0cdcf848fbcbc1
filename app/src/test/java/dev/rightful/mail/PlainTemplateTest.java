package dev.rightful.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlainTemplateTest {
  final PlainTemplate template = PlainTemplate.load("mail-test/sections.txt");

  @Test
  void sections_with_a_value_keep_their_content() {
    var values = Map.of("name", "Ana", "extra", "more", "opt", "this");
    assertThat(template.body(values)).isEqualTo("Dear Ana,\nExtra: more\nInline and this.\nEnd\n");
  }

  @Test
  void blank_sections_vanish_with_their_tag_lines() {
    var values = Map.of("name", "Ana", "extra", "", "opt", " ");
    assertThat(template.body(values)).isEqualTo("Dear Ana,\nInline.\nEnd\n");
  }

  @Test
  void the_subject_is_one_line() {
    assertThat(template.subject(Map.of("name", "Ana"))).isEqualTo("Hello Ana again");
  }

  @Test
  void values_are_inserted_once_and_never_expanded_again() {
    var values = Map.of("name", "{{extra}} $1 \\", "extra", "", "opt", "");
    assertThat(template.body(values)).startsWith("Dear {{extra}} $1 \\,");
  }

  @Test
  void a_placeholder_or_section_without_a_value_is_an_error() {
    assertThatThrownBy(() -> template.body(Map.of("extra", "", "opt", "")))
        .hasMessageContaining("{{name}}");
    assertThatThrownBy(() -> template.body(Map.of("name", "Ana", "opt", "")))
        .hasMessageContaining("{{#extra}}");
  }

  @Test
  void a_template_must_open_with_its_subject_line() {
    assertThatThrownBy(() -> PlainTemplate.load("mail-test/no-subject.txt"))
        .hasMessageContaining("Subject:");
    assertThatThrownBy(() -> PlainTemplate.load("mail-test/missing.txt"))
        .hasMessageContaining("not found");
  }
}
