package dev.rightful.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
  private static final byte[] BODY = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
  private static final Instant AT = Instant.ofEpochSecond(1_700_000_000L);

  @Test
  void the_signature_is_hmac_sha256_of_the_time_a_dot_and_the_body() {
    // printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac secret
    assertThat(WebhookSignature.sign("secret", BODY, AT))
        .isEqualTo(
            "t=1700000000,v1=49f24e537407743fa4a0242bb63b94b9a47ee99cbbe071ccd8a22550ae411686");
  }

  @Test
  void a_signature_verifies_only_for_its_body_and_secret() {
    String header = WebhookSignature.sign("secret", BODY, AT);
    assertThat(WebhookSignature.verify("secret", BODY, header, AT)).isTrue();
    assertThat(WebhookSignature.verify("secret", "{\"a\":2}".getBytes(), header, AT)).isFalse();
    assertThat(WebhookSignature.verify("other", BODY, header, AT)).isFalse();
  }

  @Test
  void a_signature_older_or_newer_than_five_minutes_is_a_replay() {
    String header = WebhookSignature.sign("secret", BODY, AT);
    assertThat(WebhookSignature.verify("secret", BODY, header, AT.plusSeconds(300))).isTrue();
    assertThat(WebhookSignature.verify("secret", BODY, header, AT.minusSeconds(300))).isTrue();
    assertThat(WebhookSignature.verify("secret", BODY, header, AT.plusSeconds(301))).isFalse();
    assertThat(WebhookSignature.verify("secret", BODY, header, AT.minusSeconds(301))).isFalse();
  }

  @Test
  void a_malformed_or_missing_header_is_refused() {
    String v1 = WebhookSignature.sign("secret", BODY, AT).substring("t=1700000000,".length());
    assertThat(WebhookSignature.verify("secret", BODY, null, AT)).isFalse();
    assertThat(WebhookSignature.verify("secret", BODY, v1, AT)).isFalse();
    assertThat(WebhookSignature.verify("secret", BODY, "sha256=" + v1.substring(3), AT)).isFalse();
    assertThat(WebhookSignature.verify("secret", BODY, "t=1700000000,v1=" + "0".repeat(64), AT))
        .isFalse();
    assertThat(WebhookSignature.verify("secret", BODY, "t=abc," + v1, AT)).isFalse();
  }
}
