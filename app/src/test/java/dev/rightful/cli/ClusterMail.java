package dev.rightful.cli;

import static dev.rightful.cli.ClusterSql.count;
import static dev.rightful.cli.ClusterSql.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * What the mail of a cluster whose node was killed must show ({@link MultiNodeTest}): Rightful's
 * outbox, read with plain SQL, against what a GreenMail server received.
 */
final class ClusterMail {
  /** How long the mail dispatcher claims a message (DispatcherSettings.every). */
  private static final Duration LEASE = Duration.ofMinutes(5);

  private ClusterMail() {}

  /**
   * Each Message-ID arrives once, and every message marked sent arrived. Sending is at least once:
   * the dispatcher claims a message for 5 minutes, sends it, then marks it sent; had the killed
   * node died between the SMTP send and the mark, its message arrived but is still claimed, and
   * will be sent again when the claim lapses (docs/operations.md). So a message may have arrived
   * unmarked only if the killed node holds its claim, and at most one (a dispatcher sends one at a
   * time).
   */
  static void assertEveryMailSentAtMostOnce(Jdbi db, GreenMail smtp, Instant killed) {
    Map<String, Long> received = received(smtp);
    assertThat(received).allSatisfy((id, times) -> assertThat(times).as(id).isEqualTo(1));
    List<String> sent = texts(db, "SELECT message_id FROM mail_outbox WHERE status = 'sent'");
    assertThat(received.keySet()).containsAll(sent);
    List<String> unmarked = received.keySet().stream().filter(id -> !sent.contains(id)).toList();
    assertThat(unmarked).hasSizeLessThanOrEqualTo(1);
    assertThat(heldByTheKilledNode(db, killed)).containsAll(unmarked);
    List<Long> propagated =
        db.withHandle(
            h ->
                h.createQuery(
                        "SELECT id FROM consent_propagation WHERE channel = 'email'"
                            + " AND status = 'sent'")
                    .mapTo(Long.class)
                    .list());
    assertThat(propagated).isNotEmpty();
    assertThat(count(db, "SELECT COUNT(*) FROM consent_propagation WHERE attempts > 1"))
        .as("propagations claimed twice")
        .isZero();
    // A propagation is 'sent' once its mail is in the outbox; a mail the killed node had claimed
    // arrives only when its lease lapses, so a propagation may be missing at the SMTP server, but
    // only as many as the killed node still holds, and none may arrive twice.
    List<Long> missing = new java.util.ArrayList<>();
    for (long id : propagated) {
      long mails =
          Arrays.stream(smtp.getReceivedMessages())
              .filter(m -> GreenMailUtil.getBody(m).contains("consent-propagation-" + id + "\r"))
              .count();
      assertThat(mails).as("mails for propagation %s", id).isLessThanOrEqualTo(1);
      if (mails == 0) {
        missing.add(id);
      }
    }
    assertThat(missing.size())
        .as("propagations not yet mailed %s, beyond the mail the killed node holds", missing)
        .isLessThanOrEqualTo(heldByTheKilledNode(db, killed).size());
  }

  private static Map<String, Long> received(GreenMail smtp) {
    return Arrays.stream(smtp.getReceivedMessages())
        .map(ClusterMail::messageId)
        .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
  }

  /** Messages still claimed by a claim made before the kill: the killed node's. */
  private static List<String> heldByTheKilledNode(Jdbi db, Instant killed) {
    return db.withHandle(
        h ->
            h.createQuery(
                    "SELECT message_id FROM mail_outbox WHERE status = 'pending'"
                        + " AND claim_token IS NOT NULL AND next_attempt_at <= :leaseEnd")
                .bind("leaseEnd", OffsetDateTime.ofInstant(killed.plus(LEASE), ZoneOffset.UTC))
                .mapTo(String.class)
                .list());
  }

  /** The outbox by state, for a failure message. */
  static String outbox(Jdbi db, GreenMail smtp) {
    return db.withHandle(
            h ->
                h.createQuery(
                        "SELECT status || ' claimed=' || (claim_token IS NOT NULL)"
                            + " || ' due=' || (next_attempt_at <= CURRENT_TIMESTAMP)"
                            + " || ' error=' || COALESCE(last_error, '-') || ': ' || COUNT(*)"
                            + " FROM mail_outbox GROUP BY status, claim_token IS NOT NULL,"
                            + " next_attempt_at <= CURRENT_TIMESTAMP, last_error")
                    .mapTo(String.class)
                    .list())
        + " received "
        + smtp.getReceivedMessages().length
        + ", audit pending "
        + count(db, "SELECT COUNT(*) FROM audit_pending");
  }

  private static String messageId(MimeMessage message) {
    try {
      String id = message.getMessageID();
      return id.substring(1, id.indexOf('@'));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * No message left to send but those the killed node holds, every one marked sent received, and
   * nothing received that is neither marked sent nor held by the killed node.
   */
  static boolean mailSettled(Jdbi db, GreenMail smtp, Instant killed) {
    long waiting =
        count(
            db,
            "SELECT COUNT(*) FROM mail_outbox WHERE status = 'pending'"
                + " AND (claim_token IS NULL OR next_attempt_at <= CURRENT_TIMESTAMP)");
    Set<String> received = received(smtp).keySet();
    List<String> sent = texts(db, "SELECT message_id FROM mail_outbox WHERE status = 'sent'");
    List<String> held = heldByTheKilledNode(db, killed);
    return waiting == 0
        && received.containsAll(sent)
        && received.stream().allMatch(id -> sent.contains(id) || held.contains(id));
  }
}
