package dev.rightful.notice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;

/**
 * Serves the notice in its three forms and its publication history. The data map is immutable while
 * the server runs, so each form is rendered once at start-up.
 */
public final class NoticeRoutes {
  private final String html;
  private final String markdown;
  private final String json;
  private final String htmlPolicy;
  private final NoticePublisher publisher;

  public NoticeRoutes(NoticeDocument notice, ObjectMapper mapper, NoticePublisher publisher) {
    HtmlNotice htmlNotice = new HtmlNotice();
    this.html = htmlNotice.render(notice);
    this.htmlPolicy = htmlNotice.contentSecurityPolicy(notice);
    this.markdown = new MarkdownNotice().render(notice);
    this.json = toJson(mapper, notice);
    this.publisher = publisher;
  }

  public static String toJson(ObjectMapper mapper, NoticeDocument notice) {
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(notice);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the notice cannot be written as JSON", e);
    }
  }

  public String json() {
    return json;
  }

  public void register(RoutesConfig routes) {
    routes.get(
        "/privacy/notice",
        ctx ->
            ctx.header("Content-Security-Policy", htmlPolicy)
                .contentType("text/html; charset=utf-8")
                .result(html));
    routes.get(
        "/privacy/notice.md",
        ctx -> ctx.contentType("text/markdown; charset=utf-8").result(markdown));
    routes.get("/api/v1/notice", ctx -> ctx.contentType("application/json").result(json));
    routes.get("/api/v1/notice/history", ctx -> ctx.json(publisher.history()));
  }
}
