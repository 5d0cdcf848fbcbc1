package dev.rightful.datamap;

/** The map's names (tables, columns) and descriptions as a consumer reads them. Stateless. */
public final class Names {
  private Names() {}

  /** A database name as words: {@code payment_cards} is "Payment cards". */
  public static String words(String name) {
    String spaced = name.replace('_', ' ').replace('-', ' ').strip();
    return spaced.isEmpty() ? name : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }

  /**
   * A description from the map as one clause inside a sentence: single spaces, no final period
   * ("Cloud computing and storage service providers").
   */
  public static String clause(String description) {
    String text = description.strip().replaceAll("\\s+", " ");
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }
}
