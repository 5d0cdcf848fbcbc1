package dev.rightful.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rightful.crypto.KeyedHash.Kind;
import org.junit.jupiter.api.Test;

class KeyedHashTest {
  final KeyedHash hash = new KeyedHash(Keys.parse(TestKeys.A));

  @Test
  void an_email_hashes_the_same_however_it_is_cased_or_padded() {
    String expected = hash.hash(Kind.EMAIL, "jo@example.com");
    assertThat(expected).matches("1:[0-9a-f]{64}");
    assertThat(hash.hash(Kind.EMAIL, "  Jo@Example.COM\n")).isEqualTo(expected);
    assertThat(hash.hash(Kind.EMAIL, "j.o@example.com")).isNotEqualTo(expected);
  }

  @Test
  void a_phone_number_hashes_the_same_however_it_is_written() {
    String expected = hash.hash(Kind.PHONE, "+1 415 555 0100");
    for (String written :
        new String[] {"(415) 555-0100", "415.555.0100", "1-415-555-0100", "0014155550100"}) {
      assertThat(hash.hash(Kind.PHONE, written)).as(written).isEqualTo(expected);
    }
    assertThat(KeyedHash.normalize(Kind.PHONE, "(415) 555-0100")).isEqualTo("14155550100");
    assertThat(KeyedHash.normalize(Kind.PHONE, "+44 20 7946 0958")).isEqualTo("442079460958");
    assertThat(hash.hash(Kind.PHONE, "415 555 0101")).isNotEqualTo(expected);
  }

  @Test
  void a_secret_is_hashed_exactly_as_given() {
    String expected = hash.hash(Kind.SECRET, "Code 123456");
    assertThat(expected).matches("1:[0-9a-f]{64}");
    assertThat(hash.hash(Kind.SECRET, "code 123456")).isNotEqualTo(expected);
    assertThat(hash.hash(Kind.SECRET, "Code 123456 ")).isNotEqualTo(expected);
    assertThat(hash.hash(Kind.EMAIL, "code 123456"))
        .isNotEqualTo(hash.hash(Kind.SECRET, "code 123456"));
  }

  @Test
  void different_keys_give_different_hashes() {
    KeyedHash other = new KeyedHash(Keys.parse(TestKeys.B));
    assertThat(other.hash(Kind.EMAIL, "jo@example.com"))
        .isNotEqualTo(hash.hash(Kind.EMAIL, "jo@example.com"));
  }

  @Test
  void an_email_and_a_phone_with_the_same_text_hash_differently() {
    assertThat(hash.hash(Kind.EMAIL, "14155550100"))
        .isNotEqualTo(hash.hash(Kind.PHONE, "14155550100"));
  }

  @Test
  void after_rotation_lookups_include_the_hash_stored_under_the_old_key() {
    String stored = hash.hash(Kind.EMAIL, "jo@example.com");
    KeyedHash rotated = new KeyedHash(Keys.parse("2:" + TestKeys.B + ",1:" + TestKeys.A));
    assertThat(rotated.hash(Kind.EMAIL, "jo@example.com")).startsWith("2:");
    assertThat(rotated.lookupHashes(Kind.EMAIL, "JO@example.com"))
        .containsExactly(rotated.hash(Kind.EMAIL, "jo@example.com"), stored);
  }

  @Test
  void an_empty_value_is_refused() {
    assertThatThrownBy(() -> hash.hash(Kind.PHONE, "call me"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> hash.hash(Kind.EMAIL, "  "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
