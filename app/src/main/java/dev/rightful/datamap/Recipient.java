package dev.rightful.datamap;

import dev.rightful.law.Category;
import dev.rightful.law.RecipientContracts;
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
 * lists who received data then. {@code contract} is the written contract the law requires with it
 * (CC 1798.100(d); 7051, 7053), null when the map records none.
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
    Contract contract,
    Location location) {

  /** A recipient whose contract the map does not record. */
  public Recipient(
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
    this(
        id,
        kind,
        description,
        categories,
        purposeIds,
        transfer,
        vendors,
        name,
        postalAddress,
        since,
        until,
        null,
        location);
  }

  /** A recipient with no legal name, address, dates or contract. */
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
   * Whether the map records a contract with this recipient holding every term the law requires of
   * one with its kind (CC 1798.100(d); 7051(a), 7053(a)).
   */
  public boolean contractHoldsRequiredTerms() {
    return contract != null
        && kind != null
        && RecipientContracts.requiredTerms(kind).keySet().stream().allMatch(contract::holds);
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
