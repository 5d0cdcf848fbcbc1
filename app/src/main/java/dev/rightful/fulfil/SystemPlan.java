package dev.rightful.fulfil;

import dev.rightful.datamap.DataSystem;
import java.util.List;

/**
 * The ordered steps for one system: each table after the tables it references, so keys found in a
 * parent are known before its children are queried. Immutable.
 */
public record SystemPlan(DataSystem system, List<TableStep> steps) {
  public SystemPlan {
    steps = List.copyOf(steps);
  }

  public boolean isDatabase() {
    return "jdbc".equals(system.connector());
  }
}
