package dev.rightful.brand;

import dev.rightful.datamap.Brand;
import dev.rightful.web.PageBrand;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Serves the company's brand from the data map: the theme stylesheet in its colour, and the logo
 * and favicon when they are files in the map folder (read once at start, nothing else of the folder
 * is reachable). Binds the brand to every request so the page layouts show it. Thread-safe.
 */
public final class BrandAssets {
  static final String FILES = "/brand/files/";

  private final PageBrand page;
  private final byte[] theme;
  private final byte[] design = design();
  private final Map<String, Served> files = new LinkedHashMap<>();
  private final Set<String> imageOrigins = new LinkedHashSet<>();

  private record Served(byte[] bytes, String type) {}

  public BrandAssets(Brand brand, Path mapDirectory) {
    this.page =
        new PageBrand(
            brand.displayName(),
            address(brand.logo(), mapDirectory),
            brand.primaryColor(),
            address(brand.favicon(), mapDirectory),
            brand.supportLinks().stream().map(l -> new PageBrand.Link(l.text(), l.url())).toList());
    this.theme = Theme.css(brand.primaryColor()).getBytes(StandardCharsets.UTF_8);
  }

  /** The brand as the layouts show it. */
  public PageBrand page() {
    return page;
  }

  public void register(RoutesConfig routes) {
    routes.before(this::bind);
    routes.get(PageBrand.THEME_CSS, ctx -> serve(ctx, theme, "text/css; charset=utf-8"));
    routes.get(PageBrand.DESIGN_CSS, ctx -> serve(ctx, design, "text/css; charset=utf-8"));
    routes.get(
        FILES + "<file>",
        ctx -> {
          Served file = files.get(ctx.pathParam("file"));
          if (file == null) {
            ctx.status(404).result("Not found");
          } else {
            serve(ctx, file.bytes(), file.type());
          }
        });
  }

  private void bind(Context ctx) {
    PageBrand.bind(page);
    if (!imageOrigins.isEmpty()) {
      // The logo or favicon is on the company's own site: pages may load images from there.
      String policy = ctx.res().getHeader("Content-Security-Policy");
      if (policy != null && policy.contains("img-src 'self'")) {
        ctx.header(
            "Content-Security-Policy",
            policy.replace("img-src 'self'", "img-src 'self' " + String.join(" ", imageOrigins)));
      }
    }
  }

  /** GOV.UK Frontend's stylesheet less its {@code @font-face} rules: pages fall back to Arial. */
  private static byte[] design() {
    try (InputStream in = BrandAssets.class.getResourceAsStream(PageBrand.DESIGN_WEBJAR)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing the design system's WebJar: " + PageBrand.DESIGN_WEBJAR);
      }
      String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return FONT_FACE.matcher(css).replaceAll("").getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Pattern FONT_FACE = Pattern.compile("@font-face\\s*\\{[^}]*}");

  private static void serve(Context ctx, byte[] bytes, String type) {
    ctx.header("Cache-Control", "public, max-age=300");
    ctx.contentType(type).result(bytes);
  }

  /** Where a page finds a logo or favicon: its URL, or the app's copy of the map's file. */
  private String address(String value, Path mapDirectory) {
    if (value == null) {
      return null;
    }
    if (!Brand.isLocalFile(value)) {
      URI uri = URI.create(value);
      imageOrigins.add(uri.getScheme() + "://" + uri.getRawAuthority());
      return value;
    }
    Path file = mapDirectory.resolve(value);
    if (!Files.isRegularFile(file)) {
      return null; // the map's loader has warned of it
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      String name = value.replace('/', '-');
      files.put(name, new Served(bytes, type(value)));
      return FILES + name;
    } catch (IOException e) {
      throw new UncheckedIOException("brand file " + value + " in " + mapDirectory, e);
    }
  }

  private static String type(String file) {
    String ext = file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return switch (ext) {
      case "svg" -> "image/svg+xml";
      case "png" -> "image/png";
      case "ico" -> "image/x-icon";
      case "webp" -> "image/webp";
      default -> "image/jpeg";
    };
  }
}
