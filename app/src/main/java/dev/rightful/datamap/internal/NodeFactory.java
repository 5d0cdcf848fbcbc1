package dev.rightful.datamap.internal;

import dev.rightful.datamap.Location;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Parses one YAML file into a located {@link Node}, turning syntax errors into problems. */
public final class NodeFactory {
  private NodeFactory() {}

  public static Optional<Node> compose(Reader reader, Path file, Problems problems) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(10);
    Yaml yaml = new Yaml(new SafeConstructor(options));
    try {
      var root = yaml.compose(reader);
      if (root == null) {
        return Optional.empty(); // an empty file contributes nothing
      }
      return Optional.of(new Node(root, file, problems, ""));
    } catch (MarkedYAMLException e) {
      var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      Location at =
          mark == null
              ? new Location(file, 1, 1)
              : new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
      problems.error(at, "YAML syntax: " + e.getProblem() + hint(e.getProblem()));
      return Optional.empty();
    } catch (YAMLException e) {
      problems.error(new Location(file, 1, 1), "YAML syntax: " + e.getMessage());
      return Optional.empty();
    }
  }

  /** What usually causes SnakeYAML's wording of a problem, said as what to fix. */
  private static String hint(String problem) {
    if (problem == null) {
      return "";
    }
    if (problem.startsWith("expected <block end>")) {
      return "; check the indentation: keys of one mapping start in the same column";
    }
    if (problem.startsWith("mapping values are not allowed")) {
      return "; quote a value that contains ': ', or check the indentation";
    }
    if (problem.contains("end of stream")) {
      return "; a quote or bracket is not closed";
    }
    return "";
  }
}
