package dev.rightful.staff.internal;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/** Renders the staff console's precompiled JTE templates into responses. Thread-safe. */
public final class Pages {
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  private Pages() {}

  /** Renders {@code staff/NAME.jte} with its one parameter as the response, with this status. */
  public static void render(Context ctx, int status, String name, Object model) {
    StringOutput out = new StringOutput();
    ENGINE.render("staff/" + name + ".jte", model, out);
    ctx.status(status).html(out.toString());
  }

  /** A short error page with a link onward; the caller decides whether to stop the request. */
  public static void error(Context ctx, int status, String title, String message) {
    render(ctx, status, "error", new ErrorPage(title, message));
  }
}
