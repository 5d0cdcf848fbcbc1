package dev.rightful.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for something another process does (a server process, a scheduler) by polling, never by
 * sleeping a fixed time and then asserting: it returns as soon as {@code done} holds and fails,
 * saying what it waited for, once {@code timeout} has passed.
 */
public final class Poll {
  private Poll() {}

  /** Polls {@code done} every 100 ms until {@code timeout}; a failure names {@code what}. */
  public static void until(Duration timeout, BooleanSupplier done, String what)
      throws InterruptedException {
    until(timeout, done, () -> what);
  }

  /** As above, with the failure's description made when it fails (say, the state it ended in). */
  public static void until(Duration timeout, BooleanSupplier done, Supplier<String> what)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (done.getAsBoolean()) {
        return;
      }
      Thread.sleep(100);
    }
    assertThat(done.getAsBoolean()).as("waited %s for %s", timeout, what.get()).isTrue();
  }
}
