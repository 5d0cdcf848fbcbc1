package dev.rightful.datamap;

import dev.rightful.datamap.internal.AdmtReader;
import dev.rightful.datamap.internal.ContractReader;
import dev.rightful.datamap.internal.JurisdictionReader;
import dev.rightful.datamap.internal.Node;
import dev.rightful.datamap.internal.NodeFactory;
import dev.rightful.datamap.internal.Problems;
import dev.rightful.datamap.internal.SectionReader;
import dev.rightful.datamap.internal.SystemReader;
import dev.rightful.law.Category;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a data map from every {@code .yaml} and {@code .yml} file under a directory. Sections may
 * be spread over files; lists are joined, single sections may appear once. Every problem is
 * collected with its file, line and column, then the cross-references are checked by {@link
 * DataMapValidator}.
 */
public final class DataMapLoader {
  static final Set<String> SECTIONS =
      Set.of(
          "business",
          "notice",
          "methods",
          "categories",
          "sources",
          "purposes",
          "recipients",
          "systems",
          "retention",
          "minors",
          "financialIncentives",
          "doNotTrack",
          "jurisdictions",
          "admt",
          "collectionPoints");

  private DataMapLoader() {}

  /** The outcome of reading a map: the model (partial when there are errors) and the problems. */
  public record Result(DataMap map, List<Problem> problems) {
    public boolean valid() {
      return problems.stream().noneMatch(Problem::isError);
    }

    /** The map, or a {@link DataMapException} listing every error. */
    public DataMap orThrow() {
      if (!valid()) {
        throw new DataMapException(problems);
      }
      return map;
    }
  }

  public static Result load(Path directory) {
    Problems problems = new Problems();
    Builder builder = new Builder(directory);
    List<Path> files = yamlFiles(directory, problems);
    if (files.isEmpty()) {
      if (!problems.hasErrors()) {
        problems.error(new Location(directory, 1, 1), "no .yaml or .yml files in " + directory);
      }
      builder.missingSectionsExplained = true;
    }
    for (Path file : files) {
      int before = problems.count();
      Optional<Node> root = read(file, problems);
      if (root.isPresent()) {
        builder.add(root.get());
      } else if (problems.count() > before) {
        builder.missingSectionsExplained = true;
      }
    }
    DataMap map = builder.build(problems);
    // Cross-references are checked even when a file has errors, so that one run reports all.
    DataMapValidator.check(map, problems);
    return new Result(map, problems.sorted());
  }

