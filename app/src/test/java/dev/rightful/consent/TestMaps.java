package dev.rightful.consent;

import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataMapLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small data maps for consent tests, written into a temporary directory. */
final class TestMaps {
  private TestMaps() {}

  /**
   * A business that sells and shares through an ad network with two vendors (one webhook, one
   * email) and collects sensitive personal information; {@code webhook} is the first vendor's URL.
   * The first vendor sets the cookies {@code _fbp} and {@code _ga_*}.
   */
  static DataMap sellsAndShares(Path dir, String webhook) {
    return sellsAndShares(dir, webhook, "[_fbp, \"_ga_*\"]");
  }

  /** As above, with the first vendor's {@code cookies} written as given (YAML). */
  static DataMap sellsAndShares(Path dir, String webhook, String cookies) {
    return sellsAndShares(dir, webhook, cookies, "");
  }

  /** As above, the company also meeting the thresholds of the {@code states} (e.g. "CT, VA"). */
  static DataMap sellsAndSharesIn(Path dir, String webhook, String states) {
    return sellsAndShares(
        dir,
        webhook,
        "[_fbp, \"_ga_*\"]",
        "jurisdictions:\n  operates: [" + states + "]\n  sensitiveConsent: true\n");
  }

  private static DataMap sellsAndShares(
      Path dir, String webhook, String cookies, String jurisdictions) {
    return load(
        dir,
        """
        business:
          legalName: Example Shop, Inc.
          website: https://www.example.com
          contact:
            email: privacy@example.com
            tollFree: "+1 800-555-0100"
        notice:
          lastUpdated: 2026-06-01
        methods:
          optOutMethods: [do-not-sell-form, cookie-settings-tool, opt-out-preference-signal]
          limitMethods: [limit-form]
        categories:
          A: {collected: true, specifics: Names and online identifiers.}
          L: {collected: true, specifics: Precise geolocation.}
        purposes:
          - id: ads
            description: Cross-context behavioral advertising.
        collectionPoints:
          - id: cookies
            kind: cookie-banner
            title: Cookies on our shop
            categories: [A, L]
        recipients:
          - id: ad-networks
            kind: third-party
            description: Advertising networks.
            categories: [A]
            purposes: [ads]
            contract: {reference: ADS-1, signed: 2025-01-01, terms: {specifiedPurposes: true, compliesWithCcpa: true, businessMayCheck: true, businessMayStopMisuse: true, notifiesIfUnable: true}}
            transfer: sale-and-share
            vendors:
              - name: AdCo
                webhook: %s
                cookies: %s
              - name: MailAds
                email: optout@mailads.example
        """
                .formatted(webhook, cookies)
            + jurisdictions);
  }

  /** A business that neither sells, shares nor collects sensitive personal information. */
  static DataMap sellsNothing(Path dir) {
    return load(
        dir,
        """
        business:
          legalName: Quiet Co
          contact:
            email: privacy@quiet.example
        notice:
          lastUpdated: 2026-06-01
        categories:
          A: {collected: true, specifics: Names.}
        purposes:
          - id: hosting
            description: Hosting.
        recipients:
          - id: cloud
            kind: service-provider
            description: Cloud hosting.
            categories: [A]
            purposes: [hosting]
            contract: {reference: DPA-1, signed: 2025-01-01, terms: {noSellingOrSharing: true, specifiedPurposes: true, noOtherPurpose: true, noOtherCommercialPurpose: true, noUseOutsideRelationship: true, compliesWithCcpa: true, businessMayCheck: true, notifiesIfUnable: true, businessMayStopMisuse: true, consumerRequests: true}}
        """);
  }

  private static DataMap load(Path dir, String yaml) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("map.yaml"), yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return DataMapLoader.load(dir).orThrow();
  }
}
