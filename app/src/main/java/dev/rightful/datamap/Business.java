package dev.rightful.datamap;

import java.util.List;

/**
 * The business the data map describes and how consumers reach its privacy team.
 *
 * @param languages the languages its consumer pages, notice and mails are offered in, the first the
 *     default (7003(b): the languages the business uses with consumers); {@code [en]} when the map
 *     names none
 */
public record Business(
    String legalName,
    String groupName,
    List<String> affiliates,
    String website,
    Contact contact,
    Brand brand,
    List<String> languages) {

  public Business {
    if (brand == null) {
      brand = Brand.plain(groupName != null ? groupName : legalName);
    }
    languages = languages == null || languages.isEmpty() ? List.of("en") : List.copyOf(languages);
  }

  public Business(
      String legalName,
      String groupName,
      List<String> affiliates,
      String website,
      Contact contact,
      Brand brand) {
    this(legalName, groupName, affiliates, website, contact, brand, null);
  }

  public Business(
      String legalName,
      String groupName,
      List<String> affiliates,
      String website,
      Contact contact) {
    this(legalName, groupName, affiliates, website, contact, null, null);
  }

  /**
   * Contact points the notice publishes; {@code null} where the map gives none. {@code location} is
   * where the map states them.
   */
  public record Contact(
      String email,
      String tollFree,
      String requestUrl,
      String accessibilityEmail,
      String postalAddress,
      Location location) {

    public Contact(
        String email,
        String tollFree,
        String requestUrl,
        String accessibilityEmail,
        String postalAddress) {
      this(email, tollFree, requestUrl, accessibilityEmail, postalAddress, null);
    }
  }
}
