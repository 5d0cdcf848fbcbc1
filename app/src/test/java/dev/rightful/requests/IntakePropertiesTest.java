package dev.rightful.requests;

import static dev.rightful.testing.HostileInput.jsonString;
import static dev.rightful.testing.HostileInput.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.testing.HostileInput;
import dev.rightful.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue 11: 10,000 generated bodies, valid submissions mixed with hostile ones, sent to {@code POST
 * /api/v1/requests} over real HTTP: never a 5xx, and a 4xx stores nothing (rows counted with SQL in
 * Rightful's own tables).
 */
class IntakePropertiesTest {
  static TestServer server;
  // What the last try left: nothing else writes these tables while the property runs.
  static Stored last;

  @BeforeContainer
  static void start() {
    server = TestServer.start();
  }

  @AfterContainer
  static void stop() {
    server.close();
  }

  @Property(tries = 10_000, edgeCases = EdgeCasesMode.NONE)
  void no_body_gives_a_server_error_and_a_refused_one_stores_nothing(
      @ForAll("bodies") byte[] body) {
    Stored before = last == null ? Stored.count(server) : last;
    // Random bytes, valid or not: only the answer must keep the OpenAPI document.
    HttpResponse<String> response =
        server.sendArbitrary(
            HttpRequest.newBuilder(URI.create(server.url("/api/v1/requests")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    int status = response.statusCode();
    Statistics.collect(status / 100 + "xx");
    assertThat(status).as(response.body()).isLessThan(500);
    Stored after = Stored.count(server);
    last = after;
    if (status >= 400) {
      assertThat(after).isEqualTo(before);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    } else {
      assertThat(after.requests()).isEqualTo(before.requests() + 1);
    }
  }

  /** Rows in Rightful's tables a submission writes: requests, their events, and mail. */
  record Stored(int requests, int entries, int mail) {
    static Stored count(TestServer server) {
      return server
          .app()
          .services()
          .database()
          .jdbi()
          .withHandle(
              h ->
                  h.createQuery(
                          "SELECT (SELECT COUNT(*) FROM rights_request),"
                              + " (SELECT COUNT(*) FROM request_entry),"
                              + " (SELECT COUNT(*) FROM mail_outbox)")
                      .map((rs, ctx) -> new Stored(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
                      .one());
    }
  }

  @Provide
  Arbitrary<byte[]> bodies() {
    return Arbitraries.frequencyOf(Tuple.of(40, submissions()), Tuple.of(1, garbage()));
  }

  /**
   * A submission shaped for its type most of the time (what a real client sends), each field
   * sometimes hostile, sometimes missing, sometimes of the wrong JSON type.
   */
  static Arbitrary<byte[]> submissions() {
    return Arbitraries.of(HostileInput.TYPES).flatMap(IntakePropertiesTest::submission);
  }

  static Arbitrary<byte[]> submission(String type) {
    boolean identity = !type.equals("opt-out") && !type.equals("limit-sensitive");
    boolean know = type.startsWith("know-");
    Arbitrary<byte[]> subject =
        object(
            member("email", HostileInput.emails(), 18),
            member("name", HostileInput.names(), identity ? 18 : 3),
            member("phone", HostileInput.text(List.of("+1 415 555 0100", "(415) 555-0101")), 4),
            member(
                "postalAddress",
                HostileInput.text(List.of("1 Main St\nSpringfield, CA 90000", "PO Box 1")),
                3),
            member("accountId", HostileInput.text(List.of("ACC-1001", "7")), 1));
    Arbitrary<byte[]> requester =
        object(
            member(
                "kind",
                HostileInput.text(List.of("consumer", "authorized-agent", "parent-or-guardian")),
                18),
            member("name", HostileInput.names(), 17),
            member("email", HostileInput.emails(), 17),
            member(
                "authority",
                HostileInput.text(List.of("signed-permission", "power-of-attorney")),
                16));
    Arbitrary<byte[]> lookback =
        object(
            member("scope", HostileInput.text(List.of("all", "last-12-months", "range")), 19),
            member("from", HostileInput.text(List.of("2024-01-01", "2021-06-01", "2030-13-40")), 8),
            member("to", HostileInput.text(List.of("2025-12-31", "2020-01-01")), 8));
    Arbitrary<byte[]> correction =
        object(
            member("field", HostileInput.text(List.of("phone", "postal address", "name")), 19),
            member("value", HostileInput.text(List.of("+1 415 555 0199", "2 Oak Ave\nApt 3")), 19),
            member("note", HostileInput.text(List.of("moved in May", "")), 4));
    Arbitrary<byte[]> corrections =
        correction.list().ofMinSize(1).ofMaxSize(3).map(items -> join("[", items, "]"));
    Arbitrary<byte[]> declaration =
        Combinators.combine(
                Arbitraries.frequencyOf(
                    Tuple.of(10, Arbitraries.just("true")),
                    Tuple.of(1, Arbitraries.of("false", "\"yes\"", "1"))),
                HostileInput.names())
            .as(
                (signed, by) ->
                    HostileInput.concat(
                        utf8("{\"signed\":" + signed + ",\"signedBy\":"),
                        jsonString(by),
                        utf8("}")));
    return object(
        member("type", HostileInput.text(List.of(type)), 19),
        memberOf("subject", subject, 19),
        memberOf("requester", requester, 3),
        memberOf("lookback", lookback, know ? 6 : 1),
        memberOf("corrections", corrections, type.equals("correct") ? 19 : 1),
        memberOf("declaration", declaration, type.equals("know-specific") ? 16 : 1),
        member("details", HostileInput.text(List.of("Please hurry.\r\nThanks", "")), 3),
        rare("channel", 60),
        rare("unknown\\ud800", 60));
  }

  /** Bodies that are not a submission at all. */
  static Arbitrary<byte[]> garbage() {
    return Arbitraries.oneOf(
        Arbitraries.bytes().array(byte[].class).ofMaxSize(200),
        Arbitraries.of(
                "",
                "[]",
                "\"text\"",
                "null",
                "{",
                "{\"type\":",
                "{\"type\":\"delete\",}",
                "{\"type\":\"delete\"}{}",
                "[".repeat(5000),
                "{\"a\":".repeat(3000),
                "{\"type\":\"delete\",\"subject\":{\"email\":\"" + "x".repeat(900_000) + "\"}}",
                "{\"type\":\"delete\",\"type\":\"opt-out\",\"subject\":{\"email\":\"a@b.co\"}}")
            .map(HostileInput::utf8));
  }

  /** A member {@code "name": value}, present {@code weight} times in 20, else absent. */
  static Arbitrary<byte[]> member(String name, Arbitrary<byte[]> text, int weight) {
    Arbitrary<byte[]> value =
        Arbitraries.frequencyOf(
            Tuple.of(40, text.map(HostileInput::jsonString)),
            Tuple.of(
                1,
                Arbitraries.of("123", "true", "null", "[]", "{}", "[\"a\"]", "1e999", "-0")
                    .map(HostileInput::utf8)));
    return memberOf(name, value, weight);
  }

  static Arbitrary<byte[]> memberOf(String name, Arbitrary<byte[]> value, int weight) {
    return Arbitraries.frequencyOf(
        Tuple.of(weight, value.map(v -> HostileInput.concat(utf8("\"" + name + "\":"), v))),
        Tuple.of(20 - weight, Arbitraries.just(new byte[0])));
  }

  /** A member present one time in {@code odds}: a rare hostile extra. */
  static Arbitrary<byte[]> rare(String name, int odds) {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(utf8("\"" + name + "\":\"x\""))),
        Tuple.of(odds - 1, Arbitraries.just(new byte[0])));
  }

  @SafeVarargs
  static Arbitrary<byte[]> object(Arbitrary<byte[]>... members) {
    Arbitrary<List<byte[]>> all = Arbitraries.just(List.<byte[]>of());
    for (Arbitrary<byte[]> member : members) {
      all =
          Combinators.combine(all, member)
              .as(
                  (list, item) -> {
                    List<byte[]> out = new ArrayList<>(list);
                    if (item.length > 0) {
                      out.add(item);
                    }
                    return out;
                  });
    }
    return all.map(items -> join("{", items, "}"));
  }

  static byte[] join(String open, List<byte[]> items, String close) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(utf8(open));
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.writeBytes(items.get(i));
    }
    out.writeBytes(utf8(close));
    return out.toByteArray();
  }
}
