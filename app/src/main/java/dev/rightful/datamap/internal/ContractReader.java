package dev.rightful.datamap.internal;

import dev.rightful.datamap.CollectionPoint;
import dev.rightful.datamap.Contract;
import dev.rightful.law.ContractTerm;
import dev.rightful.law.Vocabulary;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a recipient's {@code contract} and the map's {@code collectionPoints}, the two statements
 * of the 2026 regulations' duties around the notice that the map records for review.
 */
public final class ContractReader {
  private ContractReader() {}

  /** A recipient's contract: its reference, the date signed and the terms a reviewer ticked. */
  public static Contract contract(Node node) {
    var f = new Fields(node, Set.of("reference", "signed", "terms"));
    Map<ContractTerm, Boolean> terms = new EnumMap<>(ContractTerm.class);
    f.node("terms")
        .ifPresent(
            mapping ->
                mapping
                    .entries()
                    .forEach(
                        (key, value) ->
                            ContractTerm.fromId(key)
                                .ifPresentOrElse(
                                    term -> value.bool().ifPresent(held -> terms.put(term, held)),
                                    () -> unknownTerm(key, value))));
    if (!f.has("signed")) {
      node.error(
          "'" + node.path() + "' needs 'signed', the date the contract was signed (YYYY-MM-DD)");
    }
    return new Contract(f.requiredText("reference"), f.date("signed"), terms, node.location());
  }

  private static void unknownTerm(String key, Node value) {
    Set<String> ids = new TreeSet<>(Vocabulary.ids(ContractTerm.class));
    String hint =
        Suggest.closest(key, ids)
            .map(s -> "; did you mean '" + s + "'?")
            .orElse("; the terms are " + String.join(", ", ids));
    value.keyError("unknown contract term '" + key + "'" + hint);
  }

  /** One collection point: where consumers give personal information, and which. */
  public static CollectionPoint collectionPoint(Node node) {
    var f =
        new Fields(
            node, Set.of("id", "kind", "title", "url", "categories", "purposes", "retention"));
    String id = f.requiredId("id");
    if (!f.has("kind")) {
      node.error(
          (id == null ? "this collection point" : "collection point '" + id + "'")
              + " needs 'kind': one of "
              + String.join(", ", CollectionPoint.Kind.ids()));
    }
    if (!f.has("categories")) {
      node.error(
          (id == null ? "this collection point" : "collection point '" + id + "'")
              + " needs 'categories': the letters of the categories collected there");
    }
    String url = f.text("url");
    if (url != null && !url.startsWith("https://") && !url.startsWith("http://")) {
      f.node("url").orElseThrow().error("'" + url + "' is not a web address: write https://…");
      url = null;
    }
    return new CollectionPoint(
        id,
        f.choice("kind", CollectionPoint.Kind::fromId, CollectionPoint.Kind.ids(), null),
        f.requiredText("title"),
        url,
        f.categories("categories"),
        f.texts("purposes"),
        f.texts("retention"),
        node.location());
  }
}
