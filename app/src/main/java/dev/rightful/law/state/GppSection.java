package dev.rightful.law.state;

/**
 * A section of the IAB Global Privacy Platform string: its numeric id and its API prefix (e.g.
 * {@code 10} and {@code usco}), as the GPP section table lists them. Immutable.
 */
public record GppSection(int id, String name) {
  public GppSection {
    if (id <= 0 || name == null || name.isBlank()) {
      throw new IllegalArgumentException("a GPP section needs an id and a name");
    }
  }
}
