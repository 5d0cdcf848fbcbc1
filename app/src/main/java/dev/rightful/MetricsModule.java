package dev.rightful;

import dev.rightful.metrics.HttpTimings;
import dev.rightful.metrics.MetricsRoutes;
import dev.rightful.metrics.StoreGauges;
import dev.rightful.requests.RequestTally;
import dev.rightful.web.ServerModule;
import io.javalin.config.JavalinConfig;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * Metrics for operators (docs/metrics.md): the registry the modules record in (fulfilment steps,
 * consent decisions), the gauges read from Rightful's database, HTTP timings, and {@code GET
 * /metrics} behind a token with the scope {@code metrics:read}. Its registry is made before the
 * other modules, which are handed it; the module itself is built last, from the modules whose state
 * it reads.
 */
final class MetricsModule implements ServerModule {
  private final PrometheusMeterRegistry registry;
  private final StaffModule staff;

  MetricsModule(
      App.Settings settings,
      PrometheusMeterRegistry registry,
      StoreModule store,
      StaffModule staff,
      MailModule mail,
      RetentionModule retention,
      FulfilModule fulfil) {
    this.registry = registry;
    this.staff = staff;
    new StoreGauges(
            new RequestTally(store.database.jdbi(), settings.clock(), settings.legalClock().zone()),
            mail.outbox,
            fulfil.notices,
            retention.sweeper,
            settings.clock(),
            settings.legalClock().zone())
        .bindTo(registry);
    new JvmMemoryMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
  }

  /** A registry for one server: never the global one, as tests run several servers at once. */
  static PrometheusMeterRegistry newRegistry() {
    return new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  }

  @Override
  public void register(JavalinConfig config) {
    new HttpTimings(registry).register(config.routes);
    new MetricsRoutes(registry, staff.staff.serviceTokens(), staff.staff.authenticator())
        .register(config.routes);
  }

  @Override
  public void close() {
    registry.close();
  }
}
