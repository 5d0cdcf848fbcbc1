package dev.rightful.web;

import dev.rightful.store.Database;
import io.javalin.config.RoutesConfig;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Liveness ({@code /healthz}: the process serves, never asking the database) and readiness ({@code
 * /readyz}: the database answers within {@link #READY_WAIT}, else 503, so a load balancer stops
 * sending traffic in seconds when the database goes silent).
 */
public final class HealthRoutes {
  /** The longest {@code /readyz} takes to answer. */
  public static final Duration READY_WAIT = Duration.ofMillis(1500);

  private static final Executor PROBES =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "readiness-probe");
            thread.setDaemon(true);
            return thread;
          });

  private final Database database;

  public HealthRoutes(Database database) {
    this.database = database;
  }

  public void register(RoutesConfig routes) {
    routes.get("/healthz", ctx -> ctx.json(Map.of("status", "UP")));
    routes.get(
        "/readyz",
        ctx -> {
          boolean ready =
              CompletableFuture.supplyAsync(database::isReachable, PROBES)
                  .completeOnTimeout(false, READY_WAIT.toMillis(), TimeUnit.MILLISECONDS)
                  .join();
          ctx.status(ready ? 200 : 503)
              .json(
                  Map.of(
                      "status",
                      ready ? "READY" : "UNAVAILABLE",
                      "database",
                      ready ? "UP" : "DOWN"));
        });
  }
}
