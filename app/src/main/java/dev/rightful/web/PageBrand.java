package dev.rightful.web;

import java.util.List;

/**
 * The company's brand as the page layouts show it: display name, logo and favicon addresses (served
 * by the app or an https:// URL, {@code null} when none), primary colour and support links. The
 * server binds it to each request's thread before any page renders, so every layout reads it from
 * {@link #current()} without each page passing it along.
 */
public record PageBrand(
    String name, String logoUrl, String color, String faviconUrl, List<Link> supportLinks) {

  /**
   * The design system every page is styled on: GOV.UK Frontend (MIT licence), read from its WebJar
   * and served without its typeface, which is licensed to GOV.UK services only.
   */
  public static final String DESIGN_CSS = "/brand/design.css";

  /** Where the WebJar keeps the design system's stylesheet (the version is the pom's). */
  public static final String DESIGN_WEBJAR =
      "/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css";

  /** Rightful's own layer over the design system: page chrome and what it has no component for. */
  public static final String SITE_CSS = "/assets/rightful.css";

  /** The stylesheet that carries the brand colour, generated from the data map. */
  public static final String THEME_CSS = "/brand/theme.css";

  /** Shown before a server binds its brand (a page rendered outside a request). */
  public static final PageBrand NONE = new PageBrand("Privacy", null, "#1d4f91", null, List.of());

  private static final ThreadLocal<PageBrand> CURRENT = new ThreadLocal<>();

  public PageBrand {
    supportLinks = List.copyOf(supportLinks);
  }

  /** A link to the company's own help. */
  public record Link(String text, String url) {}

  /** The brand of the request this thread serves. */
  public static PageBrand current() {
    PageBrand brand = CURRENT.get();
    return brand == null ? NONE : brand;
  }

  /** Binds the brand of the server whose request this thread is about to serve. */
  public static void bind(PageBrand brand) {
    CURRENT.set(brand);
  }
}
