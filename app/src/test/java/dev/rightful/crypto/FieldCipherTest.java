package dev.rightful.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NotEmpty;
import org.junit.jupiter.api.Test;

class FieldCipherTest {
  static final String CONTEXT = "consumer.email:c-42";
  final FieldCipher cipher = new FieldCipher(Keys.parse(TestKeys.A));

  static String flipByte(String ciphertext, int index) {
    byte[] bytes = Base64.getDecoder().decode(ciphertext);
    bytes[index] ^= 0x01;
    return Base64.getEncoder().encodeToString(bytes);
  }

  @Test
  void a_value_round_trips_and_is_not_stored_in_the_clear() {
    String sealed = cipher.encrypt("jo@example.com", CONTEXT);
    assertThat(sealed).doesNotContain("jo@example.com");
    assertThat(cipher.decrypt(sealed, CONTEXT)).isEqualTo("jo@example.com");
    assertThat(cipher.decrypt(cipher.encrypt("", CONTEXT), CONTEXT)).isEmpty();
  }

  @Test
  void equal_plaintexts_get_different_nonces_and_ciphertexts() {
    byte[] one = Base64.getDecoder().decode(cipher.encrypt("same", CONTEXT));
    byte[] two = Base64.getDecoder().decode(cipher.encrypt("same", CONTEXT));
    // bytes 2..13 are the nonce
    assertThat(java.util.Arrays.copyOfRange(one, 2, 14))
        .isNotEqualTo(java.util.Arrays.copyOfRange(two, 2, 14));
    assertThat(one).isNotEqualTo(two);
    assertThat(one.length).isEqualTo(2 + 12 + "same".length() + 16);
  }

  @Test
  void any_altered_byte_fails_to_decrypt() {
    String sealed = cipher.encrypt("415-555-0100", CONTEXT);
    int length = Base64.getDecoder().decode(sealed).length;
    for (int index = 0; index < length; index++) {
      String altered = flipByte(sealed, index);
      assertThatThrownBy(() -> cipher.decrypt(altered, CONTEXT))
          .as("byte %d", index)
          .isInstanceOf(DecryptionException.class);
    }
  }

  @Test
  void a_ciphertext_moved_to_another_column_or_row_fails_to_decrypt() {
    String sealed = cipher.encrypt("jo@example.com", CONTEXT);
    assertThatThrownBy(() -> cipher.decrypt(sealed, "consumer.email:c-43"))
        .isInstanceOf(DecryptionException.class)
        .hasMessageContaining("another context");
    assertThatThrownBy(() -> cipher.decrypt(sealed, "consumer.phone:c-42"))
        .isInstanceOf(DecryptionException.class);
  }

  @Test
  void garbage_is_refused_as_not_a_rightful_ciphertext() {
    assertThatThrownBy(() -> cipher.decrypt("not base64!", CONTEXT))
        .isInstanceOf(DecryptionException.class);
    assertThatThrownBy(() -> cipher.decrypt("AQE=", CONTEXT))
        .isInstanceOf(DecryptionException.class)
        .hasMessageContaining("too short");
  }

  @Test
  void after_rotation_old_values_decrypt_and_new_ones_use_the_new_key() {
    String old = cipher.encrypt("old value", CONTEXT);
    FieldCipher rotated = new FieldCipher(Keys.parse("2:" + TestKeys.B + ",1:" + TestKeys.A));

    assertThat(rotated.decrypt(old, CONTEXT)).isEqualTo("old value");
    assertThat(rotated.isCurrent(old)).isFalse();
    String fresh = rotated.encrypt("new value", CONTEXT);
    assertThat(Base64.getDecoder().decode(fresh)[1]).isEqualTo((byte) 2);
    assertThat(rotated.isCurrent(fresh)).isTrue();
    // The old key alone cannot read it; once the old key is dropped, old values cannot be read.
    assertThatThrownBy(() -> cipher.decrypt(fresh, CONTEXT))
        .isInstanceOf(DecryptionException.class)
        .hasMessageContaining("key id 2");
    FieldCipher newOnly = new FieldCipher(Keys.parse("2:" + TestKeys.B));
    assertThatThrownBy(() -> newOnly.decrypt(old, CONTEXT))
        .isInstanceOf(DecryptionException.class)
        .hasMessageContaining("key id 1");
  }

  @Test
  void a_malformed_string_is_refused_rather_than_silently_corrupted() {
    assertThatThrownBy(() -> cipher.encrypt("broken \uD800 surrogate", CONTEXT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_context_is_required() {
    assertThatThrownBy(() -> cipher.encrypt("x", "")).isInstanceOf(IllegalArgumentException.class);
  }

  @Property(tries = 300)
  void any_well_formed_string_round_trips(
      @ForAll String plaintext, @ForAll @NotEmpty String context) {
    Assume.that(StandardCharsets.UTF_8.newEncoder().canEncode(plaintext));
    String sealed = cipher.encrypt(plaintext, context);
    assertThat(cipher.decrypt(sealed, context)).isEqualTo(plaintext);
  }
}
