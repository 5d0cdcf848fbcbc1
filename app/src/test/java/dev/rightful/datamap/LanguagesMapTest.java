package dev.rightful.datamap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The map's {@code business.languages}: the languages consumers are offered, checked at load. */
class LanguagesMapTest {
  @TempDir Path dir;

  private DataMapLoader.Result load(String languages) throws IOException {
    Files.writeString(
        dir.resolve("business.yaml"),
        "business:\n  legalName: Acme Phones, Inc.\n  contact:\n    email: privacy@acme.example\n"
            + languages);
    return DataMapLoader.load(dir);
  }

  private List<String> errors(String languages) throws IOException {
    return load(languages).problems().stream()
        .filter(Problem::isError)
        .map(Problem::format)
        .filter(p -> p.contains("business.yaml"))
        .filter(p -> !p.contains("section"))
        .toList();
  }

  @Test
  void the_languages_are_read_in_order_and_english_alone_is_the_default() throws IOException {
    assertThat(load("  languages: [es, en]\n").map().business().languages())
        .containsExactly("es", "en");
    assertThat(load("").map().business().languages()).containsExactly("en");
  }

  @Test
  void a_language_rightful_has_no_texts_for_is_refused_at_its_line() throws IOException {
    assertThat(errors("  languages:\n    - en\n    - fr\n"))
        .singleElement()
        .asString()
        .contains("business.yaml:7:")
        .contains("language 'fr' has no texts in Rightful");
  }

  @Test
  void a_language_twice_or_a_list_without_english_is_refused() throws IOException {
    assertThat(errors("  languages: [en, es, es]\n"))
        .singleElement()
        .asString()
        .contains("business.yaml:5:")
        .contains("'es' is listed twice");
    assertThat(errors("  languages: [es]\n"))
        .singleElement()
        .asString()
        .contains("business.yaml:5:")
        .contains("must include en");
  }
}
