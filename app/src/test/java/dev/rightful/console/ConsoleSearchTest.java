package dev.rightful.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.Services;
import dev.rightful.audit.AuditEvent;
import dev.rightful.law.RequestType;
import dev.rightful.requests.Channel;
import dev.rightful.requests.Requester;
import dev.rightful.requests.RightsRequest;
import dev.rightful.requests.Subject;
import dev.rightful.requests.Submission;
import dev.rightful.staff.Role;
import dev.rightful.testing.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The queue finds things: search by reference, email or phone through the keyed hashes, paging and
 * sorting by query parameters, and assignment with "my requests", over HTTP against the real app.
 */
class ConsoleSearchTest {
  static TestServer server;
  static Services services;
  static ConsoleClient alice;
  static ConsoleClient bob;
  static ConsoleClient otto;
  static RightsRequest jane;
  static RightsRequest john;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    services = server.app().services();
    services.staff().users().create("alice", Role.AGENT, ConsoleClient.PASSWORD, "test");
    services.staff().users().create("bob", Role.ADMIN, ConsoleClient.PASSWORD, "test");
    services.staff().users().create("otto", Role.AUDITOR, ConsoleClient.PASSWORD, "test");
    alice = ConsoleClient.signIn(server, "alice");
    bob = ConsoleClient.signIn(server, "bob");
    otto = ConsoleClient.signIn(server, "otto");
    jane = submit(RequestType.DELETE, "Jane.Doe@example.com", "+1 (415) 555-0142", "Jane Doe");
    john = submit(RequestType.KNOW_SPECIFIC, "john@example.com", "415 555 0199", "John Roe");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void the_console_finds_jane_by_email_by_phone_and_by_reference_and_a_wrong_email_finds_nothing() {
    // Written differently from intake: case, spaces, another phone notation, a lower-case reference
    assertThat(found("  jane.doe@EXAMPLE.com ")).containsExactly(jane.reference());
    assertThat(found("4155550142")).containsExactly(jane.reference());
    assertThat(found("+1 415.555.0142")).containsExactly(jane.reference());
    assertThat(found(jane.reference().toLowerCase(Locale.ROOT))).containsExactly(jane.reference());
    assertThat(found(john.reference().substring(2))).containsExactly(john.reference());

    Document wrong = alice.page(search("wrong@example.com"));
    assertThat(wrong.select("table.queue tbody tr")).isEmpty();
    assertThat(wrong.selectFirst("#no-match")).isNotNull();
    assertThat(wrong.selectFirst("#search-result").text()).startsWith("0 requests match");

    // A name is stored sealed, so it is no search key: the page says so instead of scanning.
    Document name = alice.page(search("Jane"));
    assertThat(name.select("table.queue tbody tr")).isEmpty();
    assertThat(name.selectFirst("#search-hint").text()).contains("Names are not searchable");
  }

  @Test
  void the_search_box_echoes_what_was_typed_escaped() {
    Document page = alice.page(search("<b>x</b>@example.com"));
    assertThat(page.select("main b")).isEmpty();
    assertThat(page.selectFirst("#q").attr("value")).isEqualTo("<b>x</b>@example.com");
  }

