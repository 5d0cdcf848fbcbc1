package dev.rightful.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rightful.config.ConfigException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StaffBootstrapTest {
  static final Map<String, String> ENV =
      Map.of(
          StaffBootstrap.USERNAME_ENV,
          "root-admin",
          StaffBootstrap.PASSWORD_ENV,
          "a long passphrase");

  @Test
  void the_first_start_creates_the_admin_from_the_environment_and_later_starts_do_not() {
    try (TestStaff t = TestStaff.h2()) {
      assertThat(StaffBootstrap.ensureFirstAdmin(t.staff().users(), ENV))
          .hasValueSatisfying(
              admin -> {
                assertThat(admin.username()).isEqualTo("root-admin");
                assertThat(admin.role()).isEqualTo(Role.ADMIN);
              });
      assertThat(t.staff().login().login("root-admin", "a long passphrase", "192.0.2.1", null))
          .isInstanceOf(StaffLogin.LoggedIn.class);
      assertThat(
              StaffBootstrap.ensureFirstAdmin(
                  t.staff().users(),
                  Map.of(
                      StaffBootstrap.USERNAME_ENV,
                      "second-admin",
                      StaffBootstrap.PASSWORD_ENV,
                      "another long passphrase")))
          .isEmpty();
      assertThat(t.staff().users().list())
          .extracting(StaffUser::username)
          .containsExactly("root-admin");
      assertThat(t.audit().events().get(0).actor()).isEqualTo("bootstrap");
    }
  }

  @Test
  void without_the_variables_nothing_is_created() {
    try (TestStaff t = TestStaff.h2()) {
      assertThat(StaffBootstrap.ensureFirstAdmin(t.staff().users(), Map.of())).isEmpty();
      assertThat(t.staff().users().list()).isEmpty();
    }
  }

  @Test
  void a_weak_password_stops_start_up_with_a_reason_that_does_not_repeat_it() {
    try (TestStaff t = TestStaff.h2()) {
      Map<String, String> weak =
          Map.of(StaffBootstrap.USERNAME_ENV, "root-admin", StaffBootstrap.PASSWORD_ENV, "hunter2");
      assertThatThrownBy(() -> StaffBootstrap.ensureFirstAdmin(t.staff().users(), weak))
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining("RIGHTFUL_ADMIN_USERNAME")
          .hasMessageContaining("at least 12 characters")
          .hasMessageNotContaining("hunter2");
    }
  }
}
