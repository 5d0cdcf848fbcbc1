package dev.rightful.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.input.TextRule.Lines;
import org.junit.jupiter.api.Test;

class TextRuleTest {

  @Test
  void ordinary_text_in_any_script_is_accepted() {
    for (String text :
        new String[] {"Jane Doe", "José Ñúñez", "山田太郎", "Zoë 👩‍👩‍👧", "O'Brien-Smith, Jr."}) {
      assertThat(TextRule.problem(text, Lines.ONE)).as(text).isEmpty();
    }
  }

  @Test
  void a_lone_surrogate_or_a_decoding_leftover_is_refused_everywhere() {
    for (String text : new String[] {"a\ud800", "\udc00b", "x\ud800\ud800", "bad \uFFFD byte"}) {
      assertThat(TextRule.problem(text, Lines.MANY)).as(text).isPresent();
      assertThat(TextRule.problem(text, Lines.ONE)).as(text).isPresent();
    }
    assertThat(TextRule.problem("\uFFFE", Lines.MANY)).isPresent();
    assertThat(TextRule.problem("\uDBFF\uDFFF", Lines.MANY)).as("U+10FFFF").isPresent();
  }

  @Test
  void control_characters_are_refused_and_line_breaks_only_in_free_text() {
    assertThat(TextRule.problem("a\u0000b", Lines.MANY)).hasValue("contains control characters");
    assertThat(TextRule.problem("a\u001bb", Lines.MANY)).isPresent();
    assertThat(TextRule.problem("a\u0085b", Lines.MANY)).isPresent();
    assertThat(TextRule.problem("a\u2028b", Lines.MANY)).isPresent();
    assertThat(TextRule.problem("line one\r\nline two\tend", Lines.MANY)).isEmpty();
    assertThat(TextRule.problem("line one\nline two", Lines.ONE))
        .hasValue("must be on one line (no line breaks or tabs)");
    assertThat(TextRule.problem("a\tb", Lines.ONE)).isPresent();
  }
}
