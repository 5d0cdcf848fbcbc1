package dev.rightful.fulfil.notify;

import dev.rightful.datamap.Names;
import java.util.List;

/**
 * The words the consumer reads about the companies told of their deletion or correction (CC
 * 1798.105(c)(1), 7023(c)), the same in the answer and in the follow-up that says all are told.
 * Stateless.
 */
public final class RecipientWords {
  private RecipientWords() {}

  /** "the company" or "the 7 companies". */
  public static String companies(int total) {
    return total == 1 ? "the company" : "the " + total + " companies";
  }

  /**
   * " that process or received your information for us (Cloud computing …; Data analysis
   * providers)", from the recipients' descriptions in the map; without the list when none has one.
   */
  public static String who(List<String> descriptions) {
    List<String> clauses =
        descriptions.stream().filter(d -> d != null && !d.isBlank()).map(Names::clause).toList();
    return " that process or received your information for us"
        + (clauses.isEmpty() ? "" : " (" + String.join("; ", clauses) + ")");
  }

  /** " to delete it too." or " to correct it too.", for a notice of {@code kind}. */
  public static String toDo(String kind) {
    return " to " + (kind.equals("delete") ? "delete" : "correct") + " it too.";
  }
}
