package dev.rightful.console;

import dev.rightful.audit.AuditLog;
import dev.rightful.audit.ReportYear;
import dev.rightful.audit.RequestMetrics;
import dev.rightful.datamap.CorrectableInformation;
import dev.rightful.fulfil.Fulfilment;
import dev.rightful.law.Deadlines;
import dev.rightful.requests.Assignments;
import dev.rightful.requests.RequestCsv;
import dev.rightful.requests.RequestFinder;
import dev.rightful.requests.RequestService;
import dev.rightful.retention.HoldTargets;
import dev.rightful.retention.Holds;
import dev.rightful.staff.StaffUsers;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The staff console's request pages: the queue ({@code /admin/requests}) and its CSV, a request's
 * page with its actions, phone entry, the §7102 metrics ({@code /admin/metrics}) with their CSV,
 * and legal holds ({@code /admin/holds}). Register after {@code StaffRoutes}, whose guards make
 * every page here need a session and every form post carry the CSRF token. Pages work without
 * JavaScript. Thread-safe.
 */
public final class ConsoleRoutes {
  static final String QUEUE = "/admin/requests";
  static final String METRICS = "/admin/metrics";

  private final RequestService requests;
  private final Fulfilment fulfilment;
  private final RequestFinder finder;
  private final RequestMetrics metrics;
  private final Clock clock;
  private final ZoneId zone;
  private final RequestPageRoutes requestPage;
  private final PhoneEntryRoutes phoneEntry;
  private final HoldsConsoleRoutes holds;

  /**
   * @param zone the business's time zone, in which days are counted and times shown
   * @param correctable what phone entry offers a correction to name, from the data map ({@link
   *     CorrectableInformation#of})
   */
  public ConsoleRoutes(
      RequestService requests,
      Fulfilment fulfilment,
      RequestMetrics metrics,
      AuditLog audit,
      Deadlines deadlines,
      Clock clock,
      ZoneId zone,
      Holds holds,
      HoldTargets targets,
      List<CorrectableInformation> correctable,
      RequestFinder finder,
      Assignments assignments,
      StaffUsers users) {
    this.requests = requests;
    this.finder = finder;
    this.metrics = metrics;
    this.clock = clock;
    this.zone = zone;
    this.fulfilment = fulfilment;
    this.requestPage =
        new RequestPageRoutes(
            requests,
            fulfilment,
            audit,
            deadlines,
            clock,
            zone,
            new AssignAction(assignments, users));
    this.phoneEntry = new PhoneEntryRoutes(requests, correctable);
    this.holds = new HoldsConsoleRoutes(holds, targets, clock, zone);
  }

  public void register(RoutesConfig routes) {
    routes.get(QUEUE, this::queue);
    routes.get(QUEUE + ".csv", this::csv);
    // Before the request page: "new" is not a request id.
    phoneEntry.register(routes);
    requestPage.register(routes);
    routes.get(METRICS, this::metrics);
    routes.get(METRICS + ".csv", this::metricsCsv);
    holds.register(routes);
  }

  private void queue(Context ctx) {
    ConsoleUser user = user(ctx);
    Optional<QueueView> view = QueueView.parse(ctx::queryParam);
    if (view.isEmpty()) {
      Templates.error(
          ctx,
          400,
          "Unknown view",
          "Choose a status, sort and page from the queue's own links and lists.",
          user);
      return;
    }
    // Text that is no reference, email or phone names no request: nothing is scanned for it.
    RequestFinder.Page found =
        view.get().unreadableSearch()
            ? new RequestFinder.Page(List.of(), 0)
            : finder.find(view.get().query(user.username()));
    Templates.render(
        ctx,
        200,
        "queue",
        new QueuePage(
            user, view.get(), found.rows(), found.total(), today(), fulfilment.jobs().blocked()));
  }

  /** Every request as CSV: the §7101 record fields, no personal information (rule 44). */
  private void csv(Context ctx) {
    ctx.contentType("text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"requests.csv\"")
        .result(RequestCsv.write(requests.queue(null, 100_000)));
  }

  private void metrics(Context ctx) {
    ConsoleUser user = user(ctx);
    if (!reportsAllowed(ctx, user)) {
      return;
    }
    LocalDate today = today();
    Optional<Integer> year = ReportYear.parse(ctx.queryParam("year"), today);
    if (year.isEmpty()) {
      Templates.render(
          ctx,
          400,
          "metrics",
          new MetricsPage(
              user, today.getYear() - 1, List.of(), today.getYear(), ReportYear.problem(today)));
      return;
    }
    Templates.render(
        ctx,
        200,
        "metrics",
        new MetricsPage(user, year.get(), metrics.forYear(year.get()), today.getYear(), null));
  }

  private void metricsCsv(Context ctx) {
    ConsoleUser user = user(ctx);
    if (!reportsAllowed(ctx, user)) {
      return;
    }
    LocalDate today = today();
    Optional<Integer> year = ReportYear.parse(ctx.queryParam("year"), today);
    if (year.isEmpty()) {
      Templates.error(
          ctx, 400, "Unknown year", "The year " + ReportYear.problem(today) + ".", user);
      return;
    }
    ctx.contentType("text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"metrics-" + year.get() + ".csv\"")
        .result(metrics.csv(year.get()));
  }

  private static boolean reportsAllowed(Context ctx, ConsoleUser user) {
    if (user.canReadReports()) {
      return true;
    }
    Templates.error(
        ctx,
        403,
        "Not allowed",
        "The metrics are for admins and auditors; your role is " + user.role().key() + ".",
        user);
    return false;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(zone));
  }

  private static ConsoleUser user(Context ctx) {
    return ConsoleUser.of(ctx);
  }
}
