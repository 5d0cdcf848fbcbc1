package dev.rightful.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SessionStoreTest {
  static Stream<Arguments> databases() {
    return Databases.both("staff_auth_sessions_test");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void a_session_ends_after_thirty_idle_minutes(String name, Databases.Opener opener) {
    try (TestStaff t = opener.open()) {
      SessionStore sessions = t.staff().sessions();
      SessionStore.Opened opened = sessions.open(t.user("alice", Role.AGENT));
      t.clock().advance(Duration.ofMinutes(29));
      assertThat(sessions.find(opened.id())).isPresent();
      t.clock().advance(Duration.ofMinutes(29)); // 29 idle minutes since the last request
      assertThat(sessions.find(opened.id())).isPresent();
      t.clock().advance(Duration.ofMinutes(30));
      assertThat(sessions.find(opened.id())).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void a_busy_session_still_ends_twelve_hours_after_sign_in(String name, Databases.Opener opener) {
    try (TestStaff t = opener.open()) {
      SessionStore sessions = t.staff().sessions();
      SessionStore.Opened opened = sessions.open(t.user("alice", Role.AGENT));
      for (int i = 0; i < 47; i++) {
        t.clock().advance(Duration.ofMinutes(15));
        assertThat(sessions.find(opened.id())).isPresent();
      }
      t.clock().advance(Duration.ofMinutes(15));
      assertThat(sessions.find(opened.id())).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void sessions_are_stored_by_hash_with_their_own_csrf_token(String name, Databases.Opener opener) {
    try (TestStaff t = opener.open()) {
      StaffUser alice = t.user("alice", Role.AGENT);
      SessionStore.Opened first = t.staff().sessions().open(alice);
      SessionStore.Opened second = t.staff().sessions().open(alice);
      assertThat(first.id()).isNotEqualTo(second.id());
      assertThat(first.session().csrfSecret()).isNotEqualTo(second.session().csrfSecret());
      var keys =
          t.database()
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT id_hash FROM staff_session")
                          .mapTo(String.class)
                          .list());
      assertThat(keys).hasSize(2).doesNotContain(first.id(), second.id());
      assertThat(first.toString()).doesNotContain(first.id());

      t.staff().sessions().close(first.id());
      assertThat(t.staff().sessions().find(first.id())).isEmpty();
      assertThat(t.staff().sessions().find(second.id())).isPresent();
      t.clock().advance(Duration.ofHours(1));
      assertThat(t.staff().sessions().purgeExpired()).isEqualTo(1);
    }
  }
}
