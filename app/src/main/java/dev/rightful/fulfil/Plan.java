package dev.rightful.fulfil;

import dev.rightful.law.RequestType;
import java.util.List;
import java.util.Optional;

/** What fulfilling a request will do, system by system; shown in the console before it runs. */
public record Plan(List<SystemPlan> systems) {
  public Plan {
    systems = List.copyOf(systems);
  }

  public Optional<SystemPlan> findSystem(String id) {
    return systems.stream().filter(s -> s.system().id().equals(id)).findFirst();
  }

  /** The plan of a request of {@code type} as text: one numbered line per statement, per system. */
  public String describe(RequestType type) {
    StringBuilder text = new StringBuilder();
    for (SystemPlan system : systems) {
      text.append(system.system().id())
          .append(" (")
          .append(system.system().connector())
          .append(")\n");
      int n = 1;
      for (TableStep step : system.steps()) {
        text.append("  ").append(n++).append(". ").append(step.statementFor(type)).append('\n');
      }
    }
    return text.toString();
  }
}
