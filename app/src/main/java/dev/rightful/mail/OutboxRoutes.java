package dev.rightful.mail;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.RoutesConfig;
import java.time.ZoneId;

/**
 * Serves {@code GET /admin/outbox}: the most recent messages with kind, status, recipient, subject,
 * body and times, so a developer can read in start-dev the mail that was not sent. The page shows
 * personal information and one-time codes: the caller registers these routes only behind the admin
 * login, and only where showing them is intended (start-dev).
 */
public final class OutboxRoutes {
  static final int SHOWN = 100;

  private final Outbox outbox;
  private final TemplateEngine templates;
  private final ZoneId zone;

  public OutboxRoutes(Outbox outbox, TemplateEngine templates, ZoneId zone) {
    this.outbox = outbox;
    this.templates = templates;
    this.zone = zone;
  }

  public void register(RoutesConfig routes) {
    routes.get(
        "/admin/outbox",
        ctx -> {
          StringOutput html = new StringOutput();
          templates.render("mail/outbox.jte", new OutboxPage(outbox.list(SHOWN), zone), html);
          ctx.html(html.toString());
        });
  }
}
