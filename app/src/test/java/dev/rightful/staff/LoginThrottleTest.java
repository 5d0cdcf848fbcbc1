package dev.rightful.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LoginThrottleTest {
  static Stream<Arguments> databases() {
    return Databases.both("staff_auth_throttle_test");
  }

  static LoginThrottle throttle(TestStaff t) {
    return new LoginThrottle(t.database().jdbi(), t.clock());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void five_failures_lock_a_username_for_fifteen_minutes(String name, Databases.Opener opener) {
    try (TestStaff t = opener.open()) {
      LoginThrottle throttle = throttle(t);
      for (int i = 1; i <= 4; i++) {
        assertThat(throttle.recordFailure("alice", "192.0.2." + i)).isEmpty();
      }
      assertThat(throttle.lockedUntil("alice", "192.0.2.99")).isEmpty();
      assertThat(throttle.recordFailure("Alice", "192.0.2.5"))
          .contains(t.clock().instant().plus(Duration.ofMinutes(15)));
      assertThat(throttle.lockedUntil("ALICE", "198.51.100.1")).isPresent();
      assertThat(throttle.lockedUntil("bob", "198.51.100.1")).isEmpty();

      t.clock().advance(Duration.ofMinutes(15));
      assertThat(throttle.lockedUntil("alice", "198.51.100.1")).isEmpty();
      assertThat(throttle.recordFailure("alice", "192.0.2.1")).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void twenty_failures_from_one_address_lock_it_for_every_username(
      String name, Databases.Opener opener) {
    try (TestStaff t = opener.open()) {
      LoginThrottle throttle = throttle(t);
      for (int i = 1; i <= 19; i++) {
        throttle.recordFailure("user" + i, "203.0.113.7");
      }
      assertThat(throttle.lockedUntil("someone", "203.0.113.7")).isEmpty();
      throttle.recordFailure("user20", "203.0.113.7");
      assertThat(throttle.lockedUntil("someone", "203.0.113.7")).isPresent();
      assertThat(throttle.lockedUntil("someone", "203.0.113.8")).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void failures_older_than_the_window_and_failures_before_a_success_are_forgotten(
      String name, Databases.Opener opener) {
    try (TestStaff t = opener.open()) {
      LoginThrottle throttle = throttle(t);
      for (int i = 0; i < 4; i++) {
        throttle.recordFailure("alice", "192.0.2.1");
      }
      t.clock().advance(Duration.ofMinutes(15));
      assertThat(throttle.recordFailure("alice", "192.0.2.1")).isEmpty();

      for (int i = 0; i < 3; i++) {
        throttle.recordFailure("bob", "192.0.2.2");
      }
      throttle.recordSuccess("bob");
      for (int i = 0; i < 4; i++) {
        assertThat(throttle.recordFailure("bob", "192.0.2.2")).isEmpty();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void no_username_or_address_is_stored_readable(String name, Databases.Opener opener) {
    try (TestStaff t = opener.open()) {
      throttle(t).recordFailure("my secret password", "192.0.2.1");
      var keys =
          t.database()
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT key_hash FROM staff_login_throttle")
                          .mapTo(String.class)
                          .list());
      assertThat(keys).hasSize(2).allSatisfy(key -> assertThat(key).matches("[0-9a-f]{64}"));
      t.clock().advance(Duration.ofMinutes(15));
      assertThat(throttle(t).purgeStale()).isEqualTo(2);
    }
  }
}
