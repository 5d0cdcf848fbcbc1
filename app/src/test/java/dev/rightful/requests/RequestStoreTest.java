package dev.rightful.requests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.crypto.CryptoPiProtection;
import dev.rightful.crypto.Keys;
import dev.rightful.testing.Postgres;
import dev.rightful.testing.Repo;
import dev.rightful.testing.TestServer;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests in Rightful's own database, on H2 and on PostgreSQL: personal information is stored
 * sealed and found by keyed hash, and the lifecycle leaves an intact audit chain.
 */
class RequestStoreTest {
  static Stream<Arguments> databases() {
    return Stream.of(
        Arguments.of("h2", TestServer.h2Url(), "sa"),
        Arguments.of("postgresql", Postgres.freshSchema("requests_store_test"), Postgres.USER));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void personal_information_is_sealed_at_rest_and_found_by_keyed_hash(
      String name, String url, String user) throws Exception {
    try (TestServer server = TestServer.start(Repo.exampleMap(), url, user, "")) {
      var parser = new SubmissionParser();
      var body =
          new ObjectMapper()
              .readTree(
                  "{\"type\":\"know-categories\",\"subject\":{\"email\":\"Jane.Doe@Example.com\",\"name\":\"Jane Doe\",\"phone\":\"+1 415-555-0100\"}}");
      var service = server.app().services().requests();
      var receipt = service.submit(parser.parse(body, Channel.WEB), "consumer");

      var raw =
          server
              .app()
              .services()
              .database()
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT * FROM rights_request WHERE id = :id")
                          .bind("id", receipt.request().id())
                          .mapToMap()
                          .one());
      String everything = raw.values().toString();
      assertThat(everything)
          .doesNotContainIgnoringCase("jane")
          .doesNotContain("415-555-0100")
          .doesNotContain(receipt.statusToken());
      assertThat(raw.get("email_key").toString())
          .isEqualTo(server.app().services().pi().emailKey("jane.doe@example.com"));

      var found = service.findByStatusToken(receipt.statusToken()).orElseThrow();
      assertThat(found.subject().email()).isEqualTo("Jane.Doe@Example.com");
      assertThat(service.findByStatusToken(receipt.statusToken() + "x")).isEmpty();

      service.recordVerification(
          found.id(), new RequestService.Verification(2, false, "test"), "staff:test");
      service.complete(
          found.id(), ResponseNature.COMPLIED, "Here are the categories.", "staff:test");
      assertThat(server.app().services().audit().verify().ok()).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void a_third_know_request_in_twelve_months_is_flagged_may_decline(
      String name, String url, String user) throws Exception {
    try (TestServer server = TestServer.start(Repo.exampleMap(), url, user, "")) {
      var service = server.app().services().requests();
      var parser = new SubmissionParser();
      var body =
          new ObjectMapper()
              .readTree(
                  "{\"type\":\"know-categories\",\"subject\":{\"email\":\"repeat@example.com\",\"name\":\"Repeat\"}}");
      for (int i = 0; i < 2; i++) {
        var receipt = service.submit(parser.parse(body, Channel.API), "consumer");
        assertThat(receipt.request().mayDecline()).isFalse();
        service.recordVerification(
            receipt.request().id(),
            new RequestService.Verification(2, false, "test"),
            "staff:test");
        service.complete(receipt.request().id(), ResponseNature.COMPLIED, null, "staff:test");
      }
      // After a key rotation the requests hashed under the old key still count.
      String oldKey = Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'Q');
      RequestRepository rotated =
          new RequestRepository(
              new CryptoPiProtection(
                  Keys.parse(
                      "2:" + Base64.getEncoder().encodeToString(new byte[32]) + ",1:" + oldKey)));
      java.util.List<java.time.LocalDate> answered =
          server
              .app()
              .services()
              .database()
              .jdbi()
              .withHandle(h -> rotated.answeredKnowRequests(h, "Repeat@example.com"));
      assertThat(answered).hasSize(2);
      // CC 1798.130(b): the third within 12 months may be declined (rule 23)
      var third = service.submit(parser.parse(body, Channel.API), "consumer");
      assertThat(third.request().mayDecline()).isTrue();
      // A deletion from the same consumer is never limited.
      var delete =
          new ObjectMapper()
              .readTree(
                  "{\"type\":\"delete\",\"subject\":{\"email\":\"repeat@example.com\",\"name\":\"Repeat\"}}");
      assertThat(
              service.submit(parser.parse(delete, Channel.API), "consumer").request().mayDecline())
          .isFalse();
    }
  }
}
