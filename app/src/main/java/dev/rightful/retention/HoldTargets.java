package dev.rightful.retention;

import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataSystem;
import dev.rightful.datamap.Field;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a new legal hold may name, by the data map: a consumer by an identity kind the map's fields
 * use (a hold by any other kind would match no row), or a table the map has. Immutable.
 */
public final class HoldTargets {
  private final DataMap map;
  private final Set<String> identityKinds = new TreeSet<>();

  public HoldTargets(DataMap map) {
    this.map = map;
    for (DataSystem system : map.systems()) {
      system.tables().stream()
          .flatMap(table -> table.fields().stream())
          .map(Field::identity)
          .filter(kind -> kind != null)
          .forEach(identityKinds::add);
    }
  }

  /** The identity kinds a consumer hold may name, sorted. */
  public List<String> identityKinds() {
    return List.copyOf(identityKinds);
  }

  /** The tables a table hold may name, as {@code system.table}, in map order. */
  public List<String> tables() {
    return map.systems().stream()
        .flatMap(system -> system.tables().stream().map(t -> system.id() + "." + t.name()))
        .toList();
  }

  /** Why a consumer hold by {@code kind} would keep nothing, or empty when it may be placed. */
  public Optional<String> identityKindProblem(String kind) {
    if (kind != null && identityKinds.contains(kind)) {
      return Optional.empty();
    }
    return Optional.of(
        "'" + kind + "' is not an identity kind of the data map; one of " + identityKinds);
  }

  /** Why a hold on {@code systemAndTable} cannot be placed, or empty when the map has it. */
  public Optional<String> tableProblem(String systemAndTable) {
    String[] parts = systemAndTable == null ? new String[0] : systemAndTable.split("\\.", 2);
    if (parts.length == 2
        && map.findSystem(parts[0]).flatMap(s -> s.findTable(parts[1])).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(systemAndTable + " is not a system.table of the data map");
  }
}
