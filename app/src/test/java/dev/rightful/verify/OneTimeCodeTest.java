package dev.rightful.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.testing.Repo;
import dev.rightful.testing.TestClock;
import dev.rightful.testing.TestDatabase;
import dev.rightful.testing.TestServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One-time codes over HTTP against the real app: mailed through the outbox, stored hashed, expiring
 * on the clock, dying after five wrong tries, and limited per email address and per client.
 */
class OneTimeCodeTest {
  static final TestClock clock = TestClock.serverDate();
  static TestServer server;
  static VerifyApi api;

  @BeforeAll
  static void start() {
    server =
        TestServer.startWithCompany(
            Repo.exampleMap(),
            TestDatabase.withDemo(TestDatabase.Kind.H2, "verify_codes").target(),
            clock);
    api = new VerifyApi(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void a_new_hour_for_the_rate_limits() {
    clock.advance(Duration.ofHours(2));
  }

  static VerifyApi.Submitted jane(String type) {
    return api.submit(
        "{'type':'"
            + type
            + "','subject':{'email':'jane.doe@example.com','name':'Jane Doe','phone':'+1"
            + " 415-555-0100'}}");
  }

  @Test
  void a_code_is_mailed_to_the_requests_address_through_the_outbox() {
    var request = jane("know-categories");
    assertThat(api.askForCode(request.id()).statusCode()).isEqualTo(202);
    var mails = api.codeMails(request);
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).to()).isEqualTo("jane.doe@example.com");
    assertThat(mails.get(0).body()).containsPattern("\\n {4}\\d{6}\\n").contains("15 minutes");
  }

  @Test
  void the_code_is_stored_only_as_a_keyed_hash() {
    var request = jane("know-categories");
    String code = api.code(request);
    List<String> stored =
        server
            .app()
            .services()
            .database()
            .jdbi()
            .withHandle(
                handle ->
                    handle
                        .createQuery(
                            "SELECT code_hash || email_key || COALESCE(client_key, '') FROM"
                                + " verification_code WHERE request_id = :id")
                        .bind("id", request.id())
                        .mapTo(String.class)
                        .list());
    assertThat(stored).hasSize(1);
    assertThat(stored.get(0))
        .doesNotContain(code)
        .doesNotContain("jane")
        .doesNotContain("127.0.0.1");
  }

  @Test
  void the_right_code_verifies_and_cannot_be_used_twice() {
    var request = jane("know-categories");
    String code = api.code(request);
    var first = api.check(request, code);
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(VerifyApi.read(first).get("status").asText()).isEqualTo("verified");
    assertThat(api.check(request, code).statusCode())
        .as("a verified request needs no code")
        .isEqualTo(409);
  }

  @Test
  void a_code_copied_with_spaces_still_works() {
    var request = jane("know-categories");
    String code = api.code(request);
    assertThat(
            api.check(request, " " + code.substring(0, 3) + " " + code.substring(3)).statusCode())
        .isEqualTo(200);
  }

  @Test
  void a_code_stops_working_when_it_expires() {
    var request = jane("know-categories");
    String code = api.code(request);
    clock.advance(Duration.ofMinutes(15));
    var response = api.check(request, code);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(VerifyApi.read(response).get("field").asText()).isEqualTo("code");
    assertThat(server.app().services().requests().get(request.id()).verifiedAt()).isNull();
  }

  @Test
  void a_code_works_until_the_last_minute_of_its_life() {
    var request = jane("know-categories");
    String code = api.code(request);
    clock.advance(Duration.ofMinutes(14).plusSeconds(59));
    assertThat(api.check(request, code).statusCode()).isEqualTo(200);
  }

  @Test
  void five_wrong_tries_kill_the_code_even_the_right_one_after() {
    var request = jane("know-categories");
    String code = api.code(request);
    String wrong = code.equals("000000") ? "111111" : "000000";
    for (int i = 0; i < 4; i++) {
      assertThat(api.check(request, wrong).statusCode()).isEqualTo(400);
    }
    // The fifth wrong try is also the day's fifth wrong code, so the request locks as well (429,
    // see CodeLockTest); the code itself is dead either way.
    assertThat(api.check(request, wrong).statusCode()).isEqualTo(429);
    assertThat(api.check(request, code).statusCode()).isEqualTo(429);
    int live =
        server
            .app()
            .services()
            .database()
            .jdbi()
            .withHandle(
                handle ->
                    handle
                        .createQuery(
                            "SELECT COUNT(*) FROM verification_code WHERE request_id = :id"
                                + " AND spent_at IS NULL")
                        .bind("id", request.id())
                        .mapTo(Integer.class)
                        .one());
    assertThat(live).as("no live code is left").isZero();
    assertThat(server.app().services().requests().get(request.id()).verifiedAt()).isNull();
  }

