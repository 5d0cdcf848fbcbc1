package dev.rightful.datamap;

import java.util.List;

/** The business the data map describes and how consumers reach its privacy team. */
public record Business(
    String legalName,
    String groupName,
    List<String> affiliates,
    String website,
    Contact contact,
    Brand brand) {

  public Business {
    if (brand == null) {
      brand = Brand.plain(groupName != null ? groupName : legalName);
    }
  }

  public Business(
      String legalName,
      String groupName,
      List<String> affiliates,
      String website,
      Contact contact) {
    this(legalName, groupName, affiliates, website, contact, null);
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
