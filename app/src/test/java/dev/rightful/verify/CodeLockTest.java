package dev.rightful.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rightful.testing.Repo;
import dev.rightful.testing.TestClock;
import dev.rightful.testing.TestDatabase;
import dev.rightful.testing.TestServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The day's lock on one-time codes over HTTP (issue 13, item 8): five wrong codes entered for a
 * request within 24 hours, over any number of codes, lock it; no code is then sent or checked until
 * the oldest of those codes is a day old, and the API and the status page say when.
 */
class CodeLockTest {
  static final TestClock clock = TestClock.serverDate();
  static TestServer server;
  static VerifyApi api;

  @BeforeAll
  static void start() {
    server =
        TestServer.startWithCompany(
            Repo.exampleMap(),
            TestDatabase.withDemo(TestDatabase.Kind.H2, "verify_lock").target(),
            clock);
    api = new VerifyApi(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void a_new_day_for_every_limit_starting_on_a_whole_minute() {
    clock.advance(Duration.ofDays(2));
    // The time told is rounded up to the minute; on a whole minute it is exact.
    long second = clock.instant().getEpochSecond() % 60;
    clock.advance(Duration.ofSeconds(second == 0 ? 0 : 60 - second));
  }

  static VerifyApi.Submitted jane() {
    return api.submit(
        "{'type':'know-categories','subject':{'email':'jane.doe@example.com','name':'Jane Doe',"
            + "'phone':'+1 415-555-0100'}}");
  }

  static String wrong(String code) {
    return code.equals("000000") ? "111111" : "000000";
  }

  /** Enters {@code count} wrong codes, each refused as wrong (400), not yet as locked. */
  static void wrongTimes(VerifyApi.Submitted request, String code, int count) {
    for (int i = 0; i < count; i++) {
      assertThat(api.check(request, wrong(code)).statusCode()).isEqualTo(400);
    }
  }

  @Test
  void the_fifth_wrong_code_of_the_day_locks_the_request_and_says_when_to_ask_again() {
    var request = jane();
    Instant firstSent = clock.instant();
    String first = api.code(request);
    wrongTimes(request, first, 2);
    clock.advance(Duration.ofMinutes(20));
    // A new code does not start the count again: the day's wrong codes are added up.
    String second = api.code(request);
    wrongTimes(request, second, 2);

    HttpResponse<String> locked = api.check(request, wrong(second));

    Instant until = firstSent.plus(Duration.ofHours(24));
    assertThat(locked.statusCode()).isEqualTo(429);
    JsonNode problem = VerifyApi.read(locked);
    assertThat(problem.get("title").asText()).isEqualTo("Too many wrong codes");
    assertThat(problem.get("field").asText()).isEqualTo("code");
    assertThat(problem.get("detail").asText())
        .isEqualTo(
            "Too many wrong codes were entered for this request today, so it is locked for your"
                + " safety. You can ask for a new code after "
                + until
                + " (UTC) and enter that one.");
    assertThat(locked.headers().firstValue("Retry-After"))
        .hasValue(Long.toString(Duration.between(clock.instant(), until).toSeconds()));
    assertThat(api.check(request, second).statusCode())
        .as("while locked, even the right code is not checked")
        .isEqualTo(429);
    assertThat(server.app().services().requests().get(request.id()).verifiedAt()).isNull();
  }

  @Test
  void no_code_is_mailed_while_locked_and_a_new_one_works_once_the_day_is_over() {
    var request = jane();
    Instant firstSent = clock.instant();
    String code = api.code(request);
    wrongTimes(request, code, 4);
    assertThat(api.check(request, wrong(code)).statusCode()).isEqualTo(429);
    int mailed = api.codeMails(request).size();

    assertThat(api.askForCode(request.id()).statusCode())
        .as("the answer to the id alone reveals nothing")
        .isEqualTo(202);
    clock.advance(Duration.between(clock.instant(), firstSent.plus(Duration.ofHours(24))));
    clock.advance(Duration.ofSeconds(-1));
    assertThat(api.askForCode(request.id()).statusCode()).isEqualTo(202);
    assertThat(api.codeMails(request)).as("nothing is mailed while locked").hasSize(mailed);

    clock.advance(Duration.ofSeconds(2));
    String fresh = api.code(request);
    assertThat(api.codeMails(request)).hasSize(mailed + 1);
    assertThat(api.check(request, fresh).statusCode()).isEqualTo(200);
  }

  @Test
  void the_lock_is_the_requests_own_another_request_of_the_same_consumer_still_verifies() {
    var locked = jane();
    String code = api.code(locked);
    wrongTimes(locked, code, 4);
    assertThat(api.check(locked, wrong(code)).statusCode()).isEqualTo(429);

    var other = jane();
    assertThat(api.check(other, api.code(other)).statusCode()).isEqualTo(200);
  }

  @Test
  void the_status_page_says_in_plain_words_when_a_new_code_can_be_asked_for() {
    var request = jane();
    Instant firstSent = clock.instant();
    String code = api.code(request);
    wrongTimes(request, code, 4);
    api.check(request, wrong(code));

    HttpResponse<String> page = server.get("/privacy/requests/status/" + request.statusToken());

    String until =
        DateTimeFormatter.ofPattern("MMMM d, uuuu 'at' h:mm a", Locale.US)
            .format(firstSent.plus(Duration.ofHours(24)).atZone(ZoneId.of("America/Los_Angeles")));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains(
            "Too many wrong codes were entered for this request today, so we locked it for your"
                + " safety. You can ask for a new code after "
                + until
                + ", then enter that one.")
        .as("no code forms while locked")
        .doesNotContain("id=\"send-code\"", "id=\"check-code\"");
  }

  @Test
  void the_sweep_keeps_a_code_with_wrong_tries_for_the_day_so_the_lock_outlives_the_hour() {
    OneTimeCodes codes =
        new OneTimeCodes(
            server.app().services().database().jdbi(),
            server.app().services().pi(),
            clock,
            VerificationSettings.defaults());
    var request = jane();
    Instant firstSent = clock.instant();
    String code = api.code(request);
    wrongTimes(request, code, 4);
    api.check(request, wrong(code));

    clock.advance(Duration.ofHours(2));
    codes.purgeStale();
    assertThat(UnverifiedDenialTest.codeRows(server, request)).isEqualTo(1);
    assertThat(api.check(request, code).statusCode()).as("still locked").isEqualTo(429);

    clock.advance(Duration.between(clock.instant(), firstSent.plus(Duration.ofHours(24))));
    clock.advance(Duration.ofSeconds(1));
    codes.purgeStale();
    assertThat(UnverifiedDenialTest.codeRows(server, request)).isZero();
  }
}
