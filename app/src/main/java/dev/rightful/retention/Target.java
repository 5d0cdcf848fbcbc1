package dev.rightful.retention;

import dev.rightful.datamap.DataSystem;
import dev.rightful.datamap.Reference;
import dev.rightful.datamap.RetentionRule;
import dev.rightful.datamap.Table;
import java.util.List;

/**
 * One retention rule applied to one table: what a sweep works through, batch by batch. Immutable.
 *
 * @param rule the rule from the data map
 * @param system the JDBC system that holds the table
 * @param table the mapped table
 * @param startPath the references to follow from the table to the table that has the rule's start
 *     column: empty when the table has it itself (a payment card is dated by its account's {@code
 *     closed_at} through {@code account_id})
 */
public record Target(
    RetentionRule rule, DataSystem system, Table table, List<Reference> startPath) {
  public Target {
    startPath = List.copyOf(startPath);
  }

  /** {@code system.table}, as the data map writes it. */
  public String name() {
    return system.id() + "." + table.name();
  }

  /** The rule's fields to anonymize that this table has, in the rule's order. */
  public List<String> anonymizedFields() {
    return rule.anonymize().stream().filter(f -> table.findField(f).isPresent()).toList();
  }

  /** Whether the sweep removes rows rather than anonymizing fields. */
  public boolean deletes() {
    return rule.action() != RetentionRule.Action.ANONYMIZE;
  }
}
