package dev.rightful.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the language of each consumer page among those the map offers, and binds its {@link
 * Translator} to the request's thread: a {@code ?lang=} link from the switcher (remembered in a
 * cookie), else that cookie, else the browser's {@code Accept-Language} (q-values respected), else
 * the map's first language. Thread-safe.
 */
public final class PageLanguage {
  /** The cookie that remembers the consumer's choice; a language code, nothing personal. */
  public static final String COOKIE = "rf-lang";

  /** The query parameter the switcher's links set. */
  public static final String PARAM = "lang";

  private static final int ONE_YEAR = 365 * 24 * 3600;
  private static final ThreadLocal<List<Switch>> SWITCHES = ThreadLocal.withInitial(List::of);

  private final List<String> offered;

  /** A link to the same page in another language, named in that language. */
  public record Switch(String language, String name, String href) {}

  /**
   * @param offered the map's languages, its first the default; English when empty
   */
  public PageLanguage(List<String> offered) {
    this.offered = offered.isEmpty() ? List.of(Translator.ENGLISH) : List.copyOf(offered);
  }

  public List<String> offered() {
    return offered;
  }

  /** The before-handler: chooses, remembers a switch, and binds the texts and switch links. */
  public void bind(Context ctx) {
    String asked = ctx.queryParam(PARAM);
    String chosen;
    if (asked != null && offered.contains(asked)) {
      chosen = asked;
      Cookie cookie = new Cookie(COOKIE, asked, "/", ONE_YEAR, ctx.scheme().equals("https"));
      cookie.setHttpOnly(true);
      cookie.setSameSite(SameSite.LAX);
      ctx.cookie(cookie);
    } else {
      chosen = choose(ctx.cookie(COOKIE), ctx.header("Accept-Language"));
    }
    // Pages differ by these two headers, so a shared cache must not mix them.
    ctx.header("Vary", "Accept-Language, Cookie");
    Translator.bind(Translator.of(chosen));
    SWITCHES.set(switches(chosen, ctx.path(), ctx.queryParamMap()));
  }

  /** The language for a remembered choice and an {@code Accept-Language} header (each nullable). */
  public String choose(String remembered, String acceptLanguage) {
    if (remembered != null && offered.contains(remembered)) {
      return remembered;
    }
    return fromHeader(acceptLanguage).orElse(offered.get(0));
  }

  /**
   * The offered language the header prefers most (RFC 9110 12.5.4): ranges by q-value, highest
   * first, ties in the order written; {@code es-MX} matches {@code es}; {@code q=0} means "not
   * this"; {@code *} means any, so the default.
   */
  Optional<String> fromHeader(String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    record Range(String tag, double q, int order) {}
    List<Range> ranges = new ArrayList<>();
    String[] parts = header.split(",");
    for (int i = 0; i < parts.length && i < 32; i++) {
      String[] pieces = parts[i].trim().split(";");
      String tag = pieces[0].trim().toLowerCase(Locale.ROOT);
      double q = 1.0;
      for (int p = 1; p < pieces.length; p++) {
        String param = pieces[p].trim();
        if (param.startsWith("q=")) {
          try {
            q = Double.parseDouble(param.substring(2));
          } catch (NumberFormatException e) {
            q = 0;
          }
        }
      }
      if (!tag.isEmpty() && q > 0) {
        ranges.add(new Range(tag, q, i));
      }
    }
    ranges.sort(Comparator.comparingDouble(Range::q).reversed().thenComparingInt(Range::order));
    for (Range range : ranges) {
      if (range.tag().equals("*")) {
        return Optional.of(offered.get(0));
      }
      String primary = range.tag().split("-")[0];
      if (offered.contains(primary)) {
        return Optional.of(primary);
      }
    }
    return Optional.empty();
  }

  private List<Switch> switches(String chosen, String path, Map<String, List<String>> query) {
    List<Switch> links = new ArrayList<>();
    for (String language : offered) {
      if (language.equals(chosen)) {
        continue;
      }
      StringBuilder href = new StringBuilder(path).append('?');
      query.forEach(
          (name, values) -> {
            if (!name.equals(PARAM)) {
              for (String value : values) {
                href.append(encode(name)).append('=').append(encode(value)).append('&');
              }
            }
          });
      href.append(PARAM).append('=').append(language);
      links.add(new Switch(language, Translator.of(language).t("language.name"), href.toString()));
    }
    return List.copyOf(links);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The links to this page in the other offered languages, for the switcher. */
  public static List<Switch> switches() {
    return SWITCHES.get();
  }
}
