package dev.rightful.staff;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import dev.rightful.staff.internal.Secrets;
import java.util.concurrent.Semaphore;

/**
 * Hashes and verifies staff passwords with argon2id (password4j). Thread-safe.
 *
 * <p>Parameters are OWASP's Password Storage Cheat Sheet recommendation for argon2id: 19 MiB of
 * memory, 2 iterations, parallelism 1, with a 16-byte random salt and a 32-byte hash. The result is
 * a PHC string ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}) that carries its own parameters,
 * so raising them later leaves existing hashes verifiable.
 */
public final class PasswordHasher {
  public static final int MEMORY_KIB = 19 * 1024;
  public static final int ITERATIONS = 2;
  public static final int PARALLELISM = 1;
  public static final int SALT_BYTES = 16;
  public static final int HASH_BYTES = 32;

  private static final Argon2Function ARGON2ID =
      Argon2Function.getInstance(
          MEMORY_KIB,
          ITERATIONS,
          PARALLELISM,
          HASH_BYTES,
          Argon2.ID,
          Argon2Function.ARGON2_VERSION_13);

  /*
   * Each hash holds 19 MiB for its duration, so a burst of sign-in attempts could exhaust a small
   * heap (start-dev runs in 192 MiB). A semaphore caps how many run at once; the rest queue.
   */
  private final Semaphore running =
      new Semaphore(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
  private volatile String dummyHash;

  /** A new salted argon2id hash of {@code password}. */
  public String hash(String password) {
    return bounded(
        () ->
            Password.hash(password)
                .addSalt(Secrets.randomBytes(SALT_BYTES))
                .with(ARGON2ID)
                .getResult());
  }

  /** Whether {@code password} matches {@code hash}; false for a malformed hash. */
  public boolean verify(String password, String hash) {
    if (password == null || hash == null || !hash.startsWith("$argon2id$")) {
      return false;
    }
    return bounded(
        () -> {
          try {
            return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
          } catch (RuntimeException malformed) {
            return false;
          }
        });
  }

  /**
   * Spends the time of one verification and returns false: used for unknown usernames, so that the
   * response time does not tell which usernames exist.
   */
  public boolean verifyNothing(String password) {
    String dummy = dummyHash;
    if (dummy == null) {
      dummy = hash(Secrets.random256());
      dummyHash = dummy;
    }
    verify(password == null ? "" : password, dummy);
    return false;
  }

  private <T> T bounded(java.util.function.Supplier<T> work) {
    running.acquireUninterruptibly();
    try {
      return work.get();
    } finally {
      running.release();
    }
  }
}
