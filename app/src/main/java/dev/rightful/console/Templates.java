package dev.rightful.console;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/** Renders the console's precompiled templates ({@code jte/console/}). Thread-safe. */
final class Templates {
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  private Templates() {}

  /** Renders {@code console/NAME.jte} with its one parameter as the response, with this status. */
  static void render(Context ctx, int status, String name, Object model) {
    StringOutput out = new StringOutput();
    ENGINE.render("console/" + name + ".jte", model, out);
    ctx.status(status).html(out.toString());
  }

  static void error(Context ctx, int status, String title, String message, ConsoleUser user) {
    render(ctx, status, "error", new ErrorPage(title, message, user));
  }
}
