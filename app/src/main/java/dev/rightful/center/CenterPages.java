package dev.rightful.center;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/** Renders the privacy center's precompiled JTE templates into responses. Thread-safe. */
final class CenterPages {
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  /** Renders {@code center/NAME.jte} with its one parameter as the response, with this status. */
  void render(Context ctx, int status, String name, Object model) {
    StringOutput out = new StringOutput();
    ENGINE.render("center/" + name + ".jte", model, out);
    ctx.status(status).html(out.toString());
  }
}
