package dev.rightful.consent;

import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.Recipient;
import dev.rightful.law.Category;
import dev.rightful.law.Transfer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the data map says the business does that a consumer may refuse, derived once at start-up:
 * whether it sells, shares, or uses sensitive personal information, whether it sells or shares
 * minors' data with their opt-in, and the sale and share recipients opt-outs are passed on to.
 * Immutable.
 */
public record Practices(
    String businessName,
    LocalDate noticeUpdated,
    boolean sells,
    boolean shares,
    boolean usesSensitive,
    boolean minorsMayOptIn,
    List<Destination> destinations) {

  /**
   * A recipient of sold or shared data, and one of its vendors with the address an opt-out goes to;
   * {@code vendor} is null when the map names no vendor for the recipient. {@code secretEnv} is the
   * variable the map names for the vendor's webhook secret, or null (the shared one); {@code
   * cookies} the cookies the map says the vendor sets on the website.
   */
  public record Destination(
      String recipientId,
      String recipientDescription,
      Transfer transfer,
      String vendor,
      String email,
      String webhook,
      String secretEnv,
      List<String> cookies) {

    public Destination {
      cookies = cookies == null ? List.of() : List.copyOf(cookies);
    }

    /** A destination with no cookies named. */
    public Destination(
        String recipientId,
        String recipientDescription,
        Transfer transfer,
        String vendor,
        String email,
        String webhook,
        String secretEnv) {
      this(recipientId, recipientDescription, transfer, vendor, email, webhook, secretEnv, null);
    }

    /** Whether an opt-out of {@code purpose} concerns this recipient. */
    public boolean receives(ConsentPurpose purpose) {
      return switch (purpose) {
        case SALE -> transfer == Transfer.SALE || transfer == Transfer.SALE_AND_SHARE;
        case SHARE -> transfer == Transfer.SHARE || transfer == Transfer.SALE_AND_SHARE;
        case SENSITIVE -> false;
      };
    }
  }

  public static Practices of(DataMap map) {
    List<Destination> destinations = new ArrayList<>();
    boolean sells = false;
    boolean shares = false;
    for (Recipient recipient : map.recipients()) {
      Transfer transfer = recipient.transfer();
      if (transfer == null || !transfer.soldOrShared()) {
        continue;
      }
      sells |= transfer == Transfer.SALE || transfer == Transfer.SALE_AND_SHARE;
      shares |= transfer == Transfer.SHARE || transfer == Transfer.SALE_AND_SHARE;
      if (recipient.vendors().isEmpty()) {
        destinations.add(
            new Destination(
                recipient.id(), recipient.description(), transfer, null, null, null, null));
      }
      for (Recipient.Vendor vendor : recipient.vendors()) {
        destinations.add(
            new Destination(
                recipient.id(),
                recipient.description(),
                transfer,
                vendor.name(),
                vendor.email(),
                vendor.webhook(),
                vendor.secretEnv(),
                vendor.cookies()));
      }
    }
    boolean minorsMayOptIn = map.minors() == null || map.minors().sellsOrSharesUnder16WithOptIn();
    return new Practices(
        map.business() == null ? "" : map.business().legalName(),
        map.notice() == null ? null : map.notice().lastUpdated(),
        sells,
        shares,
        map.collects(Category.L),
        minorsMayOptIn,
        List.copyOf(destinations));
  }

  /** Whether the notice declares {@code purpose} at all. */
  public boolean declares(ConsentPurpose purpose) {
    return switch (purpose) {
      case SALE -> sells;
      case SHARE -> shares;
      case SENSITIVE -> usesSensitive;
    };
  }

  /** The purposes the notice declares, in the order the cookie tool lists them. */
  public List<ConsentPurpose> declared() {
    List<ConsentPurpose> out = new ArrayList<>();
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      if (declares(purpose)) {
        out.add(purpose);
      }
    }
    return out;
  }

  /** The cookies the vendors receiving {@code purpose} set, each once, in the map's order. */
  public List<String> cookiesFor(ConsentPurpose purpose) {
    return destinationsFor(purpose).stream().flatMap(d -> d.cookies().stream()).distinct().toList();
  }

  /** The destinations an opt-out of {@code purpose} goes to. */
  public List<Destination> destinationsFor(ConsentPurpose purpose) {
    return destinations.stream().filter(d -> d.receives(purpose)).toList();
  }
}
