package dev.rightful.datamap;

import dev.rightful.law.Category;
import dev.rightful.law.RecipientKind;
import dev.rightful.law.Transfer;
import java.util.List;
import java.util.Set;

/** A category of recipient that personal information is disclosed, sold or shared to. */
public record Recipient(
    String id,
    RecipientKind kind,
    String description,
    Set<Category> categories,
    List<String> purposeIds,
    Transfer transfer,
    List<Vendor> vendors,
    Location location) {

  /**
   * A named company in the recipient category, with the address requests are passed on to: its
   * webhook, its email address, or neither (a person passes requests on by hand). {@code secretEnv}
   * names the environment variable holding the secret its webhook requests are signed with; null
   * for the installation's shared secret.
   */
  public record Vendor(
      String name, String email, String webhook, String secretEnv, Location location) {

    /** How requests reach the vendor: {@code webhook}, {@code email} or {@code manual}. */
    public String channel() {
      return webhook != null ? "webhook" : email != null ? "email" : "manual";
    }
  }
}
