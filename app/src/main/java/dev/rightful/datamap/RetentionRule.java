package dev.rightful.datamap;

import dev.rightful.law.Category;
import java.time.Period;
import java.util.List;
import java.util.Set;

/**
 * How long a kind of data is kept and what happens after: {@code period} counted from the {@code
 * start} column, then the rows are deleted or the listed fields anonymized.
 */
public record RetentionRule(
    String id,
    String data,
    String rule,
    Set<Category> categories,
    List<String> tables,
    Period period,
    String start,
    String condition,
    Action action,
    List<String> anonymize,
    String basis,
    Location location) {

  /** What a sweep does to data past its period. */
  public enum Action {
    DELETE,
    ANONYMIZE
  }
}
