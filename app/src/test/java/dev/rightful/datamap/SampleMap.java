package dev.rightful.datamap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small data map that loads without problems and passes every lint rule, for tests that change
 * one thing and watch one finding appear. Each change must hit the text it names, so a test can
 * never pass by changing nothing.
 */
final class SampleMap {
  static final String BUSINESS =
      """
      business:
        legalName: Example Telecom, LLC
        contact:
          email: privacy@example.com
          tollFree: "+1 800-555-0100"
      notice:
        lastUpdated: 2026-06-01
        reviewMonths: 12
      methods:
        requestMethods: [web-form, toll-free-phone]
        optOutMethods: [do-not-sell-form, toll-free-phone, opt-out-preference-signal]
      doNotTrack:
        honored: false
        statement: We do not respond to Do Not Track signals.
      """;

  static final String CATEGORIES =
      """
      categories:
        A:
          collected: true
          specifics: Email address.
        F:
          collected: true
          specifics: Pages visited.
        C:
          collected: false
      sources:
        - id: consumer
          description: Directly from the consumer
          categories: [A]
      """;

  static final String DISCLOSURES =
      """
      purposes:
        - id: hosting
          description: Storage, hosting.
        - id: ads
          listAsUse: false
          description: Cross-context behavioral advertising.
      recipients:
        - id: cloud
          kind: service-provider
          description: Cloud providers.
          categories: [A, F]
          purposes: [hosting]
          contract: {reference: DPA-1, signed: 2025-01-01, terms: {noSellingOrSharing: true, specifiedPurposes: true, noOtherPurpose: true, noOtherCommercialPurpose: true, noUseOutsideRelationship: true, compliesWithCcpa: true, businessMayCheck: true, notifiesIfUnable: true, businessMayStopMisuse: true, consumerRequests: true}}
        - id: ad-partners
          kind: third-party
          description: Ad partners.
          categories: [F]
          purposes: [ads]
          contract: {reference: ADS-1, signed: 2025-01-01, terms: {specifiedPurposes: true, compliesWithCcpa: true, businessMayCheck: true, businessMayStopMisuse: true, notifiesIfUnable: true}}
          transfer: sale-and-share
      """;

  static final String SYSTEMS =
      """
      systems:
        - id: db
          connector: jdbc
          urlEnv: DB_URL
          tables:
            - name: users
              primaryKey: id
              fields:
                - name: id
                - name: email
                  category: A
                  identity: email
                - name: created_at
            - name: visits
              primaryKey: id
              timeColumn: seen_at
              fields:
                - name: id
                - name: user_id
                  references: users.id
                - name: page
                  category: F
                - name: seen_at
      """;

  static final String RETENTION =
      """
      retention:
        - id: users
          data: Accounts
          categories: [A]
          tables: [db.users]
          period: P1Y
          start: created_at
          basis: Needed while the account exists.
        - id: visits
          data: Page views
          categories: [F]
          tables: [db.visits]
          period: P13M
          start: seen_at
          basis: Analytics.
      """;

  private final Map<String, String> files = new LinkedHashMap<>();

  SampleMap() {
    files.put("business.yaml", BUSINESS);
    files.put("categories.yaml", CATEGORIES);
    files.put("disclosures.yaml", DISCLOSURES);
    files.put("systems.yaml", SYSTEMS);
    files.put("retention.yaml", RETENTION);
  }

  /** Replaces the first occurrence of {@code from} in {@code file}. */
  SampleMap replace(String file, String from, String to) {
    String text = files.get(file);
    assertThat(text).as(file).contains(from);
    files.put(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to.replace("$", "\\$")));
    return this;
  }

  /** Adds a file, or replaces one the map already has. */
  SampleMap file(String name, String yaml) {
    files.put(name, yaml);
    return this;
  }

  SampleMap without(String file) {
    assertThat(files.remove(file)).as(file).isNotNull();
    return this;
  }

  /**
   * Where {@code snippet} first stands in {@code file}, as {@code FILE:LINE:COL}, found by plain
   * text search: the oracle that the loader's locations are checked against.
   */
  static String position(Path directory, String file, String yaml, String snippet) {
    int index = yaml.indexOf(snippet);
    assertThat(index).as(snippet + " in " + file).isNotNegative();
    String before = yaml.substring(0, index);
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    int column = index - before.lastIndexOf('\n');
    return directory.resolve(file) + ":" + line + ":" + column;
  }

  String position(Path directory, String file, String snippet) {
    return position(directory, file, files.get(file), snippet);
  }

  Path writeTo(Path directory) {
    files.forEach(
        (name, yaml) -> {
          try {
            Files.writeString(directory.resolve(name), yaml);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    return directory;
  }

  DataMapLoader.Result load(Path directory) {
    return DataMapLoader.load(writeTo(directory));
  }
}
