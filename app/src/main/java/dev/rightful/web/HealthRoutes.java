package dev.rightful.web;

import dev.rightful.store.Database;
import io.javalin.config.RoutesConfig;
import java.util.Map;

/** Liveness ({@code /healthz}) and readiness ({@code /readyz}: the database answers) probes. */
public final class HealthRoutes {
  private final Database database;

  public HealthRoutes(Database database) {
    this.database = database;
  }

  public void register(RoutesConfig routes) {
    routes.get("/healthz", ctx -> ctx.json(Map.of("status", "UP")));
    routes.get(
        "/readyz",
        ctx -> {
          boolean ready = database.isReachable();
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
