package dev.rightful.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevSecretTest {
  @TempDir Path dir;

  @Test
  void start_dev_makes_one_secret_and_keeps_it_across_restarts() throws Exception {
    String first = DevSecret.consentSecret(dir.resolve("data"));
    assertThat(first).hasSize(64);
    assertThat(DevSecret.consentSecret(dir.resolve("data"))).isEqualTo(first);
    assertThat(Files.getPosixFilePermissions(dir.resolve("data/consent-secret")))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(DevSecret.bytes(first)).hasSize(32);
  }

  @Test
  void a_short_secret_is_refused() {
    assertThatThrownBy(() -> DevSecret.bytes("too short"))
        .hasMessageContaining("at least 32 bytes");
    assertThat(DevSecret.bytes("a passphrase that is long enough for the key")).hasSize(44);
  }
}
