package dev.rightful.notice;

import dev.rightful.crypto.Digests;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Base64;
import java.util.Map;

/**
 * Renders a notice as a standalone HTML page: the notice's accessible, printable alternative
 * format. One file with no scripts and no external assets; its only stylesheet is an inline {@code
 * <style>} element, allowed by the hash in {@link #contentSecurityPolicy()}. Thread-safe.
 */
public final class HtmlNotice {
  private static final String PAGE = "notice/notice.jte";
  private static final String STYLE = "notice/style.jte";

  private final TemplateEngine engine;
  private final String contentSecurityPolicy;

  public HtmlNotice() {
    this(TemplateEngine.createPrecompiled(ContentType.Html));
  }

  /** Uses the given engine, which must know the {@code notice/} templates. */
  public HtmlNotice(TemplateEngine engine) {
    this.engine = engine;
    StringOutput style = new StringOutput();
    engine.render(STYLE, Map.of(), style);
    String element = style.toString();
    String css = element.substring(element.indexOf('>') + 1, element.lastIndexOf("</style>"));
    this.contentSecurityPolicy =
        "default-src 'none'; style-src '"
            + sha256(css)
            + "'; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  }

  public String render(NoticeDocument doc) {
    StringOutput out = new StringOutput();
    engine.render(PAGE, doc, out);
    return out.toString();
  }

  /**
   * The Content-Security-Policy to send with the page: nothing may load, and the one inline style
   * element is allowed by its SHA-256 hash, so neither {@code 'unsafe-inline'} nor a nonce is
   * needed.
   */
  public String contentSecurityPolicy() {
    return contentSecurityPolicy;
  }

  private static String sha256(String text) {
    return "sha256-" + Base64.getEncoder().encodeToString(Digests.sha256(text));
  }
}
