package dev.rightful.discovery.classify;

/**
 * Why the classifier thinks a column holds a kind of personal information: the rule that fired and,
 * for a rule on values, how many of the sampled non-empty values it matched. Never a value itself:
 * the sampled values stay in memory and are dropped after classification.
 */
public record Evidence(String rule, Source source, int matched, int sampled) {
  /** What the rule looked at. */
  public enum Source {
    /** The sampled values. */
    VALUES,
    /** The column's name and type. */
    NAME,
    /** The table's name and the sibling columns. */
    NEIGHBOURS
  }

  static Evidence name(String rule) {
    return new Evidence(rule, Source.NAME, 0, 0);
  }

  static Evidence neighbours(String rule) {
    return new Evidence(rule, Source.NEIGHBOURS, 0, 0);
  }

  static Evidence values(String rule, int matched, int sampled) {
    return new Evidence(rule, Source.VALUES, matched, sampled);
  }

  @Override
  public String toString() {
    return source == Source.VALUES ? rule + " " + matched + "/" + sampled : rule;
  }
}
