package dev.rightful.audit;

import dev.rightful.staff.Authenticator;
import dev.rightful.staff.Role;
import dev.rightful.web.ApiProblem;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The §7102 metrics on the staff API (rule 45): {@code GET /api/v1/metrics?year=YYYY} as JSON and
 * {@code GET /api/v1/metrics.csv?year=YYYY} as CSV, for admins and auditors with a bearer token.
 * Thread-safe.
 */
public final class MetricsApiRoutes {
  private static final Role[] READ = {Role.ADMIN, Role.AUDITOR};

  private final RequestMetrics metrics;
  private final Authenticator staff;
  private final Clock clock;
  private final ZoneId zone;

  public MetricsApiRoutes(RequestMetrics metrics, Authenticator staff, Clock clock, ZoneId zone) {
    this.metrics = metrics;
    this.staff = staff;
    this.clock = clock;
    this.zone = zone;
  }

  /** The JSON answer: the year and one row per kind of request. */
  public record Report(int year, List<RequestMetrics.Row> rows) {}

  public void register(RoutesConfig routes) {
    routes.get("/api/v1/metrics", this::json);
    routes.get("/api/v1/metrics.csv", this::csv);
  }

  private void json(Context ctx) {
    staff.require(ctx, READ);
    int year = year(ctx);
    ctx.json(new Report(year, metrics.forYear(year)));
  }

  private void csv(Context ctx) {
    staff.require(ctx, READ);
    int year = year(ctx);
    ctx.contentType("text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"metrics-" + year + ".csv\"")
        .result(metrics.csv(year));
  }

  private int year(Context ctx) {
    LocalDate today = LocalDate.now(clock.withZone(zone));
    return ReportYear.parse(ctx.queryParam("year"), today)
        .orElseThrow(() -> ApiProblem.badRequest("year", ReportYear.problem(today)));
  }
}
