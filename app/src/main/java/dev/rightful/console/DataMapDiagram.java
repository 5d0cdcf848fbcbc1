package dev.rightful.console;

import dev.rightful.datamap.CategoryFlows;
import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.Recipient;
import dev.rightful.datamap.Source;
import dev.rightful.law.Category;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The data map drawn as three columns, laid out here and drawn as SVG by {@code datamap.jte} (so
 * its text is escaped like any page's): sources on the left, systems with their tables in the
 * middle, recipients on the right, and a line wherever two share a category. For one category only
 * its flow is drawn. Immutable.
 */
public record DataMapDiagram(int width, int height, List<Node> nodes, List<Edge> edges) {
  static final int WIDTH = 1000;
  private static final int COLUMN = 260;
  private static final int[] X = {10, 370, 730};
  private static final int TOP = 40;
  private static final int HEADER = 26;
  private static final int LINE = 16;
  private static final int GAP = 18;
  private static final int MAX_CHARS = 34;

  /**
   * One box. {@code kind} is source, system or recipient; {@code name} is the full name, for its
   * tooltip; {@code label} and {@code lines} are cut to fit the box.
   */
  public record Node(
      String kind,
      String id,
      String name,
      String label,
      List<String> lines,
      int x,
      int y,
      int w,
      int h) {
    public Node {
      lines = List.copyOf(lines);
    }

    /** The baseline of line {@code i} of the box's text; the label is line 0. */
    public int lineY(int i) {
      return y + 18 + i * LINE;
    }
  }

  /** A line from the right side of one box to the left side of another. */
  public record Edge(String from, String to, String path, String title) {}

  public DataMapDiagram {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** The column headings' x positions: sources, systems, recipients. */
  public List<Integer> columns() {
    return List.of(X[0], X[1], X[2]);
  }

  /** The diagram of {@code map}, or of one category's flow when {@code only} is not null. */
  static DataMapDiagram of(DataMap map, Category only) {
    Set<Category> shown = only == null ? EnumSet.allOf(Category.class) : EnumSet.of(only);
    List<Node> sources = new ArrayList<>();
    List<Set<Category>> sourceCats = new ArrayList<>();
    int y = TOP;
    for (Source source : map.sources()) {
      Set<Category> cats = kept(source.categories(), shown);
      if (!cats.isEmpty()) {
        sources.add(node("source", source.id(), source.id(), List.of(letters(cats)), 0, y));
        sourceCats.add(cats);
        y = bottom(sources) + GAP;
      }
    }
    List<Node> systems = new ArrayList<>();
    List<Set<Category>> systemCats = new ArrayList<>();
    y = TOP;
    for (CategoryFlows.Holding holding : CategoryFlows.systems(map)) {
      Set<Category> cats = kept(holding.categories(), shown);
      if (cats.isEmpty()) {
        continue;
      }
      List<String> lines = new ArrayList<>();
      for (var table : holding.system().tables()) {
        Set<Category> held = EnumSet.noneOf(Category.class);
        table.fields().forEach(field -> held.addAll(field.categories()));
        Set<Category> tableCats = kept(held, shown);
        if (!tableCats.isEmpty()) {
          lines.add(table.name() + ": " + letters(tableCats));
        }
      }
      String id = holding.system().id();
      systems.add(node("system", id, holding.system().name(), lines, 1, y));
      systemCats.add(cats);
      y = bottom(systems) + GAP;
    }
    List<Node> recipients = new ArrayList<>();
    List<Set<Category>> recipientCats = new ArrayList<>();
    y = TOP;
    for (Recipient recipient : map.recipients()) {
      Set<Category> cats = kept(recipient.categories(), shown);
      if (cats.isEmpty()) {
        continue;
      }
      String name = recipient.name() == null ? recipient.id() : recipient.name();
      List<String> lines =
          List.of(recipient.kind().id() + ", " + recipient.transfer().id(), letters(cats));
      recipients.add(node("recipient", recipient.id(), name, lines, 2, y));
      recipientCats.add(cats);
      y = bottom(recipients) + GAP;
    }
    int tallest = Math.max(bottom(sources), Math.max(bottom(systems), bottom(recipients)));
    sources = centred(sources, tallest);
    systems = centred(systems, tallest);
    recipients = centred(recipients, tallest);
    List<Edge> edges = new ArrayList<>();
    link(sources, sourceCats, systems, systemCats, edges);
    link(systems, systemCats, recipients, recipientCats, edges);
    List<Node> nodes = new ArrayList<>(sources);
    nodes.addAll(systems);
    nodes.addAll(recipients);
    int height = Math.max(TOP + 20, tallest) + 10;
    return new DataMapDiagram(WIDTH, height, nodes, edges);
  }

  private static void link(
      List<Node> from,
      List<Set<Category>> fromCats,
      List<Node> to,
      List<Set<Category>> toCats,
      List<Edge> edges) {
    for (int i = 0; i < from.size(); i++) {
      for (int j = 0; j < to.size(); j++) {
        Set<Category> shared = EnumSet.noneOf(Category.class);
        shared.addAll(fromCats.get(i));
        shared.retainAll(toCats.get(j));
        if (shared.isEmpty()) {
          continue;
        }
        Node a = from.get(i);
        Node b = to.get(j);
        int x1 = a.x() + a.w();
        int y1 = a.y() + a.h() / 2;
        int x2 = b.x();
        int y2 = b.y() + b.h() / 2;
        int mid = (x1 + x2) / 2;
        String path =
            "M" + x1 + " " + y1 + " C" + mid + " " + y1 + " " + mid + " " + y2 + " " + x2 + " "
                + y2;
        edges.add(
            new Edge(a.id(), b.id(), path, a.name() + " to " + b.name() + ": " + letters(shared)));
      }
    }
  }

  private static Node node(
      String kind, String id, String name, List<String> lines, int col, int y) {
    List<String> cut = lines.stream().map(DataMapDiagram::cut).toList();
    return new Node(kind, id, name, cut(name), cut, X[col], y, COLUMN, HEADER + LINE * cut.size());
  }

  /** The column moved down to sit in the middle of the tallest one, so lines run level. */
  private static List<Node> centred(List<Node> column, int tallest) {
    int shift = (tallest - bottom(column)) / 2;
    return column.stream()
        .map(
            n ->
                new Node(
                    n.kind(),
                    n.id(),
                    n.name(),
                    n.label(),
                    n.lines(),
                    n.x(),
                    n.y() + shift,
                    n.w(),
                    n.h()))
        .toList();
  }

  private static int bottom(List<Node> column) {
    return column.isEmpty()
        ? TOP
        : column.get(column.size() - 1).y() + column.get(column.size() - 1).h();
  }

  private static Set<Category> kept(Set<Category> categories, Set<Category> shown) {
    Set<Category> kept = EnumSet.noneOf(Category.class);
    categories.stream().filter(shown::contains).forEach(kept::add);
    return kept;
  }

  /** Categories by letter, as notices print them: "A, B, D". */
  public static String letters(Set<Category> categories) {
    return categories.stream().sorted().map(Category::letter).collect(Collectors.joining(", "));
  }

  private static String cut(String text) {
    return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS - 1) + "…";
  }
}
