package dev.rightful.mail;

import dev.rightful.datamap.Brand;
import dev.rightful.datamap.Business;
import java.util.List;

/**
 * Who the messages come from and how consumers reach the privacy team: the company name, contact
 * email, toll-free number ({@code null} where the business has none) and the privacy policy link
 * ({@code null} when unknown). Taken from the data map's business section, never hard-coded.
 */
public record CompanyContact(
    String name,
    String contactEmail,
    String tollFree,
    String privacyPolicyUrl,
    String brandName,
    List<Brand.SupportLink> supportLinks) {

  public CompanyContact(
      String name, String contactEmail, String tollFree, String privacyPolicyUrl) {
    this(name, contactEmail, tollFree, privacyPolicyUrl, name, List.of());
  }

  public CompanyContact {
    brandName = brandName == null || brandName.isBlank() ? name : brandName;
    supportLinks = supportLinks == null ? List.of() : List.copyOf(supportLinks);
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
        publicUrl == null ? null : stripSlash(publicUrl) + "/privacy/notice",
        business.brand().displayName(),
        business.brand().supportLinks());
  }

  /**
   * How consumer mails sign off: the name consumers know, the legal name when it differs, and the
   * company's support links, one a line.
   */
  public String signature() {
    StringBuilder out = new StringBuilder(brandName);
    if (!brandName.equals(name)) {
      out.append(" (").append(name).append(')');
    }
    for (Brand.SupportLink link : supportLinks) {
      String url = link.url().startsWith("mailto:") ? link.url().substring(7) : link.url();
      out.append('\n').append(link.text()).append(": ").append(url);
    }
    return out.toString();
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
