package dev.rightful.requests;

import dev.rightful.store.PiProtection;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Intake that honours a client's {@code Idempotency-Key}: the first POST with a key makes the
 * request and remembers the key in its transaction; a retry with the same key and body gets that
 * request back, even when the retry races the first attempt. The same key with another body is
 * refused, so a key cannot be used to look up someone else's request. Thread-safe.
 */
public final class IntakeKeys {
  /** The request a key's first attempt made, or the receipt of the one this attempt made. */
  public record Outcome(RequestService.Receipt receipt, RightsRequest earlier) {
    public boolean replayed() {
      return earlier != null;
    }
  }

  private static final int MAX_KEY_LENGTH = 255;

  private final Jdbi jdbi;
  private final PiProtection pi;
  private final RequestService requests;
  private final Clock clock;

  public IntakeKeys(Jdbi jdbi, PiProtection pi, RequestService requests, Clock clock) {
    this.jdbi = jdbi;
    this.pi = pi;
    this.requests = requests;
    this.clock = clock;
  }

  /** Submits {@code submission}, parsed from {@code body}, once per {@code key}. */
  public Outcome submit(Submission submission, String actor, String key, String body) {
    if (key.isBlank()
        || key.length() > MAX_KEY_LENGTH
        || !key.chars().allMatch(c -> c > 32 && c < 127)) {
      throw new RequestRuleViolation(
          "Idempotency-Key", "must be 1 to 255 visible ASCII characters, such as a UUID");
    }
    String keyHash = pi.tokenKey("intake-key:" + key);
    String bodyHash = pi.tokenKey("intake-body:" + body);
    Optional<RightsRequest> earlier = jdbi.withHandle(h -> find(h, keyHash, bodyHash));
    if (earlier.isPresent()) {
      return new Outcome(null, earlier.get());
    }
    try {
      return new Outcome(
          requests.submit(
              submission, actor, (handle, request) -> remember(handle, keyHash, bodyHash, request)),
          null);
    } catch (UnableToExecuteStatementException e) {
      // A retry that raced the first attempt: whichever committed first made the request.
      return new Outcome(
          null, jdbi.withHandle(h -> find(h, keyHash, bodyHash)).orElseThrow(() -> e));
    }
  }

  private Optional<RightsRequest> find(Handle handle, String keyHash, String bodyHash) {
    Optional<String[]> row =
        handle
            .createQuery(
                "SELECT request_id, body_hash FROM intake_idempotency WHERE key_hash = :key")
            .bind("key", keyHash)
            .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
            .findOne();
    if (row.isEmpty()) {
      return Optional.empty();
    }
    if (!row.get()[1].equals(bodyHash)) {
      throw new RequestRuleViolation(
          "Idempotency-Key", "this key was used with a different request; use a new key");
    }
    return requests.find(row.get()[0]);
  }

  private void remember(Handle handle, String keyHash, String bodyHash, RightsRequest request) {
    handle
        .createUpdate(
            "INSERT INTO intake_idempotency (key_hash, body_hash, request_id, created_at)"
                + " VALUES (:key, :body, :request, :at)")
        .bind("key", keyHash)
        .bind("body", bodyHash)
        .bind("request", request.id())
        .bind("at", OffsetDateTime.now(clock))
        .execute();
  }
}
