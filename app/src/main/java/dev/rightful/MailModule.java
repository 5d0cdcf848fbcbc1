package dev.rightful;

import dev.rightful.datamap.DataMap;
import dev.rightful.mail.CompanyContact;
import dev.rightful.mail.Dispatcher;
import dev.rightful.mail.DispatcherSettings;
import dev.rightful.mail.Messages;
import dev.rightful.mail.Outbox;
import dev.rightful.mail.OutboxRoutes;
import dev.rightful.web.ServerModule;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.javalin.config.JavalinConfig;

/**
 * Consumer mail: the messages written in the company's name, the transactional outbox they are
 * queued in with the change that causes them, and the dispatcher that sends them over SMTP.
 */
final class MailModule implements ServerModule {
  final Outbox outbox;
  final Messages messages;
  private final Dispatcher dispatcher;
  private final App.Settings settings;

  MailModule(App.Settings settings, DataMap map, StoreModule store) {
    this.settings = settings;
    this.outbox = new Outbox(store.database.jdbi(), store.pi, settings.clock());
    this.messages =
        new Messages(CompanyContact.from(map.business(), settings.publicUrl()), settings.clock());
    this.dispatcher =
        new Dispatcher(
            outbox,
            settings.smtp(),
            DispatcherSettings.every(settings.mailPollInterval()),
            settings.clock());
  }

  @Override
  public void register(JavalinConfig config) {
    var routes = config.routes;
    if (settings.devMode()) {
      // Shows consumer mail, one-time codes included: start-dev only, behind the admin login.
      new OutboxRoutes(
              outbox,
              TemplateEngine.createPrecompiled(ContentType.Html),
              settings.clock().getZone())
          .register(routes);
    }
  }

  @Override
  public void start() {
    dispatcher.start();
  }

  @Override
  public void close() {
    dispatcher.close();
  }
}
