package dev.rightful.mail;

import dev.rightful.datamap.Business;

/**
 * Who the messages come from and how consumers reach the privacy team: the company name, contact
 * email, toll-free number ({@code null} where the business has none) and the privacy policy link
 * ({@code null} when unknown). Taken from the data map's business section, never hard-coded.
 */
public record CompanyContact(
    String name, String contactEmail, String tollFree, String privacyPolicyUrl) {

  public CompanyContact {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("messages need the company name");
    }
    if (contactEmail == null || contactEmail.isBlank()) {
      throw new IllegalArgumentException("messages need a contact email for questions and appeals");
    }
  }

  /**
   * The contact of the data map's business; the privacy policy is the notice Rightful publishes at
   * {@code publicUrl + "/privacy/notice"} when a public URL is known.
   */
  public static CompanyContact from(Business business, String publicUrl) {
    Business.Contact contact = business.contact();
    return new CompanyContact(
        business.legalName(),
        contact == null ? null : contact.email(),
        contact == null ? null : contact.tollFree(),
        publicUrl == null ? null : stripSlash(publicUrl) + "/privacy/notice");
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
