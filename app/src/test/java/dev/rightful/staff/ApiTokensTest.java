package dev.rightful.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ApiTokensTest {
  static Stream<Arguments> databases() {
    return Databases.both("staff_auth_tokens_test");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void a_token_authenticates_until_it_is_revoked(String name, Databases.Opener opener) {
    try (TestStaff t = opener.open()) {
      ApiTokens tokens = t.staff().tokens();
      IssuedToken issued = tokens.issue(Role.AGENT, "ci", Duration.ofDays(90), "alice");
      assertThat(issued.secret()).matches("rft_[A-Za-z0-9_-]{43}");
      assertThat(tokens.authenticate(issued.secret()))
          .contains(new Principal("token:" + issued.token().id(), Role.AGENT));

      assertThat(tokens.revoke(issued.token().id(), "alice")).isTrue();
      assertThat(tokens.authenticate(issued.secret())).isEmpty();
      assertThat(tokens.revoke(issued.token().id(), "alice")).isFalse();
      assertThat(tokens.get(issued.token().id()).revokedAt()).isEqualTo(t.clock().instant());
      assertThat(t.audit().kinds())
          .containsExactly(StaffEvent.Kind.TOKEN_CREATED, StaffEvent.Kind.TOKEN_REVOKED);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void a_token_stops_at_its_expiry_and_one_without_expiry_does_not(
      String name, Databases.Opener opener) {
    try (TestStaff t = opener.open()) {
      ApiTokens tokens = t.staff().tokens();
      IssuedToken day = tokens.issue(Role.SERVICE, "intake", Duration.ofDays(1), "cli");
      IssuedToken forever = tokens.issue(Role.AUDITOR, "reports", null, "cli");
      t.clock().advance(Duration.ofDays(1).minusSeconds(1));
      assertThat(tokens.authenticate(day.secret())).isPresent();
      t.clock().advance(Duration.ofSeconds(1));
      assertThat(tokens.authenticate(day.secret())).isEmpty();
      t.clock().advance(Duration.ofDays(3650));
      assertThat(tokens.authenticate(forever.secret())).isPresent();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void only_the_sha256_of_a_token_is_stored(String name, Databases.Opener opener) {
    try (TestStaff t = opener.open()) {
      IssuedToken issued = t.staff().tokens().issue(Role.ADMIN, "ops", null, "cli");
      String stored =
          t.database()
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT token_hash FROM staff_token")
                          .mapTo(String.class)
                          .one());
      assertThat(stored).hasSize(64).doesNotContain(issued.secret().substring(4));
      assertThat(issued.toString()).doesNotContain(issued.secret());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void a_wrong_or_malformed_token_authenticates_nobody(String name, Databases.Opener opener) {
    try (TestStaff t = opener.open()) {
      ApiTokens tokens = t.staff().tokens();
      IssuedToken issued = tokens.issue(Role.ADMIN, "ops", null, "cli");
      String last = issued.secret().substring(issued.secret().length() - 1);
      String other =
          issued.secret().substring(0, issued.secret().length() - 1)
              + (last.equals("A") ? "B" : "A");
      assertThat(tokens.authenticate(other)).isEmpty();
      assertThat(tokens.authenticate("rft_short")).isEmpty();
      assertThat(tokens.authenticate(null)).isEmpty();
      assertThatThrownBy(() -> tokens.revoke(999, "cli")).hasMessageContaining("no token");
    }
  }
}
