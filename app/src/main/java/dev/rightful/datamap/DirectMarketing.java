package dev.rightful.datamap;

import dev.rightful.datamap.internal.Problems;
import dev.rightful.law.RecipientKind;
import dev.rightful.law.ShineTheLight;
import java.time.Year;
import java.util.List;
import java.util.Optional;

/**
 * The recipients that receive personal information for their own direct marketing: those whose
 * purposes include one marked {@code directMarketing: true}. A customer may ask who they were (CC
 * 1798.83; rule 46), so each must be one company with its legal name and postal address.
 */
public final class DirectMarketing {
  private DirectMarketing() {}

  /** Whether {@code recipient} receives personal information for its own direct marketing. */
  public static boolean receivesFor(DataMap map, Recipient recipient) {
    return purpose(map, recipient).isPresent();
  }

  /**
   * The recipients that received personal information for their own direct marketing during {@code
   * year}, by their {@code since} and {@code until} dates, in the map's order.
   */
  public static List<Recipient> recipients(DataMap map, Year year) {
    return map.recipients().stream()
        .filter(r -> receivesFor(map, r))
        .filter(r -> ShineTheLight.disclosedDuring(year, r.since(), r.until()))
        .toList();
  }

  static void check(DataMap map, Problems problems) {
    for (Recipient recipient : map.recipients()) {
      Optional<Purpose> purpose = purpose(map, recipient);
      if (purpose.isEmpty()) {
        continue;
      }
      String named =
          "recipient '"
              + recipient.id()
              + "' receives personal information for its own direct marketing (purpose '"
              + purpose.get().id()
              + "')";
      // CC 1798.140(ag), (j): a service provider or contractor uses data only for the business
      if (recipient.kind() == RecipientKind.SERVICE_PROVIDER
          || recipient.kind() == RecipientKind.CONTRACTOR) {
        problems.error(
            recipient.location(),
            named
                + ", which a "
                + recipient.kind().id()
                + " may not do: make it kind third-party or remove the purpose");
      }
      // CC 1798.83(a)(2): the answer gives each such third party's name and address
      if (blank(recipient.name()) || blank(recipient.postalAddress())) {
        problems.error(
            recipient.location(),
            named
                + ": give its legal name in 'name' and its postal address in 'address'; a"
                + " customer who asks is told both (CC 1798.83)");
      }
      // CC 1798.83(a)(1): the answer lists the categories disclosed
      if (recipient.categories().isEmpty()) {
        problems.error(
            recipient.location(),
            named + ": list the categories of personal information it receives in 'categories'");
      }
    }
  }

  private static Optional<Purpose> purpose(DataMap map, Recipient recipient) {
    return recipient.purposeIds().stream()
        .flatMap(id -> map.findPurpose(id).stream())
        .filter(Purpose::directMarketing)
        .findFirst();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
