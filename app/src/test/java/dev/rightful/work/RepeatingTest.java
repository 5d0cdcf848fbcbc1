package dev.rightful.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RepeatingTest {
  @Test
  void a_run_that_throws_does_not_end_the_schedule_and_close_ends_it() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch three = new CountDownLatch(3);
    Repeating repeating =
        new Repeating(
            "test-repeating",
            Duration.ZERO,
            Duration.ofMillis(5),
            () -> {
              runs.incrementAndGet();
              three.countDown();
              throw new IllegalStateException("every run fails");
            });
    repeating.start();
    repeating.start(); // a second start adds no second schedule
    assertThat(three.await(30, TimeUnit.SECONDS)).isTrue();

    repeating.close();
    int afterClose = runs.get();
    Thread.sleep(50);
    assertThat(runs.get()).isEqualTo(afterClose);
    repeating.close(); // a second close does nothing
  }

  @Test
  void the_thread_is_a_named_daemon() throws Exception {
    CountDownLatch ran = new CountDownLatch(1);
    Thread[] seen = new Thread[1];
    try (Repeating repeating =
        new Repeating(
            "test-named",
            Duration.ZERO,
            Duration.ofHours(1),
            () -> {
              seen[0] = Thread.currentThread();
              ran.countDown();
            })) {
      repeating.start();
      assertThat(ran.await(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(seen[0].getName()).isEqualTo("test-named");
    assertThat(seen[0].isDaemon()).isTrue();
  }
}
