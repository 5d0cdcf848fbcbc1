package dev.rightful.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rightful.law.RequestType;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The check run after each test notices an altered audit event. */
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

  @Test
  void the_check_after_each_test_verifies_a_running_server_only_once_its_log_was_written() {
    try (TestServer server = TestServer.start()) {
      submit(server, "first@example.com");
      AuditChainCheck.checkRunning("a first write", Set.of());
      var jdbi = server.app().services().database().jdbi();
      jdbi.useHandle(h -> h.execute("UPDATE audit_event SET actor = 'someone-else'"));
      // Nothing written since the last check: the tampering waits for the next write.
      assertThatCode(() -> AuditChainCheck.checkRunning("a read", Set.of()))
          .doesNotThrowAnyException();

      submit(server, "second@example.com");
      assertThatThrownBy(() -> AuditChainCheck.checkRunning("a write", Set.of()))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("the audit chain is broken after a write");
    }
    // Closed: the server is no longer checked.
    assertThatCode(() -> AuditChainCheck.checkRunning("close", Set.of()))
        .doesNotThrowAnyException();
  }

  private static void submit(TestServer server, String email) {
    server
        .app()
        .services()
        .requests()
        .submit(Submissions.api(RequestType.DELETE, email, "Running Check", null), "consumer");
  }
}
