package dev.rightful.datamap;

import dev.rightful.datamap.internal.Fields;
import dev.rightful.datamap.internal.Node;
import dev.rightful.datamap.internal.NodeFactory;
import dev.rightful.datamap.internal.Problems;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the risk assessments in the {@code assessments} folder of a data map, one per {@code .yaml}
 * file, with file:line:col problems as {@link DataMapLoader} reports them. The map loader skips
 * that folder.
 */
public final class AssessmentLoader {
  /** The data map's subfolder that holds the assessments. */
  public static final String FOLDER = "assessments";

  private static final Set<String> KEYS =
      Set.of(
          "id",
          "title",
          "covers",
          "purpose",
          "categories",
          "operationalElements",
          "benefits",
          "negativeImpacts",
          "safeguards",
          "proceed",
          "reviewers",
          "approvers",
          "conducted",
          "lastReviewed",
          "approved",
          "materialChange",
          "coversDigest");

  private AssessmentLoader() {}

  /** The assessments read, and the problems found reading them. */
  public record Result(List<Assessment> assessments, List<Problem> problems) {}

  public static Result load(Path mapDirectory) {
    Problems problems = new Problems();
    List<Assessment> assessments = new ArrayList<>();
    Path folder = mapDirectory.resolve(FOLDER);
    if (!Files.isDirectory(folder)) {
      return new Result(List.of(), List.of());
    }
    Map<String, Assessment> byId = new HashMap<>();
    for (Path file : files(folder, problems)) {
      read(file, problems)
          .ifPresent(
              root -> {
                Assessment a = assessment(root);
                if (a.id() != null) {
                  Assessment earlier = byId.putIfAbsent(a.id(), a);
                  if (earlier != null) {
                    problems.error(
                        a.location(),
                        "assessment '" + a.id() + "' is already in " + earlier.location());
                    return;
                  }
                }
                assessments.add(a);
              });
    }
    return new Result(List.copyOf(assessments), problems.sorted());
  }

  private static Assessment assessment(Node root) {
    var f = new Fields(root, KEYS);
    String id = f.requiredId("id");
    Assessment.Covers covers = new Assessment.Covers(List.of(), List.of(), List.of());
    Optional<Node> coversNode = f.node("covers");
    if (coversNode.isEmpty()) {
      root.error(
          "assessment needs 'covers': the map's recipients, sensitive kinds or purposes it"
              + " assesses");
    } else {
      var c = new Fields(coversNode.get(), Set.of("recipients", "sensitive", "purposes"));
      covers =
          new Assessment.Covers(c.texts("recipients"), c.texts("sensitive"), c.texts("purposes"));
      if (covers.recipients().isEmpty()
          && covers.sensitive().isEmpty()
          && covers.purposes().isEmpty()) {
        coversNode.get().error("'covers' names no recipient, sensitive kind or purpose");
      }
    }
    // 7152(a): each element of the content is required, so each is checked for here.
    String purpose = f.requiredText("purpose");
    if (!f.has("categories")) {
      root.error("assessment needs 'categories': the letters of the categories processed (7152)");
    }
    List<String> elements = required(f, root, "operationalElements");
    List<String> benefits = required(f, root, "benefits");
    List<String> impacts = required(f, root, "negativeImpacts");
    List<String> safeguards = required(f, root, "safeguards");
    List<String> reviewers = required(f, root, "reviewers");
    List<String> approvers = required(f, root, "approvers");
    Boolean proceed = f.requiredBool("proceed");
    var conducted = requiredDate(f, root, "conducted");
    var lastReviewed = requiredDate(f, root, "lastReviewed");
    var approved = requiredDate(f, root, "approved");
    return new Assessment(
        id,
        f.text("title"),
        covers,
        purpose,
        f.categories("categories"),
        elements,
        benefits,
        impacts,
        safeguards,
        proceed,
        reviewers,
        approvers,
        conducted,
        lastReviewed,
        approved,
        f.date("materialChange"),
        f.text("coversDigest"),
        root.location(),
        f.node("lastReviewed").map(Node::location).orElse(root.location()),
        f.node("coversDigest").map(Node::location).orElse(root.location()));
  }

  private static List<String> required(Fields f, Node root, String key) {
    List<String> values = f.texts(key);
    if (values.isEmpty()) {
      root.error("assessment needs '" + key + "': a list of at least one entry (7152)");
    }
    return List.copyOf(values);
  }

  private static java.time.LocalDate requiredDate(Fields f, Node root, String key) {
    if (!f.has(key)) {
      root.error("assessment needs '" + key + "': a date written YYYY-MM-DD (7152)");
      return null;
    }
    return f.date(key);
  }

  private static Optional<Node> read(Path file, Problems problems) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Optional<Node> root = NodeFactory.compose(reader, file, problems);
      if (root.isPresent() && !root.get().isMap()) {
        root.get().error("an assessment file holds one assessment: a mapping of its fields");
        return Optional.empty();
      }
      return root;
    } catch (IOException e) {
      problems.error(new Location(file, 1, 1), "cannot read file: " + e.getMessage());
      return Optional.empty();
    }
  }

  private static List<Path> files(Path folder, Problems problems) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      problems.error(new Location(folder, 1, 1), "cannot list directory: " + e.getMessage());
      return List.of();
    }
  }
}
