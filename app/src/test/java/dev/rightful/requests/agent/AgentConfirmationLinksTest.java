package dev.rightful.requests.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgentConfirmationLinksTest {
  static final byte[] SECRET = filled(7);
  static final byte[] OTHER = filled(8);

  private static byte[] filled(int value) {
    byte[] secret = new byte[32];
    java.util.Arrays.fill(secret, (byte) value);
    return secret;
  }

  @Test
  void the_link_extends_the_status_link_with_a_signature_for_that_request_only() {
    AgentConfirmationLinks links = new AgentConfirmationLinks(List.of(SECRET));
    String link = links.confirmationLink("https://x.example/privacy/requests/status/T", "id-1");
    assertThat(link).startsWith("https://x.example/privacy/requests/status/T/confirm-agent/");
    String signature = link.substring(link.lastIndexOf('/') + 1);
    assertThat(links.isValid("id-1", signature)).isTrue();
    assertThat(links.isValid("id-2", signature)).isFalse();
    assertThat(new AgentConfirmationLinks(List.of(OTHER)).isValid("id-1", signature)).isFalse();
    assertThat(links.isValid("id-1", null)).isFalse();
    assertThat(links.isValid("id-1", signature.substring(1))).isFalse();
  }

  @Test
  void a_link_signed_before_a_key_rotation_still_confirms() {
    String link = new AgentConfirmationLinks(List.of(OTHER)).confirmationLink("/s", "id-1");
    String signature = link.substring(link.lastIndexOf('/') + 1);
    assertThat(new AgentConfirmationLinks(List.of(SECRET, OTHER)).isValid("id-1", signature))
        .isTrue();
  }
}
