package dev.rightful.metrics;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.rightful.fulfil.notify.Notices;
import dev.rightful.law.RequestType;
import dev.rightful.mail.MailStatus;
import dev.rightful.mail.Outbox;
import dev.rightful.requests.RequestStatus;
import dev.rightful.requests.RequestTally;
import dev.rightful.retention.RetentionSweeper;
import dev.rightful.retention.SweepProgress;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gauges read from Rightful's database: requests by type and status, overdue and due soon, the
 * mail outbox, recipient notices past due and the retention sweep. Read on scrape, all at once, and
 * kept for {@link #TTL}: several Prometheus servers scraping, or one scraping often, cost one set
 * of grouped queries per {@code TTL}. Counts only, never personal information. Thread-safe.
 */
public final class StoreGauges implements MeterBinder {
  private static final Logger log = LoggerFactory.getLogger(StoreGauges.class);

  /** How long a reading is served before the database is asked again. */
  public static final Duration TTL = Duration.ofSeconds(5);

  /** One reading of every source. */
  record Reading(
      RequestTally.Counts requests,
      Outbox.Backlog outbox,
      long noticesOverdue,
      SweepProgress sweep,
      Instant at) {
    long requests(RequestType type, RequestStatus status) {
      return requests.groups().stream()
          .filter(g -> g.type() == type && g.status() == status)
          .mapToLong(RequestTally.Group::count)
          .sum();
    }
  }

  private final RequestTally tally;
  private final Outbox outbox;
  private final Notices notices;
  private final RetentionSweeper sweeper;
  private final Clock clock;
  private final ZoneId businessZone;
  private final LoadingCache<Boolean, Reading> cache;

  public StoreGauges(
      RequestTally tally,
      Outbox outbox,
      Notices notices,
      RetentionSweeper sweeper,
      Clock clock,
      ZoneId businessZone) {
    this.tally = tally;
    this.outbox = outbox;
    this.notices = notices;
    this.sweeper = sweeper;
    this.clock = clock;
    this.businessZone = businessZone;
    this.cache = Caffeine.newBuilder().expireAfterWrite(TTL).build(key -> read());
  }

  private Reading read() {
    try {
      return readNow();
    } catch (RuntimeException e) {
      // The gauges then read NaN, which Prometheus stores as a gap: the log says why.
      log.warn("metrics: reading the store failed: {}", e.toString());
      throw e;
    }
  }

  private Reading readNow() {
    return new Reading(
        tally.count(),
        outbox.backlog(),
        notices.countOverdue(LocalDate.now(clock.withZone(businessZone))),
        sweeper.progress(),
        clock.instant());
  }

  /** The current reading, from the cache when younger than {@link #TTL}. */
  Reading reading() {
    return cache.get(Boolean.TRUE);
  }

  @Override
  public void bindTo(MeterRegistry meters) {
    // Every type and status, zeros included, so a dashboard's series exist from the first scrape.
    for (RequestType type : RequestType.values()) {
      for (RequestStatus status : RequestStatus.values()) {
        gauge(
                "rightful.requests",
                "Rights requests by type and status",
                r -> r.requests(type, status))
            .tag("type", type.id())
            .tag("status", status.id())
            .register(meters);
      }
    }
    gauge(
            "rightful.requests.overdue",
            "Open requests past their (extended) due date",
            r -> r.requests().overdue())
        .register(meters);
    gauge(
            "rightful.requests.due.soon",
            "Open requests due within " + RequestTally.SOON_DAYS + " days, not yet overdue",
            r -> r.requests().dueSoon())
        .register(meters);
    for (MailStatus status : MailStatus.values()) {
      gauge(
              "rightful.mail.outbox",
              "Consumer mail in the outbox by status",
              r -> r.outbox().byStatus().getOrDefault(status, 0L))
          .tag("status", status.id())
          .register(meters);
    }
    gauge(
            "rightful.mail.outbox.oldest.pending.age",
            "Seconds the oldest pending message has waited; 0 when none",
            r ->
                r.outbox().oldestPending() == null
                    ? 0
                    : Duration.between(r.outbox().oldestPending(), r.at()).toSeconds())
        .baseUnit("seconds")
        .register(meters);
    gauge(
            "rightful.vendor.notices.overdue",
            "Notices to service providers, contractors and third parties past due, unacknowledged",
            Reading::noticesOverdue)
        .register(meters);
    sweep(meters);
  }

  private void sweep(MeterRegistry meters) {
    gauge(
            "rightful.retention.sweep.running",
            "1 while a sweep is unfinished",
            r -> r.sweep().running() ? 1 : 0)
        .register(meters);
    gauge(
            "rightful.retention.sweep.targets",
            "Tables the latest sweep covers",
            r -> r.sweep().targets())
        .register(meters);
    gauge(
            "rightful.retention.sweep.targets.done",
            "Tables the latest sweep has ended",
            r -> r.sweep().targetsDone())
        .register(meters);
    gauge(
            "rightful.retention.sweep.rows",
            "Rows the latest sweep deleted or anonymized",
            r -> r.sweep().rowsDone())
        .register(meters);
    gauge(
            "rightful.retention.sweep.finished",
            "When the latest sweep finished, in seconds since the epoch; 0 while it runs or before"
                + " the first",
            r -> r.sweep().finishedAt() == null ? 0 : r.sweep().finishedAt().getEpochSecond())
        .register(meters);
  }

  private Gauge.Builder<StoreGauges> gauge(
      String name, String help, ToDoubleFunction<Reading> value) {
    // Strong: nothing else holds this binder, and a gauge of a collected object reads NaN.
    return Gauge.builder(name, this, g -> value.applyAsDouble(g.reading()))
        .description(help)
        .strongReference(true);
  }
}
