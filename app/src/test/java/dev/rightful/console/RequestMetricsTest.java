package dev.rightful.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.audit.RequestMetrics;
import dev.rightful.crypto.CryptoPiProtection;
import dev.rightful.law.Deadlines;
import dev.rightful.law.DenialBasis;
import dev.rightful.law.RequestType;
import dev.rightful.requests.Channel;
import dev.rightful.requests.RequestMessages;
import dev.rightful.requests.RequestRepository;
import dev.rightful.requests.RequestService;
import dev.rightful.requests.Requester;
import dev.rightful.requests.ResponseNature;
import dev.rightful.requests.RightsRequest;
import dev.rightful.requests.Subject;
import dev.rightful.requests.Submission;
import dev.rightful.store.Database;
import dev.rightful.testing.Postgres;
import dev.rightful.testing.TestClock;
import dev.rightful.testing.TestServer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The §7102 report (rule 45) with exact numbers, on requests received and answered on known dates
 * through the real service, on H2 and on PostgreSQL.
 */
class RequestMetricsTest {
  static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

  static Stream<Arguments> databases() {
    return Stream.of(
        Arguments.of("h2", (Supplier<String>) TestServer::h2Url, "sa"),
        Arguments.of(
            "postgresql",
            (Supplier<String>) () -> Postgres.freshSchema("console_metrics"),
            Postgres.USER));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void the_report_counts_each_kind_received_in_the_year_and_its_days_to_respond(
      String name, Supplier<String> url, String user) {
    try (Database database = Database.open(url.get(), user, "", 2)) {
      TestClock clock = TestClock.at(Instant.parse("2025-12-31T17:00:00Z"), LOS_ANGELES);
      RequestService service = service(database, clock);

      // Received 2025-12-31, answered 2026-01-05: in the 2025 report, not in 2026's.
      String lastYear = submit(service, RequestType.DELETE, "last.year@example.com");
      service.recordVerification(lastYear, points(2), "staff:test");
      clock.set("2026-01-05T18:00:00Z");
      service.complete(lastYear, ResponseNature.COMPLIED, "Deleted.", "staff:test");

      // Monday 2026-03-02, 09:00 in Los Angeles.
      clock.set("2026-03-02T17:00:00Z");
      String knowA = submit(service, RequestType.KNOW_CATEGORIES, "a@example.com");
      String knowB = submit(service, RequestType.KNOW_SPECIFIC, "b@example.com");
      String knowC = submit(service, RequestType.KNOW_CATEGORIES, "c@example.com");
      submit(service, RequestType.KNOW_SPECIFIC, "d@example.com"); // still open
      String deleteE = submit(service, RequestType.DELETE, "e@example.com");
      String deleteF = submit(service, RequestType.DELETE, "f@example.com");
      String optOutG = submit(service, RequestType.OPT_OUT, "g@example.com");
      String marketingH = submit(service, RequestType.DIRECT_MARKETING, "h@example.com");
      service.complete(optOutG, ResponseNature.COMPLIED, null, "staff:test"); // day 0
      service.complete(marketingH, ResponseNature.COMPLIED, null, "staff:test"); // not §7102
      service.recordVerification(knowA, points(2), "staff:test");
      service.recordVerification(deleteE, points(2), "staff:test");
      service.recordVerification(
          knowB, new RequestService.Verification(3, true, "staff-check"), "staff:test");

      clock.set("2026-03-06T18:00:00Z");
      service.complete(deleteE, ResponseNature.COMPLIED, null, "staff:test"); // 4 days
      clock.set("2026-03-09T18:00:00Z");
      service.deny(deleteF, DenialBasis.LEGAL_OBLIGATION, "Tax law.", "staff:test"); // 7 days
      // 06:30 UTC on 03-12 is 23:30 on 03-11 in Los Angeles: 9 days, counted in the business zone.
      clock.set("2026-03-12T06:30:00Z");
      service.complete(knowA, ResponseNature.COMPLIED, null, "staff:test");
      clock.set("2026-03-22T18:00:00Z");
      service.deny(knowC, DenialBasis.UNVERIFIED, "We could not verify you.", "staff:test"); // 20
      clock.set("2026-04-11T18:00:00Z");
      service.complete(knowB, ResponseNature.COMPLIED_IN_PART, null, "staff:test"); // 40 days

      // Received 2026-12-30, answered 2027-01-04: 5 days, in the 2026 report.
      clock.set("2026-12-30T18:00:00Z");
      String limitI = submit(service, RequestType.LIMIT_SENSITIVE, "i@example.com");
      clock.set("2027-01-04T18:00:00Z");
      service.complete(limitI, ResponseNature.COMPLIED, null, "staff:test");

      // An ADMT opt-out received Friday 2026-12-18, done on its due day 2027-01-12: 25 days.
      clock.set("2026-12-18T18:00:00Z");
      String admtJ = submit(service, RequestType.OPT_OUT_ADMT, "j@example.com");
      clock.set("2027-01-12T18:00:00Z");
      service.complete(admtJ, ResponseNature.COMPLIED, null, "staff:test");

      RequestMetrics metrics = new RequestMetrics(database.jdbi(), LOS_ANGELES);
      assertThat(metrics.forYear(2026))
          .containsExactly(
              new RequestMetrics.Row("know", 4, 2, 1, 20.0, 23.0),
              new RequestMetrics.Row("delete", 2, 1, 1, 5.5, 5.5),
              new RequestMetrics.Row("correct", 0, 0, 0, null, null),
              new RequestMetrics.Row("opt-out", 1, 1, 0, 0.0, 0.0),
              new RequestMetrics.Row("limit-sensitive", 1, 1, 0, 5.0, 5.0),
              new RequestMetrics.Row("opt-out-admt", 1, 1, 0, 25.0, 25.0),
              new RequestMetrics.Row("access-admt", 0, 0, 0, null, null));
      assertThat(metrics.forYear(2025))
          .first()
          .isEqualTo(new RequestMetrics.Row("know", 0, 0, 0, null, null));
      assertThat(metrics.forYear(2025).get(1))
          .isEqualTo(new RequestMetrics.Row("delete", 1, 1, 0, 5.0, 5.0));
      assertThat(metrics.csv(2026))
          .isEqualTo(
              "year,kind,received,complied_in_whole_or_part,denied,median_days_to_respond,mean_days_to_respond\n"
                  + "2026,know,4,2,1,20.0,23.0\n"
                  + "2026,delete,2,1,1,5.5,5.5\n"
                  + "2026,correct,0,0,0,,\n"
                  + "2026,opt-out,1,1,0,0.0,0.0\n"
                  + "2026,limit-sensitive,1,1,0,5.0,5.0\n"
                  + "2026,opt-out-admt,1,1,0,25.0,25.0\n"
                  + "2026,access-admt,0,0,0,,\n");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void an_even_number_of_answers_has_the_mean_of_the_middle_two_as_median(
      String name, Supplier<String> url, String user) {
    try (Database database = Database.open(url.get(), user, "", 2)) {
      TestClock clock = TestClock.at(Instant.parse("2026-03-02T17:00:00Z"), LOS_ANGELES);
      RequestService service = service(database, clock);
      List<String> ids =
          Stream.of("1", "2", "3", "4")
              .map(n -> submit(service, RequestType.OPT_OUT, "n" + n + "@example.com"))
              .toList();
      String[] answered = {
        "2026-03-03T18:00:00Z",
        "2026-03-04T18:00:00Z",
        "2026-03-08T18:00:00Z",
        "2026-03-22T18:00:00Z"
      };
      for (int i = 0; i < ids.size(); i++) {
        clock.set(answered[i]);
        service.complete(ids.get(i), ResponseNature.COMPLIED, null, "staff:test");
      }
      // Days 1, 2, 6, 20: median (2 + 6) / 2 = 4, mean 29 / 4 = 7.25.
      RequestMetrics.Row optOut =
          new RequestMetrics(database.jdbi(), LOS_ANGELES).forYear(2026).get(3);
      assertThat(optOut).isEqualTo(new RequestMetrics.Row("opt-out", 4, 4, 0, 4.0, 7.25));
      assertThat(new RequestMetrics(database.jdbi(), LOS_ANGELES).csv(2026))
          .contains("2026,opt-out,4,4,0,4.0,7.3\n");
    }
  }

  private static RequestService.Verification points(int matched) {
    return new RequestService.Verification(matched, false, "staff-check");
  }

  private static String submit(RequestService service, RequestType type, String email) {
    Submission submission =
        new Submission(
            type,
            Channel.WEB,
            new Subject(email, null, "Test Person", null, null),
            Requester.consumer(),
            null,
            null,
            null,
            List.of(),
            null,
            null);
    RightsRequest stored = service.submit(submission, "consumer").request();
    return stored.id();
  }

  static RequestService service(Database database, TestClock clock) {
    return new RequestService(
        database.jdbi(),
        new RequestRepository(new CryptoPiProtection(TestServer.KEYS)),
        Deadlines.standard(),
        clock,
        LOS_ANGELES,
        (handle, actor, action, request, facts) -> {},
        new NoMessages(),
        null);
  }

  /** Sends nothing: these tests count requests, they do not read mail. */
  static final class NoMessages implements RequestMessages {
    @Override
    public void receipt(Handle handle, RightsRequest request, String statusUrl) {}

    @Override
    public void extension(Handle handle, RightsRequest request) {}

    @Override
    public void response(Handle handle, RightsRequest request, String text, String accessLink) {}

    @Override
    public void denial(Handle handle, RightsRequest request) {}

    @Override
    public void agentConfirmation(Handle handle, RightsRequest request, String confirmUrl) {}
  }
}
