package dev.rightful.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rightful.law.RequestType;
import org.junit.jupiter.api.Test;

/** The check the journeys run after each journey notices an altered audit event. */
class AuditChainCheckTest {
  @Test
  void an_intact_chain_passes_and_an_altered_event_fails_the_check() {
    try (TestServer server = TestServer.start()) {
      server
          .app()
          .services()
          .requests()
          .submit(
              Submissions.api(RequestType.DELETE, "chain@example.com", "Chain Check", null),
              "consumer");
      assertThatCode(() -> AuditChainCheck.requireIntact(server, "a submission"))
          .doesNotThrowAnyException();

      server
          .app()
          .services()
          .database()
          .jdbi()
          .useHandle(h -> h.execute("UPDATE audit_event SET actor = 'someone-else'"));
      assertThatThrownBy(() -> AuditChainCheck.requireIntact(server, "tampering"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("the audit chain is broken after tampering: hash mismatch");
    }
  }
}
