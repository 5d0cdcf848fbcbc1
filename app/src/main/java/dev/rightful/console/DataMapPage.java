package dev.rightful.console;

import dev.rightful.datamap.CategoryFlows;
import dev.rightful.datamap.Recipient;
import dev.rightful.datamap.Source;
import dev.rightful.law.Category;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The data map page: the diagram, the categories to narrow it to, and the same flows as a table for
 * those who do not see the drawing. Immutable.
 *
 * @param only the category the diagram is narrowed to, or null for all
 */
public record DataMapPage(
    ConsoleUser user,
    String company,
    DataMapDiagram diagram,
    List<CategoryFlows.Flow> flows,
    Category only) {
  public DataMapPage {
    flows = List.copyOf(flows);
  }

  /** The flows the table lists: the one category's, or all. */
  public List<CategoryFlows.Flow> shownFlows() {
    return only == null ? flows : flows.stream().filter(f -> f.category() == only).toList();
  }

  public static String sources(CategoryFlows.Flow flow) {
    return none(flow.sources().stream().map(Source::id).collect(Collectors.joining("; ")));
  }

  public static String systems(CategoryFlows.Flow flow) {
    return none(
        flow.systems().stream()
            .map(h -> h.system().name() + " (" + String.join(", ", h.tables()) + ")")
            .collect(Collectors.joining("; ")));
  }

  public static String recipients(CategoryFlows.Flow flow) {
    return none(
        flow.recipients().stream()
            .map(r -> name(r) + " (" + r.transfer().id() + ")")
            .collect(Collectors.joining("; ")));
  }

  /** A short description of what the diagram shows, for its {@code desc}. */
  public String description() {
    long sources = diagram.nodes().stream().filter(n -> n.kind().equals("source")).count();
    long systems = diagram.nodes().stream().filter(n -> n.kind().equals("system")).count();
    long recipients = diagram.nodes().stream().filter(n -> n.kind().equals("recipient")).count();
    return sources
        + " sources on the left, "
        + systems
        + " systems with their tables in the middle and "
        + recipients
        + " recipients on the right, joined where they share a category"
        + (only == null ? "" : " of category " + only.letter())
        + ". The table below lists the same flows.";
  }

  private static String none(String text) {
    return text.isEmpty() ? "none" : text;
  }

  private static String name(Recipient recipient) {
    return recipient.name() == null ? recipient.id() : recipient.name();
  }
}
