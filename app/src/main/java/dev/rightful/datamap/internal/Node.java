package dev.rightful.datamap.internal;

import dev.rightful.datamap.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML value that remembers where it stands, with typed accessors that report a problem (file,
 * line, column, what to fix) instead of throwing. Accessors return empty or a default after
 * reporting, so reading goes on and one run finds every problem.
 */
public final class Node {
  private final org.yaml.snakeyaml.nodes.Node yaml;
  private final Path file;
  private final Problems problems;
  private final String path;
  private final org.yaml.snakeyaml.nodes.Node key;

  Node(org.yaml.snakeyaml.nodes.Node yaml, Path file, Problems problems, String path) {
    this(yaml, file, problems, path, null);
  }

  private Node(
      org.yaml.snakeyaml.nodes.Node yaml,
      Path file,
      Problems problems,
      String path,
      org.yaml.snakeyaml.nodes.Node key) {
    this.yaml = yaml;
    this.file = file;
    this.problems = problems;
    this.path = path;
    this.key = key;
  }

  public Location location() {
    return locationOf(yaml);
  }

  /** Where the key of this value stands, or the value itself when it has no key. */
  public Location keyLocation() {
    return locationOf(key != null ? key : yaml);
  }

  private Location locationOf(org.yaml.snakeyaml.nodes.Node node) {
    var mark = node.getStartMark();
    return new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
  }

  public String path() {
    return path;
  }

  public Problems problems() {
    return problems;
  }

  public void error(String message) {
    problems.error(location(), message);
  }

  public boolean isMap() {
    return yaml instanceof MappingNode;
  }

  public boolean isScalar() {
    return yaml instanceof ScalarNode;
  }

  /** The entries of a mapping, in file order; empty (with a problem) for any other value. */
  public Map<String, Node> entries() {
    Map<String, Node> entries = new LinkedHashMap<>();
    if (!(yaml instanceof MappingNode mapping)) {
      error(describe() + " must be a mapping of keys to values");
      return entries;
    }
    for (NodeTuple tuple : mapping.getValue()) {
      Node key = new Node(tuple.getKeyNode(), file, problems, path);
      if (!(tuple.getKeyNode() instanceof ScalarNode scalarKey)) {
        key.error("keys must be plain words");
        continue;
      }
      String name = scalarKey.getValue();
      if (entries.containsKey(name)) {
        key.error("duplicate key '" + name + "' in " + describe());
        continue;
      }
      entries.put(
          name,
          new Node(tuple.getValueNode(), file, problems, childPath(name), tuple.getKeyNode()));
    }
    return entries;
  }

  /** The items of a sequence; empty (with a problem) for any other value. */
  public List<Node> items() {
    List<Node> items = new ArrayList<>();
    if (!(yaml instanceof SequenceNode sequence)) {
      error(describe() + " must be a list");
      return items;
    }
    int index = 0;
    for (var item : sequence.getValue()) {
      items.add(new Node(item, file, problems, path + "[" + index++ + "]"));
    }
    return items;
  }

  /** The scalar text; empty (with a problem) for a mapping, list or empty value. */
  public Optional<String> text() {
    if (yaml instanceof ScalarNode scalar) {
      String value = scalar.getValue();
      if (value == null || value.isBlank() || "~".equals(value) || "null".equals(value)) {
        error(describe() + " must not be empty");
        return Optional.empty();
      }
      return Optional.of(value.strip());
    }
    error(describe() + " must be a single value, not a " + kind());
    return Optional.empty();
  }

  public Optional<Boolean> bool() {
    return text()
        .flatMap(
            value -> {
              switch (value) {
                case "true", "yes":
                  return Optional.of(true);
                case "false", "no":
                  return Optional.of(false);
                default:
                  error(describe() + " must be true or false, not '" + value + "'");
                  return Optional.empty();
              }
            });
  }

  public Optional<Integer> integer() {
    return text()
        .flatMap(
            value -> {
              try {
                return Optional.of(Integer.parseInt(value));
              } catch (NumberFormatException e) {
                error(describe() + " must be a whole number, not '" + value + "'");
                return Optional.empty();
              }
            });
  }

  /** Text values of a list, or of a single value standing for a list of one. */
  public List<Node> textItems() {
    return isScalar() ? List.of(this) : items();
  }

  /** Reports each key not in {@code allowed}, suggesting the closest allowed key. */
  public void allowOnly(Map<String, Node> entries, Set<String> allowed) {
    for (var entry : entries.entrySet()) {
      if (!allowed.contains(entry.getKey())) {
        String hint =
            Suggest.closest(entry.getKey(), allowed)
                .map(s -> "; did you mean '" + s + "'?")
                .orElse("; allowed keys: " + String.join(", ", new TreeSet<>(allowed)));
        entry.getValue().keyError("unknown key '" + entry.getKey() + "' in " + describe() + hint);
      }
    }
  }

  /** Reports a problem at this value's key. */
  public void keyError(String message) {
    problems.error(keyLocation(), message);
  }

  public String describe() {
    return path.isEmpty() ? "the file" : "'" + path + "'";
  }

  private String childPath(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private String kind() {
    return yaml instanceof MappingNode
        ? "mapping"
        : yaml instanceof SequenceNode ? "list" : "value";
  }
}
