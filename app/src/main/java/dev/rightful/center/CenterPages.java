package dev.rightful.center;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/** Renders the privacy center's precompiled JTE templates into responses. Thread-safe. */
final class CenterPages {
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  // Whether the page chrome links "Limit the Use of My Sensitive Personal Information" (rule 43).
  private final boolean limitLink;

  CenterPages(boolean limitLink) {
    this.limitLink = limitLink;
  }

  /** Renders {@code center/NAME.jte} with its one parameter as the response, with this status. */
  void render(Context ctx, int status, String name, Object model) {
    render(ctx, status, name, model, Map.of());
  }

  /** As {@link #render(Context, int, String, Object)}, with the template's other parameters. */
  void render(Context ctx, int status, String name, Object model, Map<String, Object> more) {
    Map<String, Object> params = new HashMap<>(more);
    params.put("page", model);
    params.put("limitLink", limitLink);
    StringOutput out = new StringOutput();
    ENGINE.render("center/" + name + ".jte", params, out);
    ctx.status(status).html(out.toString());
  }
}
