package dev.rightful.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rightful.requests.RightsRequest;
import dev.rightful.testing.Repo;
import dev.rightful.testing.TestClock;
import dev.rightful.testing.TestDatabase;
import dev.rightful.testing.TestDatabaseExtension;
import dev.rightful.testing.TestServer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The verification tiers end to end: a consumer confirms the emailed code, Rightful matches their
 * data points against the demo company database in real PostgreSQL and real MariaDB, and the
 * request's tier decides (7062(b)-(c), 7024(a); rules 10-13). The confirmed email is one point.
 */
class VerificationTiersTest {
  static final TestClock clock = TestClock.serverDate();
  static final Map<TestDatabase.Kind, TestServer> servers = new EnumMap<>(TestDatabase.Kind.class);

  @RegisterExtension
  static final TestDatabaseExtension databases = new TestDatabaseExtension("verify_tiers");

  @BeforeAll
  static void start() {
    for (TestDatabase.Kind db :
        new TestDatabase.Kind[] {TestDatabase.Kind.POSTGRESQL, TestDatabase.Kind.MARIADB}) {
      servers.put(
          db,
          TestServer.startWithCompany(Repo.exampleMap(), databases.withDemo(db).target(), clock));
    }
  }

  @AfterAll
  static void stop() {
    servers.values().forEach(TestServer::close);
  }

  /** Submits, confirms the mailed code, and returns the check's answer and the stored request. */
  static Outcome verify(TestDatabase.Kind db, String submission) {
    clock.advance(Duration.ofHours(2)); // past the hourly code limits of earlier tests
    TestServer server = servers.get(db);
    VerifyApi api = new VerifyApi(server);
    VerifyApi.Submitted request = api.submit(submission);
    var response = api.check(request, api.code(request));
    assertThat(response.statusCode()).isEqualTo(200);
    return new Outcome(
        VerifyApi.read(response), server.app().services().requests().get(request.id()));
  }

  record Outcome(JsonNode answer, RightsRequest request) {}

  @ParameterizedTest
  @EnumSource(names = {"POSTGRESQL", "MARIADB"})
  void one_matching_point_leaves_a_request_for_categories_unverified(TestDatabase.Kind db) {
    // The confirmed email is the only point: the name is wrong.
    Outcome outcome =
        verify(
            db,
            "{'type':'know-categories','subject':{'email':'jane.doe@example.com','name':'Jane Dough'}}");
    assertThat(outcome.answer().get("verified").asBoolean()).isFalse();
    assertThat(outcome.request().status().id()).isEqualTo("received");
    assertThat(outcome.request().dataPointsMatched()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(names = {"POSTGRESQL", "MARIADB"})
  void two_matching_points_verify_a_request_for_categories(TestDatabase.Kind db) {
    Outcome outcome =
        verify(
            db,
            "{'type':'know-categories','subject':{'email':'jane.doe@example.com','name':'Jane Doe'}}");
    assertThat(outcome.answer().get("verified").asBoolean()).isTrue();
    assertThat(outcome.request().status().id()).isEqualTo("verified");
    assertThat(outcome.request().dataPointsMatched()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(names = {"POSTGRESQL", "MARIADB"})
  void three_points_and_a_signed_declaration_verify_a_request_for_specific_pieces(
      TestDatabase.Kind db) {
    Outcome outcome =
        verify(
            db,
            "{'type':'know-specific','subject':{'email':'jane.doe@example.com','name':'Jane Doe',"
                + "'phone':'+1 415-555-0100'},'declaration':{'signed':true,'signedBy':'Jane Doe'}}");
    assertThat(outcome.request().status().id()).isEqualTo("verified");
    assertThat(outcome.request().dataPointsMatched()).isEqualTo(3);
    assertThat(outcome.request().declarationSigned()).isTrue();
    assertThat(outcome.request().type().id()).isEqualTo("know-specific");
    assertThat(outcome.answer().get("type").asText()).isEqualTo("know-specific");
  }

  @ParameterizedTest
  @EnumSource(names = {"POSTGRESQL", "MARIADB"})
  void three_points_without_a_declaration_downgrade_to_categories(TestDatabase.Kind db) {
    Outcome outcome =
        verify(
            db,
            "{'type':'know-specific','subject':{'email':'jane.doe@example.com','name':'Jane Doe',"
                + "'phone':'+1 415-555-0100'}}");
    assertThat(outcome.request().status().id()).isEqualTo("verified");
    assertThat(outcome.request().type().id()).isEqualTo("know-categories");
    assertThat(outcome.request().originalType().id()).isEqualTo("know-specific");
    assertThat(outcome.answer().get("originalType").asText()).isEqualTo("know-specific");
  }

  @ParameterizedTest
  @EnumSource(names = {"POSTGRESQL", "MARIADB"})
  void a_declaration_with_two_points_still_downgrades_to_categories(TestDatabase.Kind db) {
    Outcome outcome =
        verify(
            db,
            "{'type':'know-specific','subject':{'email':'jane.doe@example.com','name':'Jane Doe'},"
                + "'declaration':{'signed':true,'signedBy':'Jane Doe'}}");
    assertThat(outcome.request().type().id()).isEqualTo("know-categories");
  }

  @ParameterizedTest
  @EnumSource(names = {"POSTGRESQL", "MARIADB"})
  void a_delete_request_is_verified_at_the_tier_the_data_map_sets(TestDatabase.Kind db) {
    // Net2Phone's map holds no category above 'reasonable': two points suffice.
    Outcome outcome =
        verify(
            db, "{'type':'delete','subject':{'email':'jane.doe@example.com','name':'Jane Doe'}}");
    assertThat(outcome.request().requiredTier().id()).isEqualTo("reasonable");
    assertThat(outcome.request().status().id()).isEqualTo("verified");
  }

  @ParameterizedTest
  @EnumSource(names = {"POSTGRESQL", "MARIADB"})
  void a_consumer_the_company_does_not_know_is_not_verified_by_the_code_alone(
      TestDatabase.Kind db) {
    Outcome outcome =
        verify(
            db,
            "{'type':'know-categories','subject':{'email':'stranger@example.com','name':'Jane Doe'}}");
    assertThat(outcome.request().status().id()).isEqualTo("received");
    assertThat(outcome.request().dataPointsMatched()).isZero();
  }
}
