package dev.rightful.law.state;

/**
 * Where a consumer complains to the state's regulator, as the notice and a denied appeal print it:
 * the office's name and its web address. Immutable.
 */
public record AttorneyGeneral(String office, String url) {
  public AttorneyGeneral {
    if (office == null || office.isBlank() || url == null || !url.startsWith("https://")) {
      throw new IllegalArgumentException("an Attorney General needs a name and an https URL");
    }
  }
}
