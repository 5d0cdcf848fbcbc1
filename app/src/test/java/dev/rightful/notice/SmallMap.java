package dev.rightful.notice;

import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataMapLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A two-file data map small enough to read in a test, with or without a sale. */
final class SmallMap {
  static final String SCRIPT = "<script>alert('pwned')</script>";

  private SmallMap() {}

  /** Writes the map into {@code dir} and loads it; {@code sells} adds an advertising partner. */
  static DataMap load(Path dir, boolean sells) {
    write(dir.resolve("business.yaml"), BUSINESS);
    write(dir.resolve("map.yaml"), MAP);
    if (sells) {
      write(dir.resolve("sale.yaml"), SALE);
    }
    return DataMapLoader.load(dir).orThrow();
  }

  static NoticeDocument notice(Path dir, boolean sells) {
    return new NoticeBuilder().build(load(dir, sells));
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String BUSINESS =
      """
      business:
        legalName: Example Shop, Inc.
        groupName: Example Group
        contact:
          email: privacy@example.com
          tollFree: "+1 800-555-0100"
          requestUrl: https://example.com/privacy/requests
          accessibilityEmail: access@example.com
      notice:
        lastUpdated: 2026-03-02
        reviewMonths: 12
      methods:
        requestMethods: [web-form, toll-free-phone, email]
        optOutMethods: [do-not-sell-form, opt-out-preference-signal]
      doNotTrack:
        honored: false
      financialIncentives: []
      """;

  private static final String MAP =
      """
      categories:
        A:
          collected: true
          specifics: "Name and email address <script>alert('pwned')</script>"
        D:
          collected: true
          specifics: Orders | returns
        L:
          collected: false
      sources:
        - id: consumer
          description: Directly from you
          categories: [A, D]
      purposes:
        - id: orders
          description: To take and deliver *orders*
        - id: hosting
          listAsUse: false
          description: Storage, hosting.
        - id: ads
          listAsUse: false
          description: Cross-context behavioral advertising.
      recipients:
        - id: cloud
          kind: service-provider
          description: Cloud hosting providers
          categories: [D, A]
          purposes: [hosting]
          contract: {reference: DPA-1, signed: 2025-01-01, terms: {noSellingOrSharing: true, specifiedPurposes: true, noOtherPurpose: true, noOtherCommercialPurpose: true, noUseOutsideRelationship: true, compliesWithCcpa: true, businessMayCheck: true, notifiesIfUnable: true, businessMayStopMisuse: true, consumerRequests: true}}
      retention:
        - id: orders
          data: Order records
          rule: six years, then destroyed
          categories: [A, D]
          tables: []
          period: P6Y
          basis: Tax law.
        - id: web
          data: Website activity
          categories: [A]
          tables: []
          period: P13M
          action: delete
          basis: Analytics.
      """;

  private static final String SALE =
      """
      recipients:
        - id: ad-partners
          kind: third-party
          description: Advertising partners
          categories: [A]
          purposes: [ads]
          contract: {reference: ADS-1, signed: 2025-01-01, terms: {specifiedPurposes: true, compliesWithCcpa: true, businessMayCheck: true, businessMayStopMisuse: true, notifiesIfUnable: true}}
          transfer: share
      """;
}
