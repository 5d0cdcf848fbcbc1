package dev.rightful.notice;

import dev.rightful.crypto.Digests;
import dev.rightful.datamap.Brand;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Base64;
import java.util.Map;

/**
 * Renders a notice as a standalone HTML page: the notice's accessible, printable alternative
 * format. One file with no scripts and no external assets; its only stylesheet is an inline {@code
 * <style>} element, allowed by the hash in {@link #contentSecurityPolicy(NoticeDocument)}.
 * Thread-safe.
 */
public final class HtmlNotice {
  private static final String PAGE = "notice/notice.jte";
  private static final String STYLE = "notice/style.jte";

  private final TemplateEngine engine;

  public HtmlNotice() {
    this(TemplateEngine.createPrecompiled(ContentType.Html));
  }

  /** Uses the given engine, which must know the {@code notice/} templates. */
  public HtmlNotice(TemplateEngine engine) {
    this.engine = engine;
  }

  public String render(NoticeDocument doc) {
    StringOutput out = new StringOutput();
    engine.render(PAGE, doc, out);
    return out.toString();
  }

  /**
   * The Content-Security-Policy to send with the page: nothing may load, and the one inline style
   * element (in the company's brand colour) is allowed by its SHA-256 hash, so neither {@code
   * 'unsafe-inline'} nor a nonce is needed.
   */
  public String contentSecurityPolicy(NoticeDocument doc) {
    StringOutput style = new StringOutput();
    engine.render(STYLE, Map.of("color", color(doc)), style);
    String element = style.toString();
    String css = element.substring(element.indexOf('>') + 1, element.lastIndexOf("</style>"));
    return "default-src 'none'; style-src '"
        + sha256(css)
        + "'; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  }

  /** The brand colour the notice's headings and links take. */
  public static String color(NoticeDocument doc) {
    return doc.business() == null || doc.business().brandColor() == null
        ? Brand.DEFAULT_COLOR
        : doc.business().brandColor();
  }

  private static String sha256(String text) {
    return "sha256-" + Base64.getEncoder().encodeToString(Digests.sha256(text));
  }
}
