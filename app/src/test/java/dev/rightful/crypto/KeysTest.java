package dev.rightful.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysTest {
  @TempDir Path dir;

  @Test
  void a_bare_key_is_key_1_and_the_first_of_several_is_current() {
    Keys single = Keys.parse(TestKeys.A);
    assertThat(single.currentId()).isEqualTo(1);
    Keys several = Keys.parse(" 3:" + TestKeys.B + " , 1:" + TestKeys.A + " ");
    assertThat(several.currentId()).isEqualTo(3);
    assertThat(several.ids()).containsExactly(3, 1);
    assertThat(several.toString()).isEqualTo("Keys[current=3, ids=[3, 1]]");
  }

  @Test
  void bad_key_material_is_refused_by_entry_without_echoing_it() {
    String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
    String[][] cases = {
      {"", "no encryption key"},
      {"1:" + shortKey, "entry 1: a key is 32 bytes"},
      {"1:" + TestKeys.A + ",2:%%%%", "entry 2: not base64"},
      {"1:" + TestKeys.A + ",1:" + TestKeys.B, "entry 2: key id 1 is used twice"},
      {TestKeys.A + "," + TestKeys.B, "entry 1: with several keys, write each as id:base64"},
      {"256:" + TestKeys.A, "entry 1: the key id must be a number from 1 to 255"},
    };
    for (String[] bad : cases) {
      assertThatThrownBy(() -> Keys.parse(bad[0]))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(bad[1])
          .hasMessageNotContaining(TestKeys.A)
          .hasMessageNotContaining(TestKeys.B)
          .hasMessageNotContaining(shortKey);
    }
  }

  @Test
  void a_key_file_holds_the_same_format_with_comments_and_line_breaks() throws Exception {
    Path file = dir.resolve("keys");
    Files.writeString(file, "# rotated 2026-06\n2:" + TestKeys.B + "\n1:" + TestKeys.A + "\n");
    Keys keys = Keys.fromFile(file);
    assertThat(keys.ids()).containsExactly(2, 1);
    assertThat(Keys.load(null, file).ids()).containsExactly(2, 1);
    assertThatThrownBy(() -> Keys.load(TestKeys.A, file)).hasMessageContaining("not both");
    assertThatThrownBy(() -> Keys.load(null, null)).hasMessageContaining("no encryption key");
  }

  @Test
  void the_cipher_and_hash_keys_are_derived_apart_and_differ_from_the_master() {
    Keys keys = Keys.parse(TestKeys.A);
    byte[] master = Base64.getDecoder().decode(TestKeys.A);
    assertThat(keys.cipherKey(1).getEncoded())
        .hasSize(32)
        .isNotEqualTo(keys.hashKey(1).getEncoded())
        .isNotEqualTo(master);
    assertThat(keys.hashKey(1).getEncoded()).isNotEqualTo(master);
  }

  @Test
  void the_dev_key_file_is_created_once_with_owner_only_permissions() throws Exception {
    Path dataDir = dir.resolve("data");
    Keys first = Keys.devKeys(dataDir);
    Path file = dataDir.resolve(Keys.DEV_KEY_FILE);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    String text = Files.readString(file);

    Keys second = Keys.devKeys(dataDir);
    assertThat(Files.readString(file)).isEqualTo(text);
    String sealed = new FieldCipher(first).encrypt("kept across restarts", "t.c:1");
    assertThat(new FieldCipher(second).decrypt(sealed, "t.c:1")).isEqualTo("kept across restarts");
    assertThat(Keys.devKeys(dir.resolve("other")).toString()).isEqualTo(first.toString());
    String other = new FieldCipher(Keys.devKeys(dir.resolve("other"))).encrypt("x", "t.c:1");
    assertThatThrownBy(() -> new FieldCipher(first).decrypt(other, "t.c:1"))
        .isInstanceOf(DecryptionException.class);
  }

  @Test
  void hkdf_matches_the_rfc_5869_test_vectors() {
    HexFormat hex = HexFormat.of();
    byte[] ikm = hex.parseHex("0b".repeat(22));
    // RFC 5869 test case 1
    assertThat(
            hex.formatHex(
                Hkdf.derive(
                    ikm,
                    hex.parseHex("000102030405060708090a0b0c"),
                    hex.parseHex("f0f1f2f3f4f5f6f7f8f9"),
                    42)))
        .isEqualTo(
            "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
    // RFC 5869 test case 3: no salt, no info
    assertThat(hex.formatHex(Hkdf.derive(ikm, new byte[0], new byte[0], 42)))
        .isEqualTo(
            "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
  }
}
