package dev.rightful.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DerivedSecretsTest {
  @Test
  void the_same_keys_give_the_same_secret_on_every_node() {
    byte[] one = new DerivedSecrets(Keys.parse(TestKeys.A)).current("center-form");
    byte[] two = new DerivedSecrets(Keys.parse(TestKeys.A)).current("center-form");
    assertThat(one).hasSize(32).isEqualTo(two);
  }

  @Test
  void each_purpose_and_each_key_has_its_own_secret() {
    DerivedSecrets secrets = new DerivedSecrets(Keys.parse(TestKeys.A));
    assertThat(secrets.current("center-form")).isNotEqualTo(secrets.current("agent-link"));
    assertThat(new DerivedSecrets(Keys.parse(TestKeys.B)).current("center-form"))
        .isNotEqualTo(secrets.current("center-form"));
  }

  @Test
  void after_a_rotation_the_older_keys_secrets_still_come_second() {
    byte[] before = new DerivedSecrets(Keys.parse(TestKeys.A)).current("center-form");
    DerivedSecrets rotated = new DerivedSecrets(Keys.parse("2:" + TestKeys.B + ",1:" + TestKeys.A));
    assertThat(rotated.current("center-form")).isNotEqualTo(before);
    assertThat(rotated.all("center-form")).hasSize(2);
    assertThat(rotated.all("center-form").get(1)).isEqualTo(before);
  }

  @Test
  void a_purpose_is_a_plain_word() {
    DerivedSecrets secrets = new DerivedSecrets(Keys.parse(TestKeys.A));
    for (String bad : new String[] {"", "Center", "a/b", "x y", null}) {
      assertThatThrownBy(() -> secrets.current(bad)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
