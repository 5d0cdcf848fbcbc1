package dev.rightful.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
  @Test
  void eleven_characters_are_too_few_and_twelve_are_enough() {
    assertThat(PasswordPolicy.problems("alice", "abcdefghijk"))
        .containsExactly("the password must have at least 12 characters");
    assertThat(PasswordPolicy.problems("alice", "abcdefghijkl")).isEmpty();
  }

  @Test
  void length_counts_characters_not_utf16_units() {
    String elevenEmoji = "😀".repeat(11);
    assertThat(PasswordPolicy.problems("alice", elevenEmoji)).hasSize(1);
    assertThat(PasswordPolicy.problems("alice", elevenEmoji + "😀")).isEmpty();
  }

  @Test
  void the_username_is_refused_as_password_in_any_case() {
    assertThat(PasswordPolicy.problems("administrator1", "Administrator1"))
        .containsExactly("the password must not be the username");
  }

  @Test
  void an_empty_or_huge_password_is_refused() {
    assertThat(PasswordPolicy.problems("alice", "")).containsExactly("the password is empty");
    assertThat(PasswordPolicy.problems("alice", null)).containsExactly("the password is empty");
    assertThat(PasswordPolicy.problems("alice", "x".repeat(257))).hasSize(1);
  }

  @Test
  void check_names_every_problem() {
    assertThatThrownBy(() -> PasswordPolicy.check("short", "short"))
        .isInstanceOf(StaffException.class)
        .hasMessageContaining("at least 12 characters")
        .hasMessageContaining("not be the username");
  }
}
