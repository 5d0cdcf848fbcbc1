package dev.rightful.center;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.testing.HostileInput;
import dev.rightful.testing.TestServer;
import dev.rightful.testing.WebClient;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * Issue 11: generated privacy-center form posts, valid answers mixed with hostile ones (bytes that
 * are not UTF-8, control characters, huge values, odd addresses, unknown types), sent over real
 * HTTP with a valid CSRF token: never a 5xx, and a refused form stores nothing (rows counted with
 * SQL).
 */
class FormPropertiesTest {
  static TestServer server;
  static WebClient client;
  static String csrf;

  @BeforeContainer
  static void start() {
    server = TestServer.start();
    client = WebClient.of(server);
    csrf = WebClient.csrf(client.get("/privacy/requests/new?type=delete"));
  }

  @AfterContainer
  static void stop() {
    server.close();
  }

  @Property(tries = 10_000, edgeCases = EdgeCasesMode.NONE)
  void no_form_gives_a_server_error_and_a_refused_one_stores_nothing(@ForAll("forms") String form) {
    int before = requests();
    HttpResponse<String> response =
        client.postEncoded(
            "/privacy/requests",
            form + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
    int status = response.statusCode();
    Statistics.collect(status);
    assertThat(status).isLessThan(500);
    if (status >= 400) {
      assertThat(requests()).isEqualTo(before);
      assertThat(response.body()).doesNotContain("Exception", "rights_request");
    } else {
      assertThat(status).isEqualTo(303);
      assertThat(requests()).isEqualTo(before + 1);
    }
  }

  static int requests() {
    return server
        .app()
        .services()
        .database()
        .jdbi()
        .withHandle(
            h -> h.createQuery("SELECT COUNT(*) FROM rights_request").mapTo(Integer.class).one());
  }

  @Provide
  Arbitrary<String> forms() {
    return Arbitraries.of(HostileInput.TYPES).flatMap(FormPropertiesTest::form);
  }

  static Arbitrary<String> form(String type) {
    boolean identity = !type.equals("opt-out") && !type.equals("limit-sensitive");
    return fields(
        field("type", HostileInput.text(List.of(type)), 20),
        field("subject.email", HostileInput.emails(), 18),
        field("subject.name", HostileInput.names(), identity ? 18 : 2),
        field("subject.phone", HostileInput.text(List.of("+1 415 555 0100")), 3),
        field("subject.postalAddress", HostileInput.text(List.of("1 Main St\r\nSpringfield")), 3),
        field("requester.kind", HostileInput.text(List.of("consumer", "parent-or-guardian")), 3),
        field("requester.name", HostileInput.names(), 3),
        field("requester.email", HostileInput.emails(), 3),
        field("lookback.scope", HostileInput.text(List.of("all", "last-12-months")), 6),
        field("declaration.signed", HostileInput.text(List.of("yes")), 18),
        field("declaration.signedBy", HostileInput.names(), 18),
        field("corrections[0].field", HostileInput.text(List.of("phone number")), 18),
        field("corrections[0].value", HostileInput.text(List.of("+1 415 555 0199")), 18),
        field("corrections[1].note", HostileInput.text(List.of("since May")), 3));
  }

  /** {@code name=value}, percent-encoded byte by byte, present {@code weight} times in 20. */
  static Arbitrary<String> field(String name, Arbitrary<byte[]> value, int weight) {
    return Arbitraries.frequencyOf(
        Tuple.of(
            weight,
            value.map(
                v ->
                    URLEncoder.encode(name, StandardCharsets.UTF_8)
                        + "="
                        + HostileInput.formEncoded(v))),
        Tuple.of(20 - weight, Arbitraries.just("")));
  }

  @SafeVarargs
  static Arbitrary<String> fields(Arbitrary<String>... fields) {
    Arbitrary<List<String>> all = Arbitraries.just(List.<String>of());
    for (Arbitrary<String> field : fields) {
      all =
          Combinators.combine(all, field)
              .as(
                  (list, item) -> {
                    List<String> out = new ArrayList<>(list);
                    if (!item.isEmpty()) {
                      out.add(item);
                    }
                    return out;
                  });
    }
    return all.map(list -> String.join("&", list));
  }
}
