package dev.rightful.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  final PasswordHasher hasher = new PasswordHasher();

  @Test
  void a_hash_is_argon2id_with_the_documented_parameters() {
    assertThat(hasher.hash("correct horse battery")).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
  }

  @Test
  void the_password_verifies_against_its_hash_and_another_does_not() {
    String hash = hasher.hash("correct horse battery");
    assertThat(hasher.verify("correct horse battery", hash)).isTrue();
    assertThat(hasher.verify("correct horse batterY", hash)).isFalse();
    assertThat(hasher.verify("", hash)).isFalse();
  }

  @Test
  void hashes_are_salted_so_one_password_hashes_differently_each_time() {
    String first = hasher.hash("correct horse battery");
    String second = hasher.hash("correct horse battery");
    assertThat(first).isNotEqualTo(second);
    assertThat(salt(first)).isNotEqualTo(salt(second));
    assertThat(hasher.verify("correct horse battery", second)).isTrue();
  }

  @Test
  void a_malformed_or_foreign_hash_never_verifies() {
    assertThat(hasher.verify("anything at all", "not a hash")).isFalse();
    assertThat(hasher.verify("anything at all", "$argon2id$v=19$m=19456,t=2,p=1$broken")).isFalse();
    assertThat(hasher.verify("anything at all", null)).isFalse();
  }

  @Test
  void verifying_nothing_is_always_false() {
    assertThat(hasher.verifyNothing("correct horse battery")).isFalse();
    assertThat(hasher.verifyNothing(null)).isFalse();
  }

  private static String salt(String phc) {
    return phc.split("\\$")[4];
  }
}
