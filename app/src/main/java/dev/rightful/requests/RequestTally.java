package dev.rightful.requests;

import dev.rightful.law.RequestType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * How many rights requests there are by type and status, and how many open ones are overdue or due
 * soon, counted with one grouped query (for the metrics endpoint, which asks on every scrape). The
 * due date is the request's stored one, extended when it was (§7021(b)); nothing here computes a
 * deadline. Thread-safe.
 */
public final class RequestTally {
  /** "Due soon": due within this many calendar days from today, today included. */
  public static final int SOON_DAYS = 7;

  /** The requests of one type in one status. */
  public record Group(RequestType type, RequestStatus status, long count) {}

  /**
   * @param overdue open requests whose (extended) due date has passed: the response is late
   * @param dueSoon open requests not yet overdue, due within {@link #SOON_DAYS} days
   */
  public record Counts(List<Group> groups, long overdue, long dueSoon) {
    public Counts {
      groups = List.copyOf(groups);
    }
  }

  private final Jdbi jdbi;
  private final Clock clock;
  private final ZoneId businessZone;

  public RequestTally(Jdbi jdbi, Clock clock, ZoneId businessZone) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.businessZone = businessZone;
  }

  /** The counts as of today in the business's zone. */
  public Counts count() {
    LocalDate today = LocalDate.now(clock.withZone(businessZone));
    List<Group> groups = new ArrayList<>();
    long[] late = new long[2];
    jdbi.useHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT type, status, COALESCE(extended_due_by, due_by) AS due, COUNT(*) AS n"
                        + " FROM rights_request GROUP BY type, status,"
                        + " COALESCE(extended_due_by, due_by)")
                .map(
                    (rs, ctx) -> {
                      RequestType type = RequestType.fromId(rs.getString("type")).orElseThrow();
                      RequestStatus status =
                          RequestStatus.fromId(rs.getString("status")).orElseThrow();
                      long n = rs.getLong("n");
                      LocalDate due = rs.getObject("due", LocalDate.class);
                      if (status.isOpen()) {
                        long daysLeft = ChronoUnit.DAYS.between(today, due);
                        if (daysLeft < 0) {
                          late[0] += n;
                        } else if (daysLeft <= SOON_DAYS) {
                          late[1] += n;
                        }
                      }
                      return new Group(type, status, n);
                    })
                .forEach(groups::add));
    return new Counts(merge(groups), late[0], late[1]);
  }

  /** One group per type and status: the query splits them by due date. */
  private static List<Group> merge(List<Group> byDue) {
    Map<List<Object>, Group> out = new LinkedHashMap<>();
    for (Group g : byDue) {
      out.merge(
          List.of(g.type(), g.status()),
          g,
          (a, b) -> new Group(a.type(), a.status(), a.count() + b.count()));
    }
    return List.copyOf(out.values());
  }
}
