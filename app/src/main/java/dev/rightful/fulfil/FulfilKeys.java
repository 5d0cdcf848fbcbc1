package dev.rightful.fulfil;

import dev.rightful.store.PiProtection;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jdbi.v3.core.Jdbi;

/**
 * HMAC-SHA256 keys that fulfilment makes for itself, one per use (package-link signatures,
 * anonymization hashes): 32 random bytes made on first use, stored sealed in {@code fulfil_key} so
 * that every node shares them. Thread-safe.
 */
public final class FulfilKeys {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Jdbi jdbi;
  private final PiProtection pi;
  private final Clock clock;
  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

  public FulfilKeys(Jdbi jdbi, PiProtection pi, Clock clock) {
    this.jdbi = jdbi;
    this.pi = pi;
    this.clock = clock;
  }

  /** The hex HMAC-SHA256 of {@code text} under the key named {@code use}. */
  public String mac(String use, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(use), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
    }
  }

  private byte[] key(String use) {
    return cache.computeIfAbsent(use, this::loadOrCreate);
  }

  private byte[] loadOrCreate(String use) {
    String context = "fulfil_key." + use;
    return jdbi.withHandle(
        handle -> {
          var stored =
              handle
                  .createQuery("SELECT key_sealed FROM fulfil_key WHERE name = :name")
                  .bind("name", use)
                  .mapTo(String.class)
                  .findOne();
          if (stored.isPresent()) {
            return Base64.getDecoder().decode(pi.open(stored.get(), context));
          }
          byte[] fresh = new byte[32];
          RANDOM.nextBytes(fresh);
          try {
            handle
                .createUpdate(
                    "INSERT INTO fulfil_key (name, key_sealed, created_at) VALUES (:name, :key, :at)")
                .bind("name", use)
                .bind("key", pi.seal(Base64.getEncoder().encodeToString(fresh), context))
                .bind("at", OffsetDateTime.now(clock))
                .execute();
            return fresh;
          } catch (RuntimeException raced) {
            // Another node made the key first: use theirs.
            String sealed =
                handle
                    .createQuery("SELECT key_sealed FROM fulfil_key WHERE name = :name")
                    .bind("name", use)
                    .mapTo(String.class)
                    .one();
            return Base64.getDecoder().decode(pi.open(sealed, context));
          }
        });
  }
}