  /** The file's root value; empty for an empty file, or with a problem when it cannot be read. */
  private static Optional<Node> read(Path file, Problems problems) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return NodeFactory.compose(reader, file, problems);
    } catch (IOException e) {
      problems.error(new Location(file, 1, 1), "cannot read file: " + e.getMessage());
      return Optional.empty();
    }
  }

  private static List<Path> yamlFiles(Path directory, Problems problems) {
    if (!Files.isDirectory(directory)) {
      problems.error(new Location(directory, 1, 1), "not a directory: " + directory);
      return List.of();
    }
    // Risk assessments sit beside the map but are not part of it: AssessmentLoader reads them.
    Path assessments = directory.resolve(AssessmentLoader.FOLDER);
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !p.startsWith(assessments))
          .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      problems.error(new Location(directory, 1, 1), "cannot list directory: " + e.getMessage());
      return List.of();
    }
  }

  /** Gathers sections across files. */
  private static final class Builder {
    private final Path directory;
    private final Map<String, Node> singles = new java.util.HashMap<>();
    private final Map<Category, CategoryUse> categories = new EnumMap<>(Category.class);
    private final List<Source> sources = new ArrayList<>();
    private final List<Purpose> purposes = new ArrayList<>();
    private final List<Recipient> recipients = new ArrayList<>();
    private final List<DataSystem> systems = new ArrayList<>();
    private final List<RetentionRule> retention = new ArrayList<>();
    private final List<Policies.FinancialIncentive> incentives = new ArrayList<>();
    private final List<AdmtUse> admt = new ArrayList<>();
    private final List<CollectionPoint> collectionPoints = new ArrayList<>();
    private boolean incentivesStated;
    // Set when an earlier problem (no files, a file that cannot be parsed) explains why sections
    // look missing, so that they are not reported missing too.
    private boolean missingSectionsExplained;

    Builder(Path directory) {
      this.directory = directory;
    }

    void add(Node root) {
      Map<String, Node> sections = root.entries();
      root.allowOnly(sections, SECTIONS);
      sections.forEach(
          (name, node) -> {
            switch (name) {
              case "business", "notice", "methods", "minors", "doNotTrack", "jurisdictions" ->
                  single(name, node);
              case "categories" ->
                  node.entries().forEach((letter, value) -> category(letter, value));
              case "sources" -> node.items().forEach(n -> sources.add(SectionReader.source(n)));
              case "purposes" -> node.items().forEach(n -> purposes.add(SectionReader.purpose(n)));
              case "recipients" ->
                  node.items().forEach(n -> recipients.add(SectionReader.recipient(n)));
              case "systems" -> node.items().forEach(n -> systems.add(SystemReader.system(n)));
              case "retention" ->
                  node.items().forEach(n -> retention.add(SectionReader.retention(n)));
              case "admt" -> node.items().forEach(n -> admt.add(AdmtReader.use(n)));
              case "collectionPoints" ->
                  node.items()
                      .forEach(n -> collectionPoints.add(ContractReader.collectionPoint(n)));
              case "financialIncentives" -> {
                incentivesStated = true;
                node.items().forEach(n -> incentives.add(SectionReader.incentive(n)));
              }
              default -> {}
            }
          });
    }

    private void single(String name, Node node) {
      Node earlier = singles.putIfAbsent(name, node);
      if (earlier != null) {
        node.keyError(
            "section '" + name + "' appears again; it is already in " + earlier.keyLocation());
      }
    }

    private void category(String letter, Node value) {
      Category.fromLetter(letter)
          .ifPresentOrElse(
              category -> {
                if (categories.containsKey(category)) {
                  value.keyError("category " + category + " is stated twice");
                } else {
                  categories.put(category, SectionReader.category(category, value));
                }
              },
              () ->
                  value.keyError(
                      "unknown category '"
                          + letter
                          + "': use a letter from A to L (see docs/datamap.md)"));
    }

    DataMap build(Problems problems) {
      Business business =
          read("business", node -> SectionReader.business(node, directory), problems, true);
      Policies.NoticeMeta notice = read("notice", SectionReader::notice, problems, true);
      Policies.Methods methods = read("methods", SectionReader::methods, problems, false);
      Policies.Minors minors = read("minors", SectionReader::minors, problems, false);
      Policies.DoNotTrack dnt = read("doNotTrack", SectionReader::doNotTrack, problems, false);
      JurisdictionPolicy jurisdictions =
          read("jurisdictions", JurisdictionReader::jurisdictions, problems, false);
      return new DataMap(
          directory,
          business,
          notice,
          methods != null ? methods : new Policies.Methods(List.of(), List.of(), List.of(), null),
          Map.copyOf(categories),
          List.copyOf(sources),
          List.copyOf(purposes),
          List.copyOf(recipients),
          List.copyOf(systems),
          List.copyOf(retention),
          minors != null ? minors : new Policies.Minors(false, true),
          incentivesStated ? List.copyOf(incentives) : List.of(),
          dnt,
          jurisdictions != null ? jurisdictions : JurisdictionPolicy.californiaOnly(),
          List.copyOf(admt),
          List.copyOf(collectionPoints));
    }

    private <T> T read(
        String name,
        java.util.function.Function<Node, T> reader,
        Problems problems,
        boolean required) {
      Node node = singles.get(name);
      if (node == null) {
        if (required && !missingSectionsExplained) {
          problems.error(
              new Location(directory, 1, 1), "the data map has no '" + name + "' section; add one");
        }
        return null;
      }
      return reader.apply(node);
    }
  }
}
