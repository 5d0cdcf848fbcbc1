package dev.rightful.datamap;

/** The map's names (tables, columns) as a consumer reads them. Stateless. */
public final class Names {
  private Names() {}

  /** A database name as words: {@code payment_cards} is "Payment cards". */
  public static String words(String name) {
    String spaced = name.replace('_', ' ').replace('-', ' ').strip();
    return spaced.isEmpty() ? name : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
