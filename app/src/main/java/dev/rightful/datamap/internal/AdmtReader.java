package dev.rightful.datamap.internal;

import dev.rightful.datamap.AdmtUse;
import dev.rightful.law.AdmtException;
import dev.rightful.law.SignificantDecision;
import dev.rightful.law.Vocabulary;
import java.util.Set;

/** Reads one entry of the map's {@code admt} section, reporting what Article 11 needs. */
public final class AdmtReader {
  private static final Set<String> KEYS =
      Set.of(
          "id",
          "name",
          "decision",
          "purpose",
          "logic",
          "output",
          "categories",
          "humanReview",
          "alternative",
          "exception",
          "appeal",
          "recipients",
          "since");

  private AdmtReader() {}

  public static AdmtUse use(Node node) {
    var f = new Fields(node, KEYS);
    String id = f.requiredId("id");
    String named = id == null ? "this ADMT use" : "ADMT use '" + id + "'";
    SignificantDecision decision =
        f.choice(
            "decision",
            SignificantDecision::fromId,
            Vocabulary.ids(SignificantDecision.class),
            null);
    if (!f.has("decision")) {
      node.error(
          named
              + " needs 'decision': the significant decision it makes, one of "
              + String.join(", ", Vocabulary.ids(SignificantDecision.class))
              + " (7001(ddd))");
    }
    AdmtException exception =
        f.choice("exception", AdmtException::fromId, Vocabulary.ids(AdmtException.class), null);
    String purpose = f.requiredText("purpose");
    String logic = f.requiredText("logic");
    String output = f.requiredText("output");
    if (!f.has("categories")) {
      node.error(named + " needs 'categories': the letters of the categories it uses");
    }
    String appeal = f.text("appeal");
    String alternative = f.text("alternative");
    if (exception == AdmtException.HUMAN_APPEAL && appeal == null) {
      node.error(
          named
              + " relies on the human-appeal exception and needs 'appeal': how a consumer"
              + " appeals to a reviewer who can overturn the decision (7221(b)(1))");
    }
    if (exception != null && decision != null && !exception.appliesTo(decision)) {
      node.error(
          named
              + ": the "
              + exception.id()
              + " exception does not apply to a "
              + decision.id()
              + " decision ("
              + exception.citation()
              + ")");
    }
    if (exception == null && alternative == null) {
      node.error(
          named
              + " offers the opt-out and needs 'alternative': the process for consumers who opt"
              + " out (7220(c)(5))");
    }
    if (!f.has("since")) {
      node.error(named + " needs 'since': the date the use began, written YYYY-MM-DD (7200(b))");
    }
    return new AdmtUse(
        id,
        f.requiredText("name"),
        decision,
        purpose,
        logic,
        output,
        f.categories("categories"),
        f.text("humanReview"),
        alternative,
        exception,
        appeal,
        f.texts("recipients"),
        f.date("since"),
        node.location());
  }
}
