package dev.rightful.fulfil;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.crypto.CryptoPiProtection;
import dev.rightful.crypto.Keys;
import dev.rightful.store.Database;
import dev.rightful.testing.TestServer;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The suppression list keeps only keyed hashes, which cannot be recomputed: after a key rotation a
 * consumer deleted before it must still be found, under the older key, for as long as it is
 * configured.
 */
class SuppressionRotationTest {
  private static final String OLD = "1:" + key((byte) 1);
  private static final String NEW = "2:" + key((byte) 2);

  private Database database;

  private static String key(byte fill) {
    byte[] bytes = new byte[32];
    java.util.Arrays.fill(bytes, fill);
    return Base64.getEncoder().encodeToString(bytes);
  }

  private SuppressionList list(String keys) {
    return new SuppressionList(
        database.jdbi(), new CryptoPiProtection(Keys.parse(keys)), Clock.systemUTC());
  }

  private long rows() {
    return database
        .jdbi()
        .withHandle(
            h -> h.createQuery("SELECT COUNT(*) FROM fulfil_suppression").mapTo(Long.class).one());
  }

  @BeforeEach
  void open() {
    database = Database.open(TestServer.h2Url(), "sa", "", 2);
    list(OLD)
        .add(
            new Identity(
                Map.of(
                    "email", Set.of("jane.doe@example.com"), "phone", Set.of("+1 415-555-0100"))),
            "R1");
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void a_consumer_suppressed_before_a_rotation_is_still_suppressed_after_it() {
    SuppressionList rotated = list(NEW + "," + OLD);
    assertThat(rotated.containsEmail("Jane.Doe@example.com")).isTrue();
    assertThat(rotated.containsPhone("(415) 555-0100")).isTrue();
    assertThat(rotated.containsEmail("marcus.lee@example.com")).isFalse();

    // Deleted again after the rotation: already listed, so no second row.
    rotated.add(new Identity(Map.of("email", Set.of("jane.doe@example.com"))), "R2");
    assertThat(rows()).isEqualTo(2);
  }

  @Test
  void once_the_old_key_is_removed_its_hashes_match_nothing() {
    // Why docs/audit-and-encryption.md says to keep a key while suppression entries use it.
    assertThat(list(NEW).containsEmail("jane.doe@example.com")).isFalse();
  }
}
