package dev.rightful.fulfil.connector;

import dev.rightful.fulfil.Found;
import dev.rightful.fulfil.Identity;
import dev.rightful.fulfil.SystemPlan;
import dev.rightful.requests.Correction;
import java.util.List;
import java.util.Map;

/**
 * A system fulfilment can act on directly: find a consumer's rows, erase them per the map's
 * strategies, prove nothing deletable remains, and apply corrections. Vendors without such access
 * (webhook, email, manual) are to be reached through notification tasks instead. Implementations
 * are thread-safe.
 */
public interface Connector {
  /** Every row of every planned table that belongs to the consumer, found set-based. */
  Found find(SystemPlan plan, Identity identity);

  /**
   * The same rows as {@link #find}, with at least each step's {@link
   * dev.rightful.fulfil.TableStep#erasureColumns}: what {@link #erase} and {@link #remaining} need.
   * A connector that cannot read less reads whole rows.
   */
  default Found findForErasure(SystemPlan plan, Identity identity) {
    return find(plan, identity);
  }

  /**
   * Erases what {@link #find} found, in one transaction: deletes rows, anonymizes fields, keeps
   * retained tables. Idempotent: running it again changes nothing. Returns rows changed per table.
   */
  Map<String, Integer> erase(SystemPlan plan, Found found, Anonymizer anonymizer);

  /**
   * Counts, with statements independent of the erasing ones, what deletable data remains per table:
   * all zeros after a complete erasure.
   */
  Map<String, Long> remaining(SystemPlan plan, Found found, Identity identity);

  /**
   * Rows each retained table keeps for the consumer, after {@link #erase}: counted from what was
   * found, or, for a {@link dev.rightful.fulfil.TableStep#keptOnly} table, which {@link
   * #findForErasure} does not read, counted now.
   */
  default Map<String, Long> retained(SystemPlan plan, Found found, Identity identity) {
    Map<String, Long> kept = new java.util.LinkedHashMap<>();
    plan.steps().stream()
        .filter(step -> step.table().onDelete() == dev.rightful.datamap.Table.OnDelete.RETAIN)
        .forEach(
            step -> kept.put(step.table().name(), (long) found.rows(step.table().name()).size()));
    return kept;
  }

  /** Sets each corrected field in every found row of every table that has it; rows per table. */
  Map<String, Integer> correct(SystemPlan plan, Found found, List<Correction> corrections);

  /** How anonymized values are made: keyed hashes and the request's pseudonym. */
  interface Anonymizer {
    String hash(Object value);

    String pseudonym();
  }
}
