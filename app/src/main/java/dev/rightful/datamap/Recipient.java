package dev.rightful.datamap;

import dev.rightful.law.Category;
import dev.rightful.law.RecipientKind;
import dev.rightful.law.Transfer;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A category of recipient that personal information is disclosed, sold or shared to. {@code name}
 * and {@code postalAddress} are a single company's legal name and address, which a recipient that
 * receives data for its own direct marketing must give (CC 1798.83(a)(2)); {@code since} and {@code
 * until} bound when it received data (null: open), so a Shine the Light answer about a past year
 * lists who received data then.
 */
public record Recipient(
    String id,
    RecipientKind kind,
    String description,
    Set<Category> categories,
    List<String> purposeIds,
    Transfer transfer,
    List<Vendor> vendors,
    String name,
    String postalAddress,
    LocalDate since,
    LocalDate until,
    Location location) {

  /** A recipient with no legal name, address or dates. */
  public Recipient(
      String id,
      RecipientKind kind,
      String description,
      Set<Category> categories,
      List<String> purposeIds,
      Transfer transfer,
      List<Vendor> vendors,
      Location location) {
    this(
        id,
        kind,
        description,
        categories,
        purposeIds,
        transfer,
        vendors,
        null,
        null,
        null,
        null,
        location);
  }

  /**
   * A named company in the recipient category, with the address requests are passed on to: its
   * webhook, its email address, or neither (a person passes requests on by hand). {@code secretEnv}
   * names the environment variable holding the secret its webhook requests are signed with; null
   * for the installation's shared secret. {@code cookies} are the names of the cookies its tags set
   * on the company's website (a trailing {@code *} matches a prefix), which the cookie tool clears
   * when the recipient's purpose is refused.
   */
  public record Vendor(
      String name,
      String email,
      String webhook,
      String secretEnv,
      List<String> cookies,
      Location location) {

    public Vendor {
      cookies = cookies == null ? List.of() : List.copyOf(cookies);
    }

    /** A vendor whose cookies the map does not name. */
    public Vendor(String name, String email, String webhook, String secretEnv, Location location) {
      this(name, email, webhook, secretEnv, List.of(), location);
    }

    /** How requests reach the vendor: {@code webhook}, {@code email} or {@code manual}. */
    public String channel() {
      return webhook != null ? "webhook" : email != null ? "email" : "manual";
    }
  }
}
