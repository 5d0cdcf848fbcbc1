package dev.rightful;

import com.github.kagkarlsson.scheduler.task.Task;
import dev.rightful.audit.HoldAuditRecorder;
import dev.rightful.audit.SweepAuditRecorder;
import dev.rightful.datamap.DataMap;
import dev.rightful.requests.RecordsPurge;
import dev.rightful.requests.RecordsPurgeScheduler;
import dev.rightful.retention.HoldRoutes;
import dev.rightful.retention.HoldTargets;
import dev.rightful.retention.Holds;
import dev.rightful.retention.RetentionScheduler;
import dev.rightful.retention.RetentionSweeper;
import dev.rightful.web.Json;
import dev.rightful.web.ServerModule;
import io.javalin.config.JavalinConfig;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeping and not keeping: legal holds (placed from the console and the API, audited, honoured by
 * deletions and sweeps), the daily retention sweep of the company's data (rule 42) and the daily
 * purge of Rightful's own request records past their keeping period (§7101, rule 44). start-dev
 * runs neither schedule, so the demo data stays as the walkthroughs describe it; {@code rightful
 * retention} and {@code rightful records purge --dev} run them there.
 */
final class RetentionModule implements ServerModule {
  private static final Logger log = LoggerFactory.getLogger(RetentionModule.class);

  final Holds holds;
  final HoldTargets targets;
  final RetentionSweeper sweeper;
  private final App.Settings settings;
  private final StaffModule staff;
  private final RetentionScheduler sweeps;
  private final RecordsPurgeScheduler records;

  RetentionModule(
      App.Settings settings, DataMap map, StoreModule store, AuditModule audit, StaffModule staff) {
    this.settings = settings;
    this.staff = staff;
    this.holds =
        new Holds(
            store.database.jdbi(), store.pi, settings.clock(), new HoldAuditRecorder(audit.audit));
    // Holds placed before V14 kept the consumer's identifier in plain text: seal them before
    // anything reads holds (sweeps, deletions).
    int sealed = holds.sealPlaintext();
    if (sealed > 0) {
      log.info("sealed the identifiers of {} legal holds stored in plain text", sealed);
    }
    this.targets = new HoldTargets(map);
    // One node at a time sweeps: db-scheduler picks one, and the sweep lease besides.
    this.sweeper =
        new RetentionSweeper(
            map,
            store.company::find,
            store.database.jdbi(),
            store.pi,
            new SweepAuditRecorder(audit.audit),
            settings.clock(),
            RetentionSweeper.Settings.defaults(
                ManagementFactory.getRuntimeMXBean().getName() + ":" + UUID.randomUUID()));
    this.sweeps = new RetentionScheduler(sweeper, Duration.ofMinutes(1));
    this.records =
        new RecordsPurgeScheduler(
            new RecordsPurge(
                store.database.jdbi(),
                audit.audit,
                settings.clock(),
                settings.legalClock().zone(),
                () -> holds.heldEmailAndPhoneKeys(settings.clock().instant())),
            settings.recordKeeping(),
            RecordsPurgeScheduler.FIRST,
            RecordsPurgeScheduler.EVERY);
  }

  @Override
  public void register(JavalinConfig config) {
    var routes = config.routes;
    new HoldRoutes(holds, targets, staff.staff.authenticator(), Json.mapper(), settings.clock())
        .register(routes);
  }

  @Override
  public List<Task<?>> tasks() {
    return settings.devMode() ? List.of() : List.of(sweeps.task(), records.task());
  }
}
