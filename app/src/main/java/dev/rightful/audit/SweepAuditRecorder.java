package dev.rightful.audit;

import dev.rightful.retention.SweepRecorder;
import dev.rightful.retention.SweepReport;
import dev.rightful.retention.TargetOutcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records each finished retention sweep in the audit log with its counts per rule and table (rules
 * 41-42: provably kept only as long as necessary). A resumed sweep reports the same id again; it is
 * recorded once. Thread-safe.
 */
public final class SweepAuditRecorder implements SweepRecorder {
  private static final String SUBJECT = "retention-sweep";
  private final AuditLog log;

  public SweepAuditRecorder(AuditLog log) {
    this.log = log;
  }

  @Override
  public void record(SweepReport report) {
    String id = Long.toString(report.sweepId());
    if (!log.list(SUBJECT, id).isEmpty()) {
      return;
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("trigger", report.trigger().name().toLowerCase(java.util.Locale.ROOT));
    details.put("asOf", report.asOf().toString());
    details.put("done", report.done());
    details.put("held", report.held());
    details.put("blocked", report.blocked());
    details.put("longestBatchMillis", report.longestBatch().toMillis());
    List<Map<String, Object>> tables =
        report.outcomes().stream().map(SweepAuditRecorder::outcome).toList();
    details.put("tables", tables);
    log.append(new AuditEntry("system", "retention.swept", SUBJECT, id, details));
  }

  private static Map<String, Object> outcome(TargetOutcome outcome) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("rule", outcome.ruleId());
    row.put("table", outcome.target());
    row.put("status", outcome.status().name().toLowerCase(java.util.Locale.ROOT));
    row.put("done", outcome.done());
    row.put("held", outcome.held());
    row.put("blocked", outcome.blocked());
    return row;
  }
}
