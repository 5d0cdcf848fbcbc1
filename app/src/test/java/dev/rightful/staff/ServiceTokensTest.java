package dev.rightful.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ServiceTokensTest {
  static Stream<Arguments> databases() {
    return Databases.both("staff_service_tokens_test");
  }

  /** Caffeine's clock, moved by hand so that no test waits. */
  private final AtomicLong nanos = new AtomicLong();

  private ServiceTokens serviceTokens(TestStaff t) {
    return new ServiceTokens(t.staff().tokens(), t.clock(), nanos::get);
  }

  private static String bearer(IssuedToken issued) {
    return "Bearer " + issued.secret();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void only_a_live_service_token_passes(String name, Databases.Opener opener) {
    try (TestStaff t = opener.open()) {
      ServiceTokens service = serviceTokens(t);
      IssuedToken ads = t.staff().tokens().issue(Role.SERVICE, "ads", null, "cli");
      IssuedToken agent = t.staff().tokens().issue(Role.AGENT, "intake", null, "cli");

      assertThat(service.isService(bearer(ads))).isTrue();
      assertThat(service.isService("bearer " + ads.secret())).isTrue();
      assertThat(service.isService(bearer(agent))).isFalse();
      assertThat(service.isService(ads.secret())).isFalse();
      assertThat(service.isService("Bearer rft_" + "x".repeat(43))).isFalse();
      assertThat(service.isService("Bearer ")).isFalse();
      assertThat(service.isService(null)).isFalse();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void a_revocation_elsewhere_takes_effect_within_the_delay(String name, Databases.Opener opener) {
    try (TestStaff t = opener.open()) {
      ServiceTokens service = serviceTokens(t);
      IssuedToken ads = t.staff().tokens().issue(Role.SERVICE, "ads", null, "cli");
      assertThat(service.isService(bearer(ads))).isTrue();

      // The command line or another node: its own ApiTokens over the same database.
      ApiTokens elsewhere = new ApiTokens(t.database().jdbi(), t.clock(), AuditSink.NONE);
      assertThat(elsewhere.revoke(ads.token().id(), "cli")).isTrue();

      nanos.addAndGet(ServiceTokens.REVOCATION_DELAY.toNanos() - 1);
      assertThat(service.isService(bearer(ads))).as("still remembered").isTrue();
      nanos.addAndGet(1);
      assertThat(service.isService(bearer(ads))).isFalse();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void a_revocation_through_this_node_takes_effect_at_once(String name, Databases.Opener opener) {
    try (TestStaff t = opener.open()) {
      ServiceTokens service = serviceTokens(t);
      IssuedToken ads = t.staff().tokens().issue(Role.SERVICE, "ads", null, "cli");
      assertThat(service.isService(bearer(ads))).isTrue();

      t.staff().tokens().revoke(ads.token().id(), "alice");

      assertThat(service.isService(bearer(ads))).isFalse();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void expiry_is_checked_on_every_call_and_new_tokens_pass_at_once(
      String name, Databases.Opener opener) {
    try (TestStaff t = opener.open()) {
      ServiceTokens service = serviceTokens(t);
      IssuedToken hour = t.staff().tokens().issue(Role.SERVICE, "ads", Duration.ofHours(1), "cli");
      assertThat(service.isService(bearer(hour))).isTrue();

      t.clock().advance(Duration.ofHours(1));
      assertThat(service.isService(bearer(hour))).isFalse();

      IssuedToken next = t.staff().tokens().issue(Role.SERVICE, "ads-2", null, "cli");
      assertThat(service.isService(bearer(next))).isTrue();
      assertThat(TimeUnit.NANOSECONDS.toSeconds(nanos.get())).isZero();
    }
  }
}
