package dev.rightful.fulfil.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One recipient vendor told of one request, as {@code fulfil_notification} tracks it: ids, channel,
 * status and dates, never personal information. Immutable.
 *
 * @param kind {@code delete}, {@code correct}, {@code opt-out} or {@code limit}
 * @param channel {@code webhook}, {@code email} or {@code manual}
 * @param status {@code pending}, {@code sent}, {@code acknowledged} or {@code failed}
 * @param dueOn the date the vendor should have acted by; null for notices older than the column
 * @param outboxId the mail an email notice went out as, or null
 * @param confirmedBy the staff actor who confirmed a manual or email notice, or the vendor's
 *     callback; null otherwise
 */
public record Notice(
    long id,
    String requestId,
    String kind,
    String recipientId,
    String vendor,
    String channel,
    String status,
    int attempts,
    String lastError,
    LocalDate dueOn,
    Instant createdAt,
    Instant completedAt,
    Long outboxId,
    String confirmedBy) {

  /** The columns {@link #from} reads, in a {@code SELECT} of {@code fulfil_notification}. */
  static final String COLUMNS =
      "id, request_id, kind, recipient_id, vendor, channel, status, attempts, last_error, due_on,"
          + " created_at, completed_at, outbox_id, confirmed_by";

  /** The notice on the current row of a {@code SELECT} of {@link #COLUMNS}. */
  static Notice from(ResultSet rs) throws SQLException {
    OffsetDateTime completed = rs.getObject("completed_at", OffsetDateTime.class);
    long outbox = rs.getLong("outbox_id");
    Long outboxId = rs.wasNull() ? null : outbox;
    return new Notice(
        rs.getLong("id"),
        rs.getString("request_id"),
        rs.getString("kind"),
        rs.getString("recipient_id"),
        rs.getString("vendor"),
        rs.getString("channel"),
        rs.getString("status"),
        rs.getInt("attempts"),
        rs.getString("last_error"),
        rs.getObject("due_on", LocalDate.class),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        completed == null ? null : completed.toInstant(),
        outboxId,
        rs.getString("confirmed_by"));
  }

  /**
   * Whether the company has been told: the notice was delivered (a webhook the vendor accepted, a
   * mail the server took) or acknowledged. Only then may a consumer read "we have told".
   */
  public boolean isTold() {
    return "sent".equals(status) || isAcknowledged();
  }

  public boolean isAcknowledged() {
    return "acknowledged".equals(status);
  }

  /**
   * Whether staff may confirm it by hand: a manual or email notice not yet acknowledged (the vendor
   * answered a person, not Rightful), or a webhook that failed for good and was followed up.
   */
  public boolean confirmable() {
    return !isAcknowledged() && (!channel.equals("webhook") || status.equals("failed"));
  }

  /** Still open after its due date. */
  public boolean overdue(LocalDate today) {
    return !isAcknowledged() && dueOn != null && today.isAfter(dueOn);
  }
}
