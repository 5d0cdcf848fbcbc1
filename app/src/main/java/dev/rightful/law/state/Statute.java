package dev.rightful.law.state;

/** A state's comprehensive privacy law: its name and where it is codified. Immutable. */
public record Statute(String name, String citation) {
  public Statute {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a statute needs a name");
    }
    requireCitation(citation);
  }

  static void requireCitation(String citation) {
    if (citation == null || citation.isBlank()) {
      throw new IllegalArgumentException("every rule of a jurisdiction cites its section");
    }
  }
}