  @Test
  void the_queue_pages_and_sorts_by_query_parameters() {
    for (int i = 0; i < 60; i++) {
      submit(RequestType.OPT_OUT, "many" + i + "@example.com", null, null);
    }
    long total = services.requests().queue(null, 10_000).size();
    assertThat(total).isGreaterThan(QueueView.PAGE_SIZE);

    List<String> seen = new ArrayList<>();
    Set<String> pages = new HashSet<>();
    String next = "/admin/requests?status=all&sort=received&dir=desc";
    List<String> received = new ArrayList<>();
    while (next != null) {
      Document page = alice.page(next);
      pages.add(next);
      seen.addAll(page.select("table.queue tbody tr").eachAttr("data-reference"));
      received.addAll(page.select("table.queue tbody tr td:nth-of-type(4)").eachText());
      var link = page.selectFirst("a[rel=next]");
      next = link == null ? null : link.attr("href");
    }
    assertThat(pages).hasSize((int) ((total + QueueView.PAGE_SIZE - 1) / QueueView.PAGE_SIZE));
    assertThat(seen).hasSize((int) total).doesNotHaveDuplicates();
    assertThat(received.stream().map(LocalDate::parse).toList())
        .isSortedAccordingTo(Comparator.reverseOrder());

    Document byType = alice.page("/admin/requests?status=all&sort=type&dir=asc");
    assertThat(byType.select("table.queue tbody tr td:nth-of-type(1)").eachText()).isSorted();
    assertThat(byType.selectFirst("th[aria-sort]").text()).isEqualTo("Type");
    // The column's link turns the order round.
    assertThat(byType.selectFirst("th[aria-sort] a").attr("href")).contains("sort=type&dir=desc");

    assertThat(alice.get("/admin/requests?page=0").statusCode()).isEqualTo(400);
    assertThat(alice.get("/admin/requests?page=two").statusCode()).isEqualTo(400);
    assertThat(alice.get("/admin/requests?sort=name").statusCode()).isEqualTo(400);
    assertThat(alice.get("/admin/requests?dir=sideways").statusCode()).isEqualTo(400);
    // Past the last page: an empty page, not an error.
    assertThat(alice.page("/admin/requests?status=all&page=99").select("#no-match")).hasSize(1);
  }

  @Test
  void staff_assign_a_request_audited_and_my_requests_lists_only_theirs() {
    RightsRequest mine = submit(RequestType.DELETE, "assign@example.com", null, "Ann Sign");
    String path = "/admin/requests/" + mine.id();

    assertThat(alice.post(path + "/assign", Map.of("assignee", "bob")).statusCode()).isEqualTo(303);
    Document page = alice.page(path + "?done=assigned");
    assertThat(page.selectFirst("#request-assignee").text()).isEqualTo("bob");
    assertThat(page.select("#assignee option").eachAttr("value"))
        .containsExactly("", "alice", "bob")
        .as("an auditor only reads, so is not offered")
        .doesNotContain("otto");
    AuditEvent assigned =
        services.audit().list("request", mine.id()).stream()
            .filter(event -> event.action().equals("request.assigned"))
            .findFirst()
            .orElseThrow();
    assertThat(assigned.actor()).isEqualTo("staff:alice");
    assertThat(assigned.details()).contains("bob");

    assertThat(
            bob.page("/admin/requests?mine=1")
                .select("tr[data-reference]")
                .eachAttr("data-reference"))
        .containsExactly(mine.reference());
    assertThat(alice.page("/admin/requests?mine=1").select("tr[data-reference]")).isEmpty();
    assertThat(
            alice
                .page(search(mine.reference()))
                .selectFirst("tr[data-reference=" + mine.reference() + "] td.assignee")
                .text())
        .isEqualTo("bob");

    // Refused: someone who may not work requests, an auditor's post, a post without CSRF.
    assertThat(alice.post(path + "/assign", Map.of("assignee", "otto")).statusCode())
        .isEqualTo(422);
    assertThat(otto.post(path + "/assign", Map.of("assignee", "otto")).statusCode()).isEqualTo(403);
    assertThat(alice.postWithout(path + "/assign", Map.of("assignee", "alice")).statusCode())
        .isEqualTo(403);
    assertThat(bob.page(path).selectFirst("#request-assignee").text()).isEqualTo("bob");

    assertThat(bob.post(path + "/assign", Map.of("assignee", "")).statusCode()).isEqualTo(303);
    assertThat(bob.page(path).selectFirst("#request-assignee").text()).isEqualTo("Nobody yet.");
    assertThat(bob.page("/admin/requests?mine=1").select("tr[data-reference]")).isEmpty();
  }

  private static List<String> found(String term) {
    return alice.page(search(term)).select("table.queue tbody tr").eachAttr("data-reference");
  }

  private static String search(String term) {
    return "/admin/requests?status=all&q=" + URLEncoder.encode(term, StandardCharsets.UTF_8);
  }

  static RightsRequest submit(RequestType type, String email, String phone, String name) {
    return services
        .requests()
        .submit(
            new Submission(
                type,
                Channel.WEB,
                new Subject(email, phone, name, null, null),
                Requester.consumer(),
                null,
                null,
                null,
                List.of(),
                null,
                null),
            "consumer")
        .request();
  }
}
