package dev.rightful.datamap;

import dev.rightful.law.Category;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How each category of personal information flows through the company as its data map says: from
 * the sources it is collected from (CC 1798.110(a)(2)), into the systems and tables whose fields
 * hold it, out to the recipients it is disclosed, sold or shared to (CC 1798.110(a)(4), 1798.115).
 * The map does not say which system feeds which recipient, so a flow links them by the category
 * they share. Pure and immutable.
 */
public final class CategoryFlows {
  /** A system with the tables of it that hold a category (or, for {@link #systems}, any). */
  public record Holding(DataSystem system, List<String> tables, Set<Category> categories) {
    public Holding {
      tables = List.copyOf(tables);
      categories = Set.copyOf(categories);
    }
  }

  /** One category's flow; each list is in the map's order. */
  public record Flow(
      Category category, List<Source> sources, List<Holding> systems, List<Recipient> recipients) {
    public Flow {
      sources = List.copyOf(sources);
      systems = List.copyOf(systems);
      recipients = List.copyOf(recipients);
    }
  }

  private CategoryFlows() {}

  /** Every system with the tables that hold personal information and the categories they hold. */
  public static List<Holding> systems(DataMap map) {
    List<Holding> out = new ArrayList<>();
    for (DataSystem system : map.systems()) {
      Map<String, Set<Category>> tables = new LinkedHashMap<>();
      for (Table table : system.tables()) {
        Set<Category> held = EnumSet.noneOf(Category.class);
        table.fields().forEach(field -> held.addAll(field.categories()));
        if (!held.isEmpty()) {
          tables.put(table.name(), held);
        }
      }
      Set<Category> all = EnumSet.noneOf(Category.class);
      tables.values().forEach(all::addAll);
      out.add(new Holding(system, List.copyOf(tables.keySet()), all));
    }
    return out;
  }

  /** The flow of every category the map collects, or that a source, table or recipient names. */
  public static List<Flow> of(DataMap map) {
    List<Holding> holdings = systems(map);
    List<Flow> flows = new ArrayList<>();
    for (Category category : Category.values()) {
      List<Source> sources =
          map.sources().stream().filter(s -> s.categories().contains(category)).toList();
      List<Holding> systems = new ArrayList<>();
      for (Holding holding : holdings) {
        List<String> tables =
            holding.system().tables().stream()
                .filter(t -> t.fields().stream().anyMatch(f -> f.categories().contains(category)))
                .map(Table::name)
                .toList();
        if (!tables.isEmpty()) {
          systems.add(new Holding(holding.system(), tables, Set.of(category)));
        }
      }
      List<Recipient> recipients =
          map.recipients().stream().filter(r -> r.categories().contains(category)).toList();
      boolean named = !sources.isEmpty() || !systems.isEmpty() || !recipients.isEmpty();
      if (map.category(category).collected() || named) {
        flows.add(new Flow(category, sources, systems, recipients));
      }
    }
    return flows;
  }
}
