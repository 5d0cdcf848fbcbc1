package dev.rightful.retention;

import dev.rightful.datamap.RetentionRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plans and sweep reports as plain-text tables, for the command line and logs. Stateless.
 *
 * <pre>
 * rule                 table                          action  expired  held  blocked  due
 * tax-records          company_db.invoices            delete        5     0        0    5
 * </pre>
 */
public final class SweepText {
  private SweepText() {}

  /** A dry run: counts, sample keys, the rules left out, and the total due. */
  public static String plan(SweepPlan plan) {
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          "rule", "table", "action", "expired", "held", "blocked", "due", "sample keys"
        });
    for (TargetOutcome o : plan.outcomes()) {
      rows.add(
          new String[] {
            o.ruleId(),
            o.target(),
            action(o),
            number(o.expired()),
            number(o.held()),
            number(o.blocked()),
            o.status() == TargetOutcome.Status.PLANNED ? number(o.due()) : status(o),
            String.join(" ", o.sampleKeys())
          });
    }
    StringBuilder text = new StringBuilder();
    text.append("Retention plan as of ")
        .append(plan.asOf())
        .append(" (dry run: nothing was changed)\n");
    text.append(table(rows, 6));
    notes(plan.outcomes(), text);
    plan.unswept().forEach(line -> text.append("not swept: ").append(line).append('\n'));
    text.append("Due: ").append(number(plan.due())).append(" rows\n");
    return text.toString();
  }

  /** A finished sweep: counts per table, the longest batch, and the totals. */
  public static String report(SweepReport report) {
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          "rule", "table", "action", "expired", "held", "blocked", "done", "batches", "longest ms"
        });
    for (TargetOutcome o : report.outcomes()) {
      rows.add(
          new String[] {
            o.ruleId(),
            o.target(),
            action(o),
            number(o.expired()),
            number(o.held()),
            number(o.blocked()),
            o.status() == TargetOutcome.Status.DONE ? number(o.done()) : status(o),
            number(o.batches()),
            number(o.longestBatch().toMillis())
          });
    }
    StringBuilder text = new StringBuilder();
    text.append("Retention sweep ")
        .append(report.sweepId())
        .append(" as of ")
        .append(report.asOf())
        .append(report.resumed() ? " (resumed)" : "")
        .append('\n');
    text.append(table(rows, 8));
    notes(report.outcomes(), text);
    text.append("Done: ")
        .append(number(report.done()))
        .append(" rows deleted or anonymized; ")
        .append(number(report.held()))
        .append(" held; ")
        .append(number(report.blocked()))
        .append(" still referred to; longest batch ")
        .append(report.longestBatch().toMillis())
        .append(" ms\n");
    return text.toString();
  }

  /** One line for a finished table, for logs and non-interactive output. */
  public static String line(TargetOutcome o) {
    String head = o.target() + " (" + o.ruleId() + "): ";
    return switch (o.status()) {
      case HELD -> head + "kept whole by " + o.note() + ", " + number(o.held()) + " expired rows";
      case FAILED, SKIPPED -> head + status(o) + ": " + o.note();
      default ->
          head
              + number(o.done())
              + (o.action() == RetentionRule.Action.ANONYMIZE ? " anonymized, " : " deleted, ")
              + number(o.held())
              + " held, "
              + number(o.blocked())
              + " still referred to"
              + (o.batches() == 0
                  ? ""
                  : " ("
                      + o.batches()
                      + (o.batches() == 1 ? " batch" : " batches")
                      + ", longest "
                      + o.longestBatch().toMillis()
                      + " ms)");
    };
  }

  private static void notes(List<TargetOutcome> outcomes, StringBuilder text) {
    for (TargetOutcome o : outcomes) {
      if (o.note() != null && o.status() != TargetOutcome.Status.DONE) {
        text.append(o.target()).append(": ").append(o.note()).append('\n');
      }
    }
  }

  private static String action(TargetOutcome o) {
    return o.action().name().toLowerCase(Locale.ROOT);
  }

  private static String status(TargetOutcome o) {
    return o.status().name().toLowerCase(Locale.ROOT);
  }

  static String number(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** Left-aligned text, right-aligned numbers: columns 3 to {@code lastNumber}. */
  private static String table(List<String[]> rows, int lastNumber) {
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder text = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        boolean numeric = i >= 3 && i <= lastNumber;
        String cell = row[i];
        String pad = " ".repeat(widths[i] - cell.length());
        line.append(i == 0 ? "" : "  ").append(numeric ? pad + cell : cell + pad);
      }
      text.append(line.toString().stripTrailing()).append('\n');
    }
    return text.toString();
  }
}
