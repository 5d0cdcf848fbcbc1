package dev.rightful.requests.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rightful.Services;
import dev.rightful.law.DenialBasis;
import dev.rightful.law.RequestType;
import dev.rightful.requests.AgentAuthority;
import dev.rightful.requests.Channel;
import dev.rightful.requests.RequestService;
import dev.rightful.requests.Requester;
import dev.rightful.requests.RequesterKind;
import dev.rightful.requests.Subject;
import dev.rightful.requests.Submission;
import dev.rightful.testing.Postgres;
import dev.rightful.testing.Repo;
import dev.rightful.testing.TestServer;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The agent's signed permission kept with its request, on H2 and PostgreSQL. */
class AgentPermissionsTest {
  static Stream<Arguments> databases() {
    return Stream.of(
        Arguments.of("h2", TestServer.h2Url(), "sa"),
        Arguments.of("postgresql", Postgres.freshSchema("rightful_center_test"), Postgres.USER));
  }

  static Submission agentRequest() {
    return new Submission(
        RequestType.DELETE,
        Channel.WEB,
        new Subject("carla@example.com", null, "Carla Consumer", null, null),
        new Requester(
            RequesterKind.AUTHORIZED_AGENT,
            "Agnes Agent",
            "agnes@agents.example",
            AgentAuthority.SIGNED_PERMISSION),
        null,
        null,
        null,
        List.of(),
        null,
        null);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void the_file_is_kept_sealed_with_its_request_and_deleted_once_the_request_is_closed(
      String name, String url, String user) {
    try (TestServer server = TestServer.start(Repo.exampleMap(), url, user, "")) {
      Services services = server.app().services();
      AgentPermissions permissions = new AgentPermissions(services.pi(), services.clock());
      PermissionFile file = PermissionFile.of("%PDF-1.4 signed".getBytes()).orElseThrow();
      RequestService.Receipt receipt =
          services
              .requests()
              .submit(
                  agentRequest(),
                  "consumer",
                  (handle, request) -> permissions.store(handle, request.id(), file));
      String id = receipt.request().id();
      var jdbi = services.database().jdbi();
      assertThat(find(jdbi, permissions, id)).hasValue(file);
      String sealed =
          jdbi.withHandle(
              h ->
                  h.createQuery("SELECT content_sealed FROM request_attachment")
                      .mapTo(String.class)
                      .one());
      assertThat(sealed).doesNotContain("signed", "JVBERi0"); // neither the text nor its base64

      assertThat(jdbi.withHandle(permissions::deleteForClosedRequests)).isZero();
      services.requests().deny(id, DenialBasis.UNVERIFIED, "We could not verify you.", "system");
      // Closing the request deleted the file in the same transaction; a later sweep finds nothing.
      assertThat(find(jdbi, permissions, id)).isEmpty();
      assertThat(jdbi.withHandle(permissions::deleteForClosedRequests)).isZero();
    }
  }

  static Optional<PermissionFile> find(Jdbi jdbi, AgentPermissions permissions, String id) {
    return jdbi.withHandle(h -> permissions.find(h, id));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void when_storing_the_file_fails_no_request_is_kept(String name, String url, String user) {
    try (TestServer server = TestServer.start(Repo.exampleMap(), url, user, "")) {
      RequestService requests = server.app().services().requests();
      assertThatThrownBy(
              () ->
                  requests.submit(
                      agentRequest(),
                      "consumer",
                      (handle, request) -> {
                        throw new IllegalStateException("disk full");
                      }))
          .hasMessage("disk full");
      assertThat(requests.queue(null, 100)).isEmpty();
      assertThat(server.app().services().outbox().list(10)).isEmpty();
    }
  }
}
