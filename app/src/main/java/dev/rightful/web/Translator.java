package dev.rightful.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * One language's texts for the consumer pages and mails, read from {@code
 * i18n/messages_LANG.properties} (UTF-8): {@code t("key")} looks a text up, {@code {0}}, {@code
 * {1}}… in it take the arguments. Immutable and thread-safe; one instance per language is cached.
 *
 * <p>A key another language lacks falls back to English so a consumer never sees a key;
 * TranslationsTest fails the build when any bundle lacks a key of the English one, or a template
 * names a key no bundle defines. Adding a language is adding its bundle (and its mail folder) and
 * naming it in the map's {@code business.languages}.
 */
public final class Translator {
  /** The language every text is written in first, and the fallback. */
  public static final String ENGLISH = "en";

  private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");
  private static final Map<String, Translator> CACHE = new ConcurrentHashMap<>();
  private static final ThreadLocal<Translator> CURRENT = new ThreadLocal<>();

  private final String language;
  private final Map<String, String> texts;
  private final Translator fallback;

  private Translator(String language, Map<String, String> texts, Translator fallback) {
    this.language = language;
    this.texts = texts;
    this.fallback = fallback;
  }

  /** The resource holding a language's texts. */
  public static String bundle(String language) {
    return "i18n/messages_" + language + ".properties";
  }

  /** Whether Rightful has texts for {@code language} (a bundle on the classpath). */
  public static boolean supports(String language) {
    return language != null
        && CODE.matcher(language).matches()
        && Translator.class.getClassLoader().getResource(bundle(language)) != null;
  }

  /** The texts of {@code language}; English for a language Rightful has no texts for. */
  public static Translator of(String language) {
    String code = supports(language) ? language : ENGLISH;
    return CACHE.computeIfAbsent(code, Translator::load);
  }

  private static Translator load(String language) {
    Translator fallback = language.equals(ENGLISH) ? null : of(ENGLISH);
    return new Translator(language, read(bundle(language)), fallback);
  }

  /** Every key and text of one bundle, as written; for the tests that compare bundles. */
  public static Map<String, String> read(String resource) {
    Properties properties = new Properties();
    try (InputStream in = Translator.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no texts at " + resource);
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> texts = new java.util.HashMap<>();
    properties.forEach((k, v) -> texts.put((String) k, (String) v));
    return Map.copyOf(texts);
  }

  /** The keys of the English bundle that start with {@code prefix}, sorted. */
  public static java.util.SortedSet<String> keys(String prefix) {
    java.util.SortedSet<String> keys = new java.util.TreeSet<>();
    of(ENGLISH).texts.keySet().stream().filter(k -> k.startsWith(prefix)).forEach(keys::add);
    return keys;
  }

  /** The language code, as {@code <html lang>} takes it. */
  public String language() {
    return language;
  }

  /** The locale dates are written in: the language as spoken in the United States. */
  public Locale locale() {
    return new Locale(language, "US");
  }

  /** The text of {@code key}, its {@code {0}}, {@code {1}}… replaced by {@code args}. */
  public String t(String key, Object... args) {
    String text = texts.get(key);
    if (text == null || text.isBlank()) {
      if (fallback == null) {
        throw new IllegalArgumentException("no English text for '" + key + "'");
      }
      return fallback.t(key, args);
    }
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }

  /** Whether this language (or English) has a text for {@code key}. */
  public boolean has(String key) {
    return texts.containsKey(key) || (fallback != null && fallback.has(key));
  }

  /** A date or time written with the pattern the bundle gives under {@code key}. */
  public String format(String key, TemporalAccessor value) {
    return value == null ? null : DateTimeFormatter.ofPattern(t(key), locale()).format(value);
  }

  /** The texts of the consumer this thread serves; English outside a request. */
  public static Translator current() {
    Translator bound = CURRENT.get();
    return bound == null ? of(ENGLISH) : bound;
  }

  /** Binds the texts of the request this thread is about to serve. */
  public static void bind(Translator translator) {
    CURRENT.set(translator);
  }
}
