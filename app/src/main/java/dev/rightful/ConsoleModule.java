package dev.rightful;

import dev.rightful.audit.MetricsApiRoutes;
import dev.rightful.audit.RequestMetrics;
import dev.rightful.consent.ConsentModule;
import dev.rightful.consent.ConsumerConsent;
import dev.rightful.console.AssessmentsRoutes;
import dev.rightful.console.ConsoleRoutes;
import dev.rightful.console.ConsumerRoutes;
import dev.rightful.console.DataMapRoutes;
import dev.rightful.datamap.DataMap;
import dev.rightful.requests.Assignments;
import dev.rightful.requests.RequestFinder;
import dev.rightful.requests.RequestRepository;
import dev.rightful.web.ServerModule;
import io.javalin.config.JavalinConfig;

/**
 * What staff work with: the console's pages (queue, request, phone entry, holds, metrics, a
 * consumer's consent and notices, the vendor notices overdue, the data map) and the §7102 metrics
 * API. It holds no services of its own; it presents those of the other modules.
 */
final class ConsoleModule implements ServerModule {
  private final App.Settings settings;
  private final AuditModule audit;
  private final StaffModule staff;
  private final RequestsModule requests;
  private final FulfilModule fulfil;
  private final RetentionModule retention;
  private final RequestMetrics metrics;
  private final RequestFinder finder;
  private final Assignments assignments;
  private final ConsumerRoutes consumers;
  private final DataMap map;

  ConsoleModule(
      App.Settings settings,
      DataMap map,
      StoreModule store,
      AuditModule audit,
      StaffModule staff,
      RequestsModule requests,
      FulfilModule fulfil,
      RetentionModule retention,
      ConsentModule consent) {
    this.settings = settings;
    this.map = map;
    this.audit = audit;
    this.staff = staff;
    this.requests = requests;
    this.fulfil = fulfil;
    this.retention = retention;
    this.metrics = new RequestMetrics(store.database.jdbi(), settings.legalClock().zone());
    this.finder = new RequestFinder(store.database.jdbi(), store.pi);
    this.assignments =
        new Assignments(store.database.jdbi(), new RequestRepository(store.pi), requests.events);
    this.consumers =
        new ConsumerRoutes(
            requests.requests,
            finder,
            new ConsumerConsent(store.database.jdbi()),
            consent.propagation(),
            fulfil.notices,
            store.pi,
            settings.clock(),
            settings.legalClock().zone());
  }

  @Override
  public void register(JavalinConfig config) {
    var routes = config.routes;
    new ConsoleRoutes(
            requests.requests,
            fulfil.fulfilment,
            metrics,
            audit.audit,
            settings.legalClock().deadlines(),
            settings.clock(),
            settings.legalClock().zone(),
            retention.holds,
            retention.targets,
            requests.correctable,
            finder,
            assignments,
            staff.staff.users())
        .register(routes);
    consumers.register(routes);
    new DataMapRoutes(map).register(routes);
    new AssessmentsRoutes(map, settings.clock(), settings.legalClock().zone()).register(routes);
    new MetricsApiRoutes(
            metrics, staff.staff.authenticator(), settings.clock(), settings.legalClock().zone())
        .register(routes);
  }
}
