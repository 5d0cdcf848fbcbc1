package dev.rightful.center;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CenterCsrfTest {
  static final Instant NOW = Instant.parse("2026-11-29T17:00:00Z");
  static final byte[] SECRET = filled(1);
  static final byte[] OLD_SECRET = filled(2);
  static final String NONCE = "n".repeat(43);

  static byte[] filled(int value) {
    byte[] bytes = new byte[32];
    Arrays.fill(bytes, (byte) value);
    return bytes;
  }

  static CenterCsrf at(Instant instant, byte[]... secrets) {
    return new CenterCsrf(List.of(secrets), Clock.fixed(instant, ZoneOffset.UTC), false);
  }

  @Test
  void a_token_checks_with_the_nonce_it_was_issued_for_and_no_other() {
    CenterCsrf csrf = at(NOW, SECRET);
    String token = csrf.tokenFor(NONCE);
    assertThat(csrf.isValid(NONCE, token)).isTrue();
    assertThat(csrf.isValid("m".repeat(43), token)).isFalse();
    assertThat(csrf.isValid(null, token)).isFalse();
    assertThat(csrf.isValid(NONCE, null)).isFalse();
  }

  @Test
  void a_token_signed_with_another_secret_or_altered_fails() {
    String token = at(NOW, OLD_SECRET).tokenFor(NONCE);
    assertThat(at(NOW, SECRET).isValid(NONCE, token)).isFalse();
    String good = at(NOW, SECRET).tokenFor(NONCE);
    String laterIssue = (NOW.getEpochSecond() + 1) + good.substring(good.indexOf('.'));
    assertThat(at(NOW, SECRET).isValid(NONCE, laterIssue)).isFalse();
    for (String garbage : new String[] {"", ".", "x.y", "123", "-5.abc", good + "x"}) {
      assertThat(at(NOW, SECRET).isValid(NONCE, garbage)).isFalse();
    }
  }

  @Test
  void a_token_expires_after_its_lifetime_and_one_from_the_future_is_refused() {
    String token = at(NOW, SECRET).tokenFor(NONCE);
    assertThat(at(NOW.plus(CenterCsrf.LIFETIME), SECRET).isValid(NONCE, token)).isTrue();
    assertThat(at(NOW.plus(CenterCsrf.LIFETIME).plusSeconds(1), SECRET).isValid(NONCE, token))
        .isFalse();
    assertThat(at(NOW.minus(Duration.ofMinutes(5)), SECRET).isValid(NONCE, token)).isFalse();
  }

  @Test
  void after_a_key_rotation_a_form_shown_before_it_still_sends() {
    String before = at(NOW, OLD_SECRET).tokenFor(NONCE);
    CenterCsrf rotated = at(NOW, SECRET, OLD_SECRET);
    assertThat(rotated.isValid(NONCE, before)).isTrue();
    assertThat(at(NOW, SECRET).isValid(NONCE, rotated.tokenFor(NONCE))).isTrue();
  }

  @Test
  void a_nonce_that_is_not_one_this_install_would_make_is_refused() {
    CenterCsrf csrf = at(NOW, SECRET);
    String shortNonce = "n".repeat(10);
    assertThat(csrf.isValid(shortNonce, csrf.tokenFor(shortNonce))).isFalse();
  }
}
