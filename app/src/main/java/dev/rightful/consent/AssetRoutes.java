package dev.rightful.consent;

import dev.rightful.web.Json;
import dev.rightful.web.Translator;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Serves the cookie tool ({@code /consent.js}), its stylesheet ({@code /consent/consent.css}) and
 * the site's Global Privacy Control support resource ({@code /.well-known/gpc.json}). The files are
 * read once; browsers revalidate them by ETag every five minutes. Thread-safe.
 */
final class AssetRoutes {
  static final String SCRIPT = "/consent.js";
  static final String STYLE = "/consent/consent.css";
  static final String GPC = "/.well-known/gpc.json";

  // The script's settings literal, which the server rewrites with its own when it loads the file.
  private static final Pattern CONFIG = Pattern.compile("/\\*rightful:config\\*/\\{[^}]*}");

  private final Asset script;
  // The stylesheet's accent, which the server turns to the company's brand colour.
  private static final String ACCENT = "#0b4f8a";

  private final Asset style;
  private final byte[] gpc;

  /**
   * {@code cmpId} is the IAB CMP id {@code __gpp('ping')} reports (0: unregistered); {@code
   * supportedApis} the sections the server encodes, as {@code "7:usnat"}; {@code brandColor} the
   * banner's accent (checked by the data map for AA contrast with white).
   */
  AssetRoutes(
      Practices practices,
      int cmpId,
      List<String> supportedApis,
      String brandColor,
      List<String> languages) {
    this.style =
        Asset.load("/web/consent/consent.css", "text/css", css -> css.replace(ACCENT, brandColor));
    String apis =
        supportedApis.stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(",", "[", "]"));
    String config =
        "/*rightful:config*/{\"cmpId\":"
            + cmpId
            + ",\"apis\":"
            + apis
            + ",\"language\":\""
            + (languages.isEmpty() ? Translator.ENGLISH : languages.get(0))
            + "\",\"texts\":"
            + texts(languages)
            + "}";
    this.script =
        Asset.load(
            "/web/consent/consent.js",
            "text/javascript",
            text -> {
              Matcher literal = CONFIG.matcher(text);
              if (!literal.find()) {
                throw new IllegalStateException(
                    "consent.js has lost its /*rightful:config*/ literal");
              }
              return literal.replaceFirst(Matcher.quoteReplacement(config));
            });
    // GPC specification: {"gpc": true} states support; lastUpdate says since when
    String lastUpdate =
        practices.noticeUpdated() == null
            ? ""
            : ", \"lastUpdate\": \"" + practices.noticeUpdated() + "\"";
    this.gpc = ("{\"gpc\": true" + lastUpdate + "}").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The tool's own words in each offered language (the bundles' {@code cookie.*} keys), as JSON:
   * the script picks the page's {@code <html lang>}, so on the company's Spanish pages it speaks
   * Spanish too.
   */
  private static String texts(List<String> languages) {
    Map<String, Map<String, String>> texts = new LinkedHashMap<>();
    for (String language : languages.isEmpty() ? List.of(Translator.ENGLISH) : languages) {
      Translator t = Translator.of(language);
      Map<String, String> words = new LinkedHashMap<>();
      Translator.keys("cookie.").forEach(key -> words.put(key, t.t(key)));
      texts.put(t.language(), words);
    }
    try {
      // Escaped for a script: no "</script>" or line separators can end the literal early.
      return Json.mapper()
          .writeValueAsString(texts)
          .replace("<", "\\u003c")
          .replace("\u2028", "\\u2028")
          .replace("\u2029", "\\u2029");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  void register(RoutesConfig routes) {
    routes.get(SCRIPT, script::serve);
    routes.get(STYLE, style::serve);
    routes.get(
        GPC,
        ctx -> {
          ctx.header("Access-Control-Allow-Origin", "*");
          ctx.header("Cache-Control", "public, max-age=86400");
          ctx.contentType("application/json").result(gpc);
        });
  }

  /** A static file with its content type and ETag. */
  private record Asset(byte[] bytes, String contentType, String etag) {
    static Asset load(String resource, String type) {
      return load(resource, type, UnaryOperator.identity());
    }

    static Asset load(String resource, String type, UnaryOperator<String> edit) {
      try (InputStream in = AssetRoutes.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + resource);
        }
        byte[] bytes =
            edit.apply(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
        String etag = "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        return new Asset(bytes, type + "; charset=utf-8", etag);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    void serve(Context ctx) {
      ctx.header("ETag", etag);
      ctx.header("Cache-Control", "public, max-age=300");
      if (etag.equals(ctx.header("If-None-Match"))) {
        ctx.status(304);
        return;
      }
      ctx.contentType(contentType).result(bytes);
    }
  }
}
