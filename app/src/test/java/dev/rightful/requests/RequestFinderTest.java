package dev.rightful.requests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.law.RequestType;
import dev.rightful.testing.Postgres;
import dev.rightful.testing.Repo;
import dev.rightful.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The console's finder on H2 and on PostgreSQL: a search by reference, email or phone through the
 * keyed hashes, pages that cover every request once in the order asked, and the assignee filter
 * with its audited assignment.
 */
class RequestFinderTest {
  static Stream<Arguments> databases() {
    return Stream.of(
        Arguments.of("h2", TestServer.h2Url(), "sa"),
        Arguments.of("postgresql", Postgres.freshSchema("request_finder_test"), Postgres.USER));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void finds_by_keyed_hash_pages_sorts_and_filters_by_assignee(
      String name, String url, String user) {
    try (TestServer server = TestServer.start(Repo.exampleMap(), url, user, "")) {
      var services = server.app().services();
      RequestService requests = services.requests();
      RightsRequest jane =
          submit(requests, RequestType.DELETE, "Jane@Example.com", "(415) 555-0142");
      for (int i = 0; i < 6; i++) {
        submit(
            requests,
            i % 2 == 0 ? RequestType.OPT_OUT : RequestType.KNOW_CATEGORIES,
            "p" + i + "@example.com",
            null);
      }
      RequestFinder finder = new RequestFinder(services.database().jdbi(), services.pi());

      assertThat(
              references(
                  finder.find(
                      query("jane@example.com", null, RequestFinder.Sort.DUE, false, 1, 10))))
          .containsExactly(jane.reference());
      assertThat(
              references(
                  finder.find(query("+14155550142", null, RequestFinder.Sort.DUE, false, 1, 10))))
          .containsExactly(jane.reference());
      assertThat(
              references(
                  finder.find(
                      query(
                          jane.reference().toLowerCase(),
                          null,
                          RequestFinder.Sort.DUE,
                          false,
                          1,
                          10))))
          .containsExactly(jane.reference());
      assertThat(
              finder
                  .find(query("nobody@example.com", null, RequestFinder.Sort.DUE, false, 1, 10))
                  .total())
          .isZero();

      List<String> types = new ArrayList<>();
      List<String> all = new ArrayList<>();
      for (int page = 1; page <= 3; page++) {
        RequestFinder.Page found =
            finder.find(query("", null, RequestFinder.Sort.TYPE, true, page, 3));
        assertThat(found.total()).isEqualTo(7);
        found.rows().forEach(row -> types.add(row.request().type().id()));
        all.addAll(references(found));
      }
      assertThat(all).hasSize(7).doesNotHaveDuplicates();
      assertThat(types).isSortedAccordingTo(java.util.Comparator.reverseOrder());

      Assignments assignments =
          new Assignments(
              services.database().jdbi(),
              new RequestRepository(services.pi()),
              (handle, actor, action, request, facts) ->
                  services
                      .audit()
                      .append(
                          handle,
                          new dev.rightful.audit.AuditEntry(
                              actor, action, "request", request.id(), facts)));
      assignments.assign(jane.id(), "alice", "staff:bob");
      assertThat(assignments.assignee(jane.id())).contains("alice");
      RequestFinder.Page mine =
          finder.find(query("", "alice", RequestFinder.Sort.DUE, false, 1, 10));
      assertThat(references(mine)).containsExactly(jane.reference());
      assertThat(mine.rows().get(0).assignee()).isEqualTo("alice");
      assertThat(services.audit().list("request", jane.id()))
          .anyMatch(e -> e.action().equals("request.assigned") && e.actor().equals("staff:bob"));
      assertThat(services.audit().verify().ok()).isTrue();
    }
  }

  private static RequestFinder.Query query(
      String search, String assignee, RequestFinder.Sort sort, boolean desc, int page, int size) {
    return new RequestFinder.Query(
        List.of(), sort, desc, assignee, SearchTerm.parse(search).orElse(null), page, size);
  }

  private static List<String> references(RequestFinder.Page page) {
    return page.rows().stream().map(row -> row.request().reference()).toList();
  }

  private static RightsRequest submit(
      RequestService requests, RequestType type, String email, String phone) {
    return requests
        .submit(
            new Submission(
                type,
                Channel.WEB,
                new Subject(email, phone, "Some One", null, null),
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