  @Test
  void four_wrong_tries_still_leave_the_right_code_working() {
    var request = jane("know-categories");
    String code = api.code(request);
    String wrong = code.equals("000000") ? "111111" : "000000";
    for (int i = 0; i < 4; i++) {
      api.check(request, wrong);
    }
    assertThat(api.check(request, code).statusCode()).isEqualTo(200);
  }

  @Test
  void a_new_code_replaces_the_old_one() {
    var request = jane("know-categories");
    String old = api.code(request);
    String fresh = api.code(request);
    if (!old.equals(fresh)) {
      assertThat(api.check(request, old).statusCode()).isEqualTo(400);
    }
    assertThat(api.check(request, fresh).statusCode()).isEqualTo(200);
  }

  @Test
  void an_email_address_gets_five_codes_an_hour_and_the_sixth_silently_not() {
    var request = jane("delete");
    for (int i = 0; i < 5; i++) {
      api.code(request);
    }
    var sixth = api.askForCode(request.id());
    assertThat(sixth.statusCode()).as("the answer reveals nothing").isEqualTo(202);
    assertThat(api.codeMails(request)).hasSize(5);
    clock.advance(Duration.ofMinutes(61));
    api.code(request);
    assertThat(api.codeMails(request)).hasSize(6);
  }

  @Test
  void a_client_address_gets_ten_codes_an_hour_then_429() {
    for (int i = 0; i < 10; i++) {
      var request =
          api.submit(
              "{'type':'delete','subject':{'email':'client" + i + "@example.com','name':'C'}}");
      assertThat(api.askForCode(request.id()).statusCode()).isEqualTo(202);
    }
    var eleventh =
        api.submit("{'type':'delete','subject':{'email':'client-eleven@example.com','name':'C'}}");
    var response = api.askForCode(eleventh.id());
    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(response.headers().firstValue("Retry-After")).hasValue("3600");
    assertThat(api.codeMails(eleventh)).isEmpty();
  }

  @Test
  void asking_for_a_code_answers_alike_whether_or_not_one_is_sent() {
    var optOut = api.submit("{'type':'opt-out','subject':{'email':'jane.doe@example.com'}}");
    var unknown = api.askForCode("no-such-request");
    var notNeeded = api.askForCode(optOut.id());
    var sent = api.askForCode(jane("know-categories").id());
    assertThat(List.of(unknown, notNeeded, sent))
        .allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(202))
        .extracting(r -> r.body())
        .containsOnly(sent.body());
    assertThat(api.codeMails(optOut)).as("an opt-out needs no verification (7026)").isEmpty();
  }

  @Test
  void a_check_needs_the_requests_own_status_token() {
    var request = jane("know-categories");
    var other = jane("know-categories");
    String code = api.code(request);
    var withOtherToken =
        api.check(
            new VerifyApi.Submitted(request.id(), request.reference(), other.statusToken()), code);
    assertThat(withOtherToken.statusCode()).isEqualTo(404);
    var withoutToken =
        api.postOffContract(
            "/api/v1/requests/" + request.id() + "/code/check", "{'code':'" + code + "'}");
    assertThat(withoutToken.statusCode()).isEqualTo(400);
    assertThat(VerifyApi.read(withoutToken).get("field").asText()).isEqualTo("statusToken");
    assertThat(api.check(request, code).statusCode())
        .as("the failed calls spent no try")
        .isEqualTo(200);
  }

  @Test
  void sending_and_checking_are_audited_without_personal_information() {
    var request = jane("know-categories");
    api.check(request, api.code(request));
    var events = server.app().services().audit().list("request", request.id());
    assertThat(events)
        .extracting(e -> e.action())
        .contains("verification.code-sent", "verification.data-points", "request.verified");
    assertThat(events)
        .allSatisfy(
            e -> assertThat(e.details()).doesNotContain("jane", "Jane", "415", "127.0.0.1"));
    assertThat(server.app().services().audit().verify().ok()).isTrue();
  }
}
