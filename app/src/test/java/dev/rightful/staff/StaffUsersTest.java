package dev.rightful.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StaffUsersTest {
  static Stream<Arguments> databases() {
    return Databases.both("staff_auth_users_test");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void a_created_user_is_found_by_any_case_of_the_username_and_audited(
      String name, Databases.Opener opener) {
    try (TestStaff t = opener.open()) {
      StaffUser created =
          t.staff().users().create(" Alice ", Role.AGENT, TestStaff.PASSWORD, "bob");
      assertThat(created.username()).isEqualTo("alice");
      assertThat(created.enabled()).isTrue();
      assertThat(created.lastLoginAt()).isNull();
      assertThat(created.createdAt()).isEqualTo(t.clock().instant());
      assertThat(t.staff().users().find("ALICE")).contains(created);
      assertThat(t.audit().events())
          .containsExactly(
              new StaffEvent(
                  StaffEvent.Kind.USER_CREATED, t.clock().instant(), "bob", "alice", "role=agent"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void the_stored_hash_is_argon2id_and_not_the_password(String name, Databases.Opener opener) {
    try (TestStaff t = opener.open()) {
      t.user("alice", Role.ADMIN);
      String stored =
          t.database()
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT password_hash FROM staff_user")
                          .mapTo(String.class)
                          .one());
      assertThat(stored).startsWith("$argon2id$").doesNotContain(TestStaff.PASSWORD);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void a_taken_username_a_bad_username_a_weak_password_and_the_service_role_are_refused(
      String name, Databases.Opener opener) {
    try (TestStaff t = opener.open()) {
      StaffUsers users = t.staff().users();
      t.user("alice", Role.ADMIN);
      assertThatThrownBy(() -> users.create("ALICE", Role.AGENT, TestStaff.PASSWORD, "test"))
          .isInstanceOf(StaffException.class)
          .hasMessageContaining("taken");
      assertThatThrownBy(() -> users.create("no spaces", Role.AGENT, TestStaff.PASSWORD, "test"))
          .hasMessageContaining("username refused");
      assertThatThrownBy(() -> users.create("carol", Role.AGENT, "too short", "test"))
          .hasMessageContaining("at least 12");
      assertThatThrownBy(() -> users.create("dave", Role.SERVICE, TestStaff.PASSWORD, "test"))
          .hasMessageContaining("tokens only");
      assertThat(users.list()).extracting(StaffUser::username).containsExactly("alice");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void disabling_ends_the_users_sessions_and_enabling_lets_them_sign_in_again(
      String name, Databases.Opener opener) {
    try (TestStaff t = opener.open()) {
      StaffUser alice = t.user("alice", Role.AGENT);
      SessionStore.Opened session = t.staff().sessions().open(alice);
      assertThat(t.staff().users().anyEnabledAdmin()).isFalse();

      assertThat(t.staff().users().setEnabled("alice", false, "bob").enabled()).isFalse();
      assertThat(t.staff().sessions().find(session.id())).isEmpty();
      assertThat(t.staff().login().login("alice", TestStaff.PASSWORD, "192.0.2.1", null))
          .isInstanceOf(StaffLogin.Refused.class);

      t.staff().users().setEnabled("alice", true, "bob");
      assertThat(t.staff().login().login("alice", TestStaff.PASSWORD, "192.0.2.1", null))
          .isInstanceOf(StaffLogin.LoggedIn.class);
      assertThat(t.staff().users().get("alice").lastLoginAt()).isEqualTo(t.clock().instant());
      assertThat(t.audit().kinds())
          .containsSubsequence(
              StaffEvent.Kind.USER_DISABLED,
              StaffEvent.Kind.LOGIN_FAILED,
              StaffEvent.Kind.USER_ENABLED,
              StaffEvent.Kind.LOGIN_SUCCEEDED);
    }
  }
}
