package dev.rightful.fulfil;

import dev.rightful.audit.AuditEntry;
import dev.rightful.audit.AuditLog;
import dev.rightful.datamap.DataMap;
import dev.rightful.fulfil.connector.Connector;
import dev.rightful.requests.Correction;
import dev.rightful.requests.RightsRequest;
import dev.rightful.retention.Hold;
import dev.rightful.retention.Holds;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;

/**
 * The step of one company database, through its connector: the consumer's rows are found and kept
 * sealed before anything changes (a retry reuses them), then erased, left as found for access, or
 * corrected, and the step is marked done with its counts and its audit event. Thread-safe.
 */
final class DatabaseSteps {
  private final DataMap map;
  private final JobSteps jobs;
  private final StepCodec codec;
  private final Function<String, Connector> connectors;
  private final FulfilKeys keys;
  private final Holds holds;
  private final AuditLog audit;
  private final Clock clock;
  private final Jdbi jdbi;

  DatabaseSteps(
      DataMap map,
      JobSteps jobs,
      StepCodec codec,
      Function<String, Connector> connectors,
      FulfilKeys keys,
      Holds holds,
      AuditLog audit,
      Clock clock,
      Jdbi jdbi) {
    this.jdbi = jdbi;
    this.map = map;
    this.jobs = jobs;
    this.codec = codec;
    this.connectors = connectors;
    this.keys = keys;
    this.holds = holds;
    this.audit = audit;
    this.clock = clock;
  }

  /** Runs {@code system}'s step; {@code previous} is its row from an earlier attempt, or null. */
  void run(
      RightsRequest request,
      StepKind kind,
      Plan plan,
      SystemPlan system,
      Identity identity,
      JobSteps.Step previous) {
    String requestId = request.id();
    String step = system.system().id();
    Connector connector = connectors.apply(step);
    Found found =
        previous != null && previous.foundSealed() != null
            ? codec.openFound(requestId, step, previous.foundSealed())
            : kind == StepKind.DELETE
                ? connector.findForErasure(system, identity)
                : connector.find(system, identity);
    jobs.saveFound(requestId, step, kind, codec.sealFound(requestId, found));
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("system", step);
    facts.put("rowsFound", found.rowCount());
    facts.put("statements", found.statements());
    String result =
        switch (kind) {
          case DELETE -> {
            // Holds are read as the rows are erased: one placed after the rows were found still
            // keeps them.
            List<Hold> held =
                holds.activeFor(HeldTables.identifiers(system, found, identity), clock.instant());
            Certificate part =
                new Deletion(map, id -> connector)
                    .run(requestId, plan, List.of(found), identity, anonymizer(request), held);
            facts.put("remaining", part.remaining().values().stream().mapToLong(n -> n).sum());
            if (!held.isEmpty()) {
              facts.put("legalHolds", held.stream().map(Hold::id).toList());
            }
            yield StepCodec.write(part);
          }
          case ACCESS -> StepCodec.write(Map.of("rows", found.rowCount()));
          case CORRECT -> {
            List<Correction> corrections = request.payload().corrections();
            corrections = corrections == null ? List.of() : corrections;
            // The replaced values are kept sealed, as the record of the change, before any is
            // changed.
            jobs.savePrior(
                requestId,
                step,
                codec.sealPrior(requestId, step, prior(system, found, corrections)));
            Map<String, Integer> changed = connector.correct(system, found, corrections);
            facts.put("corrected", changed.values().stream().mapToInt(n -> n).sum());
            yield StepCodec.write(changed);
          }
        };
    jdbi.useTransaction(
        handle -> {
          jobs.markDone(handle, requestId, step, kind, result);
          audit.append(
              handle, new AuditEntry("system", "fulfil.step-done", "request", requestId, facts));
        });
  }

  /** The values each corrected field held in the found rows, {@code table.field -> values}. */
  private static Map<String, List<Object>> prior(
      SystemPlan system, Found found, List<Correction> corrections) {
    Map<String, List<Object>> prior = new LinkedHashMap<>();
    for (TableStep step : system.steps()) {
      for (Correction correction : corrections) {
        if (step.table().findField(correction.field()).isEmpty()) {
          continue;
        }
        for (Map<String, Object> row : found.rows(step.table().name())) {
          prior
              .computeIfAbsent(
                  step.table().name() + "." + correction.field(), k -> new ArrayList<>())
              .add(row.get(correction.field()));
        }
      }
    }
    return prior;
  }

  /** Hashes keyed per installation (HMAC), and the pseudonym {@code deleted-<reference>}. */
  private Connector.Anonymizer anonymizer(RightsRequest request) {
    return new Connector.Anonymizer() {
      @Override
      public String hash(Object value) {
        return keys.mac("anonymize", String.valueOf(value));
      }

      @Override
      public String pseudonym() {
        return "deleted-" + request.reference();
      }
    };
  }
}
