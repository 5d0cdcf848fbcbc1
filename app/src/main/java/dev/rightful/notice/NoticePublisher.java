package dev.rightful.notice;

import dev.rightful.crypto.Digests;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Records each distinct notice Rightful publishes, so the business can show which text was live on
 * any date. Publishing the same notice again records nothing. Thread-safe.
 */
public final class NoticePublisher {
  private final Jdbi jdbi;
  private final Clock clock;

  /** One published notice: its digest, its "last updated" date and when it went live. */
  public record Version(String digest, LocalDate lastUpdated, OffsetDateTime publishedAt) {}

  public NoticePublisher(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /**
   * Records the notice if its JSON is new; returns whether it was. Nodes starting together may
   * publish the same notice at once: the unique digest lets exactly one of them record it.
   */
  public boolean publish(String noticeJson, LocalDate lastUpdated) {
    String digest = Digests.sha256Hex(noticeJson);
    return jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(
                        "INSERT INTO notice_version (digest, last_updated, published_at,"
                            + " notice_json) VALUES (:digest, :lastUpdated, :publishedAt, :json)"
                            + " ON CONFLICT DO NOTHING")
                    .bind("digest", digest)
                    .bind("lastUpdated", lastUpdated)
                    .bind("publishedAt", OffsetDateTime.now(clock))
                    .bind("json", noticeJson)
                    .execute())
        == 1;
  }

  /** Every published version, newest first. */
  public List<Version> history() {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT digest, last_updated, published_at FROM notice_version ORDER BY id DESC")
                .map(
                    (rs, ctx) ->
                        new Version(
                            rs.getString("digest"),
                            rs.getObject("last_updated", LocalDate.class),
                            rs.getObject("published_at", OffsetDateTime.class)))
                .list());
  }
}
