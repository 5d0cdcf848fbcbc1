package dev.rightful.verify;

import static dev.rightful.verify.DataPointKind.ACCOUNT;
import static dev.rightful.verify.DataPointKind.EMAIL;
import static dev.rightful.verify.DataPointKind.NAME;
import static dev.rightful.verify.DataPointKind.PHONE;
import static dev.rightful.verify.DataPointKind.POSTAL_ADDRESS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataMapLoader;
import dev.rightful.requests.Subject;
import dev.rightful.systems.CompanyDatabases;
import dev.rightful.testing.Repo;
import dev.rightful.testing.TestDatabase;
import dev.rightful.testing.TestDatabaseExtension;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Data-point matching through the Net2Phone data map against the demo company database loaded into
 * the real PostgreSQL and MariaDB servers and into H2 in both of its modes.
 */
class DataPointMatcherTest {
  private static final DataMap MAP = DataMapLoader.load(Repo.exampleMap()).orThrow();
  private static final String JANE = "jane.doe@example.com";
  private static final Map<TestDatabase.Kind, CompanyDatabases> DATABASES =
      new EnumMap<>(TestDatabase.Kind.class);

  @RegisterExtension
  static final TestDatabaseExtension databases = new TestDatabaseExtension("verify_matcher");

  @BeforeAll
  static void load() {
    for (TestDatabase.Kind db : TestDatabase.Kind.values()) {
      DATABASES.put(db, CompanyDatabases.resolve(MAP, Map.of(), databases.withDemo(db).target()));
    }
  }

  @AfterAll
  static void close() {
    DATABASES.values().forEach(CompanyDatabases::close);
  }

  private static MatchResult match(TestDatabase.Kind db, Subject subject, boolean emailConfirmed) {
    return new DataPointMatcher(MAP, DATABASES.get(db)).match(subject, emailConfirmed);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void jane_doe_matches_name_phone_and_address_for_three_points(TestDatabase.Kind db) {
    MatchResult result =
        match(
            db,
            new Subject(
                JANE,
                "+1 415-555-0100",
                "Jane Doe",
                "742 Valencia St Apt 3, San Francisco, CA 94110",
                null),
            false);
    assertThat(result.pointsMatched()).isEqualTo(3);
    assertThat(result.matchedKinds()).containsExactlyInAnyOrder(NAME, PHONE, POSTAL_ADDRESS);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void a_wrong_name_matches_one_point_fewer(TestDatabase.Kind db) {
    MatchResult result =
        match(
            db,
            new Subject(JANE, "+1 415-555-0100", "Jane Dough", "742 Valencia St Apt 3", null),
            false);
    assertThat(result.pointsMatched()).isEqualTo(2);
    assertThat(result.matchedKinds()).containsExactlyInAnyOrder(PHONE, POSTAL_ADDRESS);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void a_confirmed_email_on_file_counts_as_one_more_point(TestDatabase.Kind db) {
    MatchResult result = match(db, new Subject(JANE, null, "Jane Doe", null, null), true);
    assertThat(result.matchedKinds()).containsExactlyInAnyOrder(EMAIL, NAME);
    assertThat(match(db, new Subject(JANE, null, "Jane Doe", null, null), false).matchedKinds())
        .containsExactly(NAME);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void values_written_differently_still_match_once_normalized(TestDatabase.Kind db) {
    MatchResult result =
        match(
            db,
            new Subject(
                " Jane.Doe@Example.COM ",
                "(415) 555-0100",
                "  JANE   doe ",
                "742 valencia st. apt 3",
                "JaneDoe"),
            false);
    assertThat(result.matchedKinds())
        .containsExactlyInAnyOrder(NAME, PHONE, POSTAL_ADDRESS, ACCOUNT);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void accents_and_apostrophes_in_names_are_compared_as_written(TestDatabase.Kind db) {
    assertThat(
            match(
                    db,
                    new Subject("sofia.hernandez@example.com", null, "SOFÍA HERNÁNDEZ", null, null),
                    false)
                .matchedKinds())
        .containsExactly(NAME);
    assertThat(
            match(
                    db,
                    new Subject("sofia.hernandez@example.com", null, "Sofia Hernandez", null, null),
                    false)
                .matchedKinds())
        .as("an accent is part of the name")
        .isEmpty();
    assertThat(
            match(
                    db,
                    new Subject("dan.oconnor@example.org", null, "Daniel OConnor", null, null),
                    false)
                .matchedKinds())
        .containsExactly(NAME);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void the_billing_address_on_an_invoice_is_reached_through_the_account(TestDatabase.Kind db) {
    // Only invoices hold the whole address; customers hold its street line.
    MatchResult whole =
        match(
            db,
            new Subject(JANE, null, null, "742 Valencia St Apt 3, San Francisco, CA 94110", null),
            false);
    assertThat(whole.matchedKinds()).containsExactly(POSTAL_ADDRESS);
    assertThat(
            match(db, new Subject(JANE, null, null, "San Francisco, CA 94110", null), false)
                .matchedKinds())
        .as("a city and ZIP alone are no street address")
        .isEmpty();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void an_email_the_business_does_not_hold_matches_nothing_even_when_confirmed(
      TestDatabase.Kind db) {
    MatchResult result =
        match(
            db,
            new Subject(
                "nobody@example.com", "+1 415-555-0100", "Jane Doe", "742 Valencia St Apt 3", null),
            true);
    assertThat(result.pointsMatched()).isZero();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void another_consumers_details_do_not_match_under_someone_elses_email(TestDatabase.Kind db) {
    // Marcus Lee's confirmed address with Jane's details: only Marcus's rows are compared.
    MatchResult result =
        match(
            db,
            new Subject(
                "marcus.lee@example.com",
                "+1 415-555-0100",
                "Jane Doe",
                "742 Valencia St Apt 3",
                null),
            true);
    assertThat(result.matchedKinds()).containsExactly(EMAIL);
  }
}
