package dev.rightful.metrics;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Times every HTTP request with a before and an after handler (Javalin's own Micrometer plugin
 * stops at Javalin 6): {@code rightful.http.requests}, tagged with the method, the route as
 * registered ({@code /api/v1/requests/{id}}, never the path itself, which may carry a status link's
 * secret) and the status. Thread-safe.
 */
public final class HttpTimings {
  static final String NAME = "rightful.http.requests";
  private static final String SAMPLE = "rightful.metrics.sample";

  private final MeterRegistry meters;

  public HttpTimings(MeterRegistry meters) {
    this.meters = meters;
  }

  public void register(RoutesConfig routes) {
    routes.before(ctx -> ctx.attribute(SAMPLE, Timer.start(meters)));
    routes.after(this::stop);
  }

  private void stop(Context ctx) {
    Timer.Sample sample = ctx.attribute(SAMPLE);
    if (sample == null) {
      return;
    }
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    sample.stop(
        Timer.builder(NAME)
            .description("HTTP requests served, by route and status")
            .tag("method", ctx.method().name())
            // Unmatched paths (404s, static files) share one tag: a scanner cannot grow the series.
            .tag("route", endpoint == null ? "unmatched" : endpoint.path)
            .tag("status", String.valueOf(ctx.statusCode()))
            .register(meters));
  }
}
