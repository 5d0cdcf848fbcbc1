package dev.rightful.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
  @Test
  void eleven_characters_are_too_few_and_twelve_are_enough() {
    assertThat(PasswordPolicy.problems("alice", "abcdefghijk"))
        .containsExactly("the password must have at least 12 characters");
    // "abcdefghijkl" itself is a common breached password, refused since the list came in.
    assertThat(PasswordPolicy.problems("alice", "abcdefghijkm")).isEmpty();
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
  void surrounding_whitespace_does_not_count_toward_the_length() {
    assertThat(PasswordPolicy.problems("alice", " ".repeat(12)))
        .containsExactly(
            "the password must have at least 12 characters, not counting spaces at the start or"
                + " end");
    assertThat(PasswordPolicy.problems("alice", "  abcdefghijk \t")).hasSize(1);
    assertThat(PasswordPolicy.problems("alice", " abcdefghijkm ")).isEmpty();
    assertThat(PasswordPolicy.problems("alice", "abcdef  ghijk")).isEmpty();
  }

  @Test
  void a_common_breached_password_is_refused_in_any_case_and_padding() {
    for (String common : new String[] {"qwerty123456", "1q2w3e4r5t6y", " PasswordPassword "}) {
      assertThat(PasswordPolicy.problems("alice", common))
          .as(common)
          .containsExactly("this password is among the most commonly used; choose another");
    }
    assertThat(CommonPasswords.contains("qwertyqwerty")).isTrue();
    assertThat(CommonPasswords.contains("violet-harbour-lantern")).isFalse();
  }

  @Test
  void check_names_every_problem() {
    assertThatThrownBy(() -> PasswordPolicy.check("short", "short"))
        .isInstanceOf(StaffException.class)
        .hasMessageContaining("at least 12 characters")
        .hasMessageContaining("not be the username");
  }
}
