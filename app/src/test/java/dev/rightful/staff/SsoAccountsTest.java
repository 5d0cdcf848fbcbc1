package dev.rightful.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Accounts made by single sign-on on both stores (V20: no password, linked by issuer and subject):
 * found again by subject, not by name, and never given a password sign-in.
 */
class SsoAccountsTest {
  static Stream<String> stores() {
    return Stream.of("h2", "postgresql");
  }

  private static TestStaff open(String store) {
    return store.equals("h2") ? TestStaff.h2() : TestStaff.postgres("sso_accounts");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void an_account_is_found_by_issuer_and_subject_and_has_no_password(String store) {
    try (TestStaff t = open(store)) {
      SsoAccounts accounts =
          new SsoAccounts(t.database().jdbi(), t.staff().users(), t.audit(), t.clock());
      StaffUser first = accounts.signIn("https://idp", "sub-1", "Mia", Role.AUDITOR);
      StaffUser other = accounts.signIn("https://idp", "sub-2", "not a valid name!", Role.AGENT);
      // The same person under a new name at the provider keeps the account.
      StaffUser again = accounts.signIn("https://idp", "sub-1", "mia.renamed", Role.AGENT);

      assertThat(first.username()).isEqualTo("mia");
      assertThat(other.username()).startsWith("sso-");
      assertThat(again.id()).isEqualTo(first.id());
      assertThat(again.role()).isEqualTo(Role.AGENT);
      assertThat(t.audit().kinds())
          .containsExactly(
              StaffEvent.Kind.USER_CREATED,
              StaffEvent.Kind.USER_CREATED,
              StaffEvent.Kind.ROLE_CHANGED);
      assertThat(t.staff().login().login("mia", "", "127.0.0.1", null))
          .isInstanceOf(StaffLogin.Refused.class);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void another_issuer_with_the_same_subject_is_another_person(String store) {
    try (TestStaff t = open(store)) {
      SsoAccounts accounts =
          new SsoAccounts(t.database().jdbi(), t.staff().users(), t.audit(), t.clock());
      accounts.signIn("https://idp-a", "sub-1", "nora", Role.ADMIN);

      assertThatThrownBy(() -> accounts.signIn("https://idp-b", "sub-1", "nora", Role.ADMIN))
          .isInstanceOf(OidcRefusal.class)
          .hasMessageContaining("not linked");
    }
  }
}
