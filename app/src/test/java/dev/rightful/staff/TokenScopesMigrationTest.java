package dev.rightful.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rightful.store.Database;
import dev.rightful.testing.Postgres;
import dev.rightful.testing.TestServer;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Token scopes (issue 13, item 2): what each token may do on the consent API, and the migration of
 * the service tokens that existed before scopes (decisions only), on H2 and PostgreSQL.
 */
class TokenScopesMigrationTest {
  static Stream<Arguments> urls() {
    return Stream.of(
        Arguments.of("h2", TestServer.h2Url(), "sa"),
        Arguments.of("postgresql", Postgres.freshSchema("staff_token_scopes"), Postgres.USER));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("urls")
  void a_service_token_from_before_scopes_keeps_decisions_only_and_other_roles_get_none(
      String name, String url, String user) {
    // the schema as it was before V17, with a service and an agent token in it
    Flyway.configure()
        .dataSource(url, user, "")
        .locations("classpath:db/migration")
        .target("16")
        .load()
        .migrate();
    org.jdbi.v3.core.Jdbi.create(url, user, "")
        .useHandle(
            h ->
                h.execute(
                    "INSERT INTO staff_token (token_hash, role, name, created_by, created_at)"
                        + " VALUES ('a', 'service', 'ads', 'cli', CURRENT_TIMESTAMP),"
                        + " ('b', 'agent', 'ci', 'cli', CURRENT_TIMESTAMP)"));
    try (Database database = Database.open(url, user, "", 2)) {
      ApiTokens tokens = new ApiTokens(database.jdbi(), Clock.systemUTC(), AuditSink.NONE);
      assertThat(tokens.list())
          .extracting(ApiToken::name, ApiToken::scopes)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("ads", Set.of(Scope.CONSENT_DECISIONS)),
              org.assertj.core.groups.Tuple.tuple("ci", Set.of()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("urls")
  void scopes_are_stored_and_belong_to_service_tokens_alone(String name, String url, String user) {
    try (Database database = Database.open(url, user, "", 2)) {
      RecordingAuditSink audit = new RecordingAuditSink();
      ApiTokens tokens = new ApiTokens(database.jdbi(), Clock.systemUTC(), audit);
      IssuedToken both =
          tokens.issue(
              Role.SERVICE,
              EnumSet.of(Scope.CONSENT_DECISIONS, Scope.CONSENT_WRITE),
              "crm",
              Duration.ofDays(1),
              "alice");
      assertThat(tokens.get(both.token().id()).scopes())
          .containsExactlyInAnyOrder(Scope.CONSENT_DECISIONS, Scope.CONSENT_WRITE);
      assertThat(tokens.issue(Role.SERVICE, "ads", null, "alice").token().scopes())
          .containsExactly(Scope.CONSENT_DECISIONS);
      assertThat(audit.events().get(0).detail())
          .contains("role=service", "scopes=consent:decisions,consent:write");

      assertThatThrownBy(() -> tokens.issue(Role.SERVICE, Set.of(), "none", null, "alice"))
          .isInstanceOf(StaffException.class)
          .hasMessageContaining("needs a scope");
      assertThatThrownBy(
              () -> tokens.issue(Role.AGENT, Set.of(Scope.CONSENT_WRITE), "x", null, "alice"))
          .isInstanceOf(StaffException.class)
          .hasMessageContaining("scopes are for service tokens");
      assertThatThrownBy(() -> Scope.parse("consent:everything"))
          .hasMessageContaining("consent:decisions, consent:write");
    }
  }
}
