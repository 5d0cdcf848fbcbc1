package dev.rightful;

import com.github.kagkarlsson.scheduler.task.Task;
import dev.rightful.datamap.DataMap;
import dev.rightful.fulfil.Fulfilment;
import dev.rightful.fulfil.FulfilmentRoutes;
import dev.rightful.fulfil.FulfilmentService;
import dev.rightful.fulfil.SuppressionList;
import dev.rightful.fulfil.SuppressionRoutes;
import dev.rightful.fulfil.access.PackageLinks;
import dev.rightful.fulfil.notify.Notices;
import dev.rightful.web.ServerModule;
import io.javalin.config.JavalinConfig;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * Fulfilment of verified requests against the company's databases and vendors, as persistent,
 * resumable jobs; the notices that tell the companies a request concerns; the suppression list.
 */
final class FulfilModule implements ServerModule {
  final Fulfilment fulfilment;
  final Notices notices;
  private final App.Settings settings;
  private final StoreModule store;
  private final AuditModule audit;
  private final StaffModule staff;

  FulfilModule(
      App.Settings settings,
      DataMap map,
      StoreModule store,
      AuditModule audit,
      StaffModule staff,
      MailModule mail,
      RequestsModule requests,
      RetentionModule retention,
      Function<String, String> env,
      MeterRegistry meters) {
    this.settings = settings;
    this.store = store;
    this.audit = audit;
    this.staff = staff;
    this.notices = new Notices(store.database.jdbi(), map, audit.audit, settings.clock());
    // Consent propagation leaves a request's opt-out to these notices.
    requests.events.on(
        "fulfil: the companies a received request concerns are told of it",
        "request.received",
        (handle, actor, action, request, facts) -> notices.received(handle, request));
    this.fulfilment =
        new Fulfilment(
            new Fulfilment.Parts(
                map,
                store.database.jdbi(),
                store.pi,
                requests.requests,
                audit.audit,
                Fulfilment.jdbcConnectors(store.company),
                notices,
                // The holds the console and the API place, read as rows are erased.
                retention.holds,
                // Webhook secrets: each vendor's secretEnv, else RIGHTFUL_WEBHOOK_SECRET.
                env,
                mail.messages,
                mail.outbox,
                new FulfilmentService.Settings(
                    Fulfilment.MAX_ATTEMPTS,
                    PackageLinks.DEFAULT_VALIDITY,
                    settings.publicUrl(),
                    settings.legalClock().zone()),
                Duration.ofSeconds(30),
                settings.clock(),
                meters));
  }

  @Override
  public void register(JavalinConfig config) {
    var routes = config.routes;
    new SuppressionRoutes(
            new SuppressionList(store.database.jdbi(), store.pi, settings.clock()),
            staff.staff.authenticator())
        .register(routes);
    new FulfilmentRoutes(fulfilment, staff.staff.authenticator(), audit.audit, settings.clock())
        .register(routes);
  }

  /** The fulfilment jobs and the recurring notices and package purge, on the node's scheduler. */
  @Override
  public List<Task<?>> tasks() {
    return fulfilment.scheduler().tasks();
  }

  @Override
  public void close() {
    fulfilment.close();
  }
}
