package dev.rightful.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rightful.store.Database;
import dev.rightful.testing.TestClock;
import dev.rightful.testing.TestServer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditEntryTest {
  @Test
  void an_email_address_anywhere_in_an_entry_is_refused_without_repeating_it() {
    assertThatThrownBy(
            () -> AuditEntry.of("consumer", "request.received", "request", "jo@example.com"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("subjectId")
        .hasMessageNotContaining("jo@example.com");
    try (Database database = Database.open(TestServer.h2Url(), "sa", "", 2)) {
      AuditLog log = new AuditLog(database.jdbi(), TestClock.utc(Instant.EPOCH));
      for (Map<String, ?> details :
          List.of(
              Map.of("email", "jo@example.com"),
              Map.of("to", List.of("ok", "jo@example.com")),
              Map.of("nested", Map.of("jo@example.com", true)))) {
        assertThatThrownBy(
                () ->
                    log.append(
                        new AuditEntry("consumer", "request.received", "request", "r-1", details)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageNotContaining("jo@example.com");
      }
      assertThat(log.verify().checked()).isZero();
    }
  }

  @Test
  void blank_or_overlong_fields_are_refused() {
    assertThatThrownBy(() -> AuditEntry.of(" ", "request.received", "request", "r-1"))
        .hasMessageContaining("actor");
    assertThatThrownBy(() -> AuditEntry.of("system", "x".repeat(101), "request", "r-1"))
        .hasMessageContaining("action");
  }

  @Test
  void details_serialize_with_keys_sorted_at_every_level() {
    Map<String, Object> details = new java.util.LinkedHashMap<>();
    details.put("z", Map.of("b", 2, "a", 1));
    details.put("a", Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(Details.json(details))
        .isEqualTo("{\"a\":\"2026-01-01T00:00:00Z\",\"z\":{\"a\":1,\"b\":2}}");
  }

  @Test
  void the_canonical_form_cannot_be_forged_by_moving_text_between_fields() {
    AuditEvent one =
        new AuditEvent(
            1, Instant.EPOCH, "a", "b\n1:c", "t", "i", "{}", AuditEvent.GENESIS_HASH, "");
    AuditEvent two =
        new AuditEvent(
            1, Instant.EPOCH, "a", "b", "c\n1:t", "i", "{}", AuditEvent.GENESIS_HASH, "");
    assertThat(one.computeHash()).isNotEqualTo(two.computeHash());
  }
}
