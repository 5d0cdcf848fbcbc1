package dev.rightful.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
  // The Standard Webhooks specification's own example (its reference libraries test it too).
  private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
  private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
  private static final Instant AT = Instant.ofEpochSecond(1_614_265_330L);
  private static final byte[] KEY = WebhookSignature.key(SECRET).orElseThrow();

  @Test
  void the_signature_is_the_specifications_hmac_of_id_timestamp_and_body() {
    WebhookSignature.Signed signed = WebhookSignature.sign(KEY, ID, BODY, AT);
    assertThat(signed.id()).isEqualTo(ID);
    assertThat(signed.timestamp()).isEqualTo("1614265330");
    assertThat(signed.signature()).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  }

  @Test
  void a_signature_verifies_only_for_its_body_id_and_key() {
    WebhookSignature.Signed signed = WebhookSignature.sign(KEY, ID, BODY, AT);
    assertThat(WebhookSignature.verify(KEY, BODY, signed, AT)).isTrue();
    assertThat(WebhookSignature.verify(KEY, "{}".getBytes(), signed, AT)).isFalse();
    assertThat(WebhookSignature.verify(new byte[24], BODY, signed, AT)).isFalse();
    WebhookSignature.Signed otherId =
        new WebhookSignature.Signed("msg_other", signed.timestamp(), signed.signature());
    assertThat(WebhookSignature.verify(KEY, BODY, otherId, AT)).isFalse();
  }

  @Test
  void one_matching_signature_among_several_is_enough_for_a_rotated_secret() {
    WebhookSignature.Signed signed = WebhookSignature.sign(KEY, ID, BODY, AT);
    WebhookSignature.Signed two =
        new WebhookSignature.Signed(
            ID, signed.timestamp(), "v1,bm90IHRoaXMgb25l " + signed.signature());
    assertThat(WebhookSignature.verify(KEY, BODY, two, AT)).isTrue();
  }

  @Test
  void a_signature_older_or_newer_than_five_minutes_is_a_replay() {
    WebhookSignature.Signed signed = WebhookSignature.sign(KEY, ID, BODY, AT);
    assertThat(WebhookSignature.verify(KEY, BODY, signed, AT.plusSeconds(300))).isTrue();
    assertThat(WebhookSignature.verify(KEY, BODY, signed, AT.minusSeconds(300))).isTrue();
    assertThat(WebhookSignature.verify(KEY, BODY, signed, AT.plusSeconds(301))).isFalse();
    assertThat(WebhookSignature.verify(KEY, BODY, signed, AT.minusSeconds(301))).isFalse();
  }

  @Test
  void malformed_or_missing_headers_are_refused() {
    WebhookSignature.Signed signed = WebhookSignature.sign(KEY, ID, BODY, AT);
    String sig = signed.signature();
    assertThat(WebhookSignature.verify(KEY, BODY, null, AT)).isFalse();
    assertThat(
            WebhookSignature.verify(
                KEY, BODY, new WebhookSignature.Signed(null, "1614265330", sig), AT))
        .isFalse();
    assertThat(WebhookSignature.verify(KEY, BODY, new WebhookSignature.Signed(ID, null, sig), AT))
        .isFalse();
    assertThat(WebhookSignature.verify(KEY, BODY, new WebhookSignature.Signed(ID, "abc", sig), AT))
        .isFalse();
    assertThat(
            WebhookSignature.verify(
                KEY, BODY, new WebhookSignature.Signed(ID, "1614265330", null), AT))
        .isFalse();
    assertThat(
            WebhookSignature.verify(
                KEY, BODY, new WebhookSignature.Signed(ID, "1614265330", sig.substring(3)), AT))
        .isFalse();
    assertThat(
            WebhookSignature.verify(
                KEY,
                BODY,
                new WebhookSignature.Signed(ID, "1614265330", "v2," + sig.substring(3)),
                AT))
        .isFalse();
  }

  @Test
  void only_a_whsec_secret_of_24_to_64_bytes_is_a_key() {
    assertThat(WebhookSignature.key(SECRET)).isPresent();
    assertThat(WebhookSignature.key("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).isEmpty();
    assertThat(WebhookSignature.key("whsec_not base64!")).isEmpty();
    assertThat(WebhookSignature.key("whsec_" + "QUFB".repeat(7))).as("21 bytes").isEmpty();
    assertThat(WebhookSignature.key("whsec_" + "QUFB".repeat(22))).as("66 bytes").isEmpty();
    assertThat(WebhookSignature.key(null)).isEmpty();
  }
}
