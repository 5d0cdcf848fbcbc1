package dev.rightful.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.law.DenialBasis;
import dev.rightful.law.RequestType;
import dev.rightful.law.Right;
import dev.rightful.testing.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Missing translations fail here, not in front of a consumer: every language's bundle has every key
 * of the English one with a text and the same arguments, every key a template or class names is
 * defined, and every consumer mail has its template in every language with the same placeholders.
 */
class TranslationsTest {
  static final Path RESOURCES = Repo.root().resolve("app/src/main/resources");
  static final Pattern LITERAL_KEY =
      // t("key", …) in templates and Java, tr('key', …) in the cookie tool's script
      Pattern.compile("\\btr?\\(\\s*[\"']([a-z0-9][a-z0-9-]*\\.[a-z0-9.-]*[a-z0-9])[\"']\\s*[,)]");
  static final Pattern ARGUMENT = Pattern.compile("\\{\\d}");
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[#/]?(\\w+)}}");

  static Map<String, String> english() {
    return Translator.read(Translator.bundle("en"));
  }

  /** Every language Rightful has texts for, from the bundles in the source tree. */
  static List<String> languages() throws IOException {
    try (Stream<Path> files = Files.list(RESOURCES.resolve("i18n"))) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.matches("messages_[a-z]{2,3}\\.properties"))
          .map(n -> n.substring("messages_".length(), n.indexOf('.')))
          .sorted()
          .toList();
    }
  }

  @Test
  void there_is_spanish_besides_english() throws IOException {
    assertThat(languages()).contains("en", "es");
  }

  @Test
  void every_bundle_has_every_english_key_with_a_text_and_the_same_arguments() throws IOException {
    Map<String, String> english = english();
    List<String> problems = new ArrayList<>();
    for (String language : languages()) {
      Map<String, String> texts = Translator.read(Translator.bundle(language));
      for (var entry : new java.util.TreeMap<>(english).entrySet()) {
        String text = texts.get(entry.getKey());
        if (text == null || text.isBlank()) {
          problems.add(language + ": no text for " + entry.getKey());
        } else if (!arguments(text).equals(arguments(entry.getValue()))) {
          problems.add(language + ": " + entry.getKey() + " takes other arguments than English");
        }
      }
      for (String key : texts.keySet()) {
        if (!english.containsKey(key)) {
          problems.add(language + ": " + key + " is not an English key (a typo?)");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void every_key_a_template_or_class_names_is_defined() throws IOException {
    Map<String, String> english = english();
    Set<String> named = new TreeSet<>();
    for (Path root :
        List.of(
            Repo.root().resolve("app/src/main/jte"),
            Repo.root().resolve("app/src/main/java"),
            RESOURCES.resolve("web/consent"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          Matcher keys = LITERAL_KEY.matcher(Files.readString(file));
          while (keys.find()) {
            named.add(keys.group(1));
          }
        }
      }
    }
    // The keys built from a vocabulary: each of its values has its text.
    for (Right right : Right.values()) {
      named.add("right." + right.id() + ".title");
      named.add("right." + right.id() + ".words");
    }
    for (RequestType type : RequestType.values()) {
      named.add("request." + type.id());
      named.add("choice." + type.id() + ".title");
      named.add("choice." + type.id() + ".explanation");
    }
    for (DenialBasis basis : DenialBasis.values()) {
      named.add("denial." + basis.id());
    }
    for (String status : List.of("received", "verified", "completed", "denied")) {
      named.add("status." + status);
    }
    assertThat(named).hasSizeGreaterThan(150).contains("cookie.settings", "choose.title");
    assertThat(named.stream().filter(key -> !english.containsKey(key)).toList()).isEmpty();
  }

  @Test
  void the_english_texts_of_rights_and_denials_are_the_laws_own_words() {
    Translator english = Translator.of("en");
    for (Right right : Right.values()) {
      assertThat(english.t("right." + right.id() + ".title")).isEqualTo(right.title());
      assertThat(english.t("right." + right.id() + ".words")).isEqualTo(right.plainWords());
    }
    for (DenialBasis basis : DenialBasis.values()) {
      assertThat(english.t("denial." + basis.id())).isEqualTo(basis.reason());
    }
  }

  @Test
  void every_consumer_mail_has_its_template_in_every_language_with_the_same_placeholders()
      throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.list(RESOURCES.resolve("mail"))) {
      for (Path english : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        String name = english.getFileName().toString();
        if (name.equals("recipient-notice.txt") || name.equals("vendor-request.txt")) {
          continue; // to vendors, in English
        }
        for (String language : languages()) {
          if (language.equals("en")) {
            continue;
          }
          Path translated = RESOURCES.resolve("mail").resolve(language).resolve(name);
          if (!Files.isRegularFile(translated)) {
            problems.add(language + ": no mail/" + language + "/" + name);
          } else if (!placeholders(Files.readString(translated))
              .equals(placeholders(Files.readString(english)))) {
            problems.add(language + ": mail/" + language + "/" + name + " has other placeholders");
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void a_language_without_texts_falls_back_to_english_and_a_missing_key_to_its_english_text() {
    assertThat(Translator.of("fr").language()).isEqualTo("en");
    assertThat(Translator.supports("es")).isTrue();
    assertThat(Translator.supports("../x")).isFalse();
    assertThat(Translator.of("es").t("status.verify.send")).isEqualTo("Envíenme un código");
    assertThat(Translator.of("es").t("confirmation.received", "solicitud", "hoy"))
        .isEqualTo("Recibimos su solicitud el hoy.");
  }

  @Test
  void spanish_dates_are_written_the_spanish_way() {
    assertThat(Translator.of("es").format("format.date", java.time.LocalDate.of(2026, 12, 14)))
        .isEqualTo("lunes 14 de diciembre de 2026");
    assertThat(Translator.of("en").format("format.date", java.time.LocalDate.of(2026, 12, 14)))
        .isEqualTo("Monday, December 14, 2026");
  }

  private static Set<String> arguments(String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static Set<String> placeholders(String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
