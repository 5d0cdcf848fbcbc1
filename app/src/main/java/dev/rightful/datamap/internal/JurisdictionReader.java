package dev.rightful.datamap.internal;

import dev.rightful.datamap.JurisdictionPolicy;
import dev.rightful.law.Vocabulary;
import dev.rightful.law.state.Jurisdiction;
import dev.rightful.law.state.Jurisdictions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the map's {@code jurisdictions} section: the states the company operates in. */
public final class JurisdictionReader {
  private JurisdictionReader() {}

  public static JurisdictionPolicy jurisdictions(Node node) {
    var f = new Fields(node, Set.of("operates", "others", "sensitiveConsent"));
    List<Jurisdiction> operates = new ArrayList<>();
    Map<String, Node> seen = new HashMap<>();
    f.node("operates")
        .ifPresent(
            list -> {
              for (Node item : list.textItems()) {
                item.text().ifPresent(code -> state(item, code, seen, operates));
              }
            });
    JurisdictionPolicy.Others others =
        f.choice(
            "others",
            JurisdictionPolicy.Others::fromId,
            Vocabulary.ids(JurisdictionPolicy.Others.class),
            JurisdictionPolicy.Others.CALIFORNIA);
    return new JurisdictionPolicy(
        operates, others, f.bool("sensitiveConsent", false), node.location());
  }

  private static void state(
      Node item, String code, Map<String, Node> seen, List<Jurisdiction> operates) {
    Node earlier = seen.putIfAbsent(code, item);
    if (earlier != null) {
      item.error("state " + code + " is listed twice (first at " + earlier.location() + ")");
      return;
    }
    Jurisdictions.find(code)
        .ifPresentOrElse(
            operates::add,
            () -> {
              // Any two letters are near some code, so only a case slip gets a suggestion.
              String upper = code.toUpperCase(Locale.ROOT);
              String hint =
                  Jurisdictions.find(upper).isPresent() ? "; did you mean '" + upper + "'?" : "";
              item.error(
                  "unknown state '"
                      + code
                      + "': use a two-letter code of a state whose privacy law Rightful models, one"
                      + " of "
                      + String.join(", ", Jurisdictions.codes())
                      + hint);
            });
  }
}
