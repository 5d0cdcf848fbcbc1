package dev.rightful.notice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Serves each collection point's notice at a stable address: {@code /notice/collection/{id}} as an
 * HTML page, {@code .json} as data and {@code .txt} as plain text (the oral script for a call
 * line). Rendered once at start-up, as the map cannot change while the server runs. Thread-safe.
 */
public final class CollectionRoutes {
  private final Map<String, Rendered> byId = new LinkedHashMap<>();
  private final String policy;

  private record Rendered(String html, String json, String text) {}

  public CollectionRoutes(List<CollectionNotice> notices, NoticeDocument doc, ObjectMapper mapper) {
    TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
    this.policy = new HtmlNotice(engine).contentSecurityPolicy(doc);
    String color = HtmlNotice.color(doc);
    for (CollectionNotice notice : notices) {
      StringOutput html = new StringOutput();
      engine.render("notice/point.jte", Map.of("notice", notice, "color", color), html);
      byId.put(notice.id(), new Rendered(html.toString(), json(mapper, notice), text(notice)));
    }
  }

  /** The {@code .txt} form: the oral script for a point read aloud, the plain notice otherwise. */
  public static String text(CollectionNotice notice) {
    return notice.oral() ? CollectionNoticeText.oral(notice) : CollectionNoticeText.plain(notice);
  }

  private static String json(ObjectMapper mapper, CollectionNotice notice) {
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(notice);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the notice at collection cannot be written as JSON", e);
    }
  }

  public void register(RoutesConfig routes) {
    routes.get(CollectionNoticeBuilder.PATH + "{point}", this::serve);
  }

  /* One route with the format as the id's suffix: ids are lower-case letters, digits, - and _, so
   * a dot can only start the suffix. */
  private void serve(Context ctx) {
    String point = ctx.pathParam("point");
    String format = "html";
    int dot = point.lastIndexOf('.');
    if (dot > 0) {
      format = point.substring(dot + 1);
      point = point.substring(0, dot);
    }
    Rendered rendered = byId.get(point);
    if (rendered == null) {
      throw new NotFoundResponse("no collection point '" + point + "'");
    }
    switch (format) {
      case "html" ->
          ctx.header("Content-Security-Policy", policy)
              .contentType("text/html; charset=utf-8")
              .result(rendered.html());
      case "json" -> ctx.contentType("application/json").result(rendered.json());
      case "txt" -> ctx.contentType("text/plain; charset=utf-8").result(rendered.text());
      default -> throw new NotFoundResponse("no format '" + format + "': use .json or .txt");
    }
  }
}
