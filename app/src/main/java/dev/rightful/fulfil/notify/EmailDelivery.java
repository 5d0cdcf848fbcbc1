package dev.rightful.fulfil.notify;

import dev.rightful.datamap.Recipient;
import dev.rightful.mail.MailMessage;
import dev.rightful.mail.MailStatus;
import dev.rightful.mail.Messages;
import dev.rightful.mail.Outbox;
import dev.rightful.requests.RequestService;
import dev.rightful.requests.RightsRequest;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Passes pending email notices to the mail outbox, and follows them there: a notice is {@code sent}
 * once the outbox delivered its message, {@code failed} when the mail server refused the address
 * for good. The vendor's confirmation comes back to a person, who marks the notice acknowledged in
 * the console. Thread-safe.
 */
final class EmailDelivery {
  private final Jdbi jdbi;
  private final Notices notices;
  private final RequestService requests;
  private final Messages messages;
  private final Outbox outbox;

  EmailDelivery(
      Jdbi jdbi, Notices notices, RequestService requests, Messages messages, Outbox outbox) {
    this.jdbi = jdbi;
    this.notices = notices;
    this.requests = requests;
    this.messages = messages;
    this.outbox = outbox;
  }

  /** Queues unsent email notices and records what the outbox did with earlier ones. */
  int run() {
    int changed = 0;
    for (Notice notice : notices.pending("email", 500)) {
      changed += notice.outboxId() == null ? queue(notice) : follow(notice);
    }
    return changed;
  }

  private int queue(Notice notice) {
    Optional<Recipient.Vendor> vendor = notices.vendorOf(notice);
    if (vendor.isEmpty() || vendor.get().email() == null) {
      if (!"vendor has no email in the map".equals(notice.lastError())) {
        notices.record(notice, null, false, "vendor has no email in the map", "system");
      }
      return 0;
    }
    RightsRequest request = requests.get(notice.requestId());
    MailMessage message =
        messages.vendorRequest(
            request.reference(),
            vendor.get().email(),
            NoticeKinds.typeOf(notice.kind()),
            request.receivedDate(),
            notice.dueOn() != null ? notice.dueOn() : request.effectiveDueBy(),
            NoticeBody.identifierLines(request),
            NoticeBody.correctionLines(request));
    // The message and the link to it commit together: a notice is mailed once.
    jdbi.useTransaction(
        handle -> {
          notices.mailed(handle, notice, outbox.enqueue(handle, message));
        });
    return 1;
  }

  private int follow(Notice notice) {
    MailStatus status = outbox.findStatus(notice.outboxId()).orElse(null);
    if (status == MailStatus.SENT) {
      notices.record(notice, "sent", false, null, "system");
      return 1;
    }
    if (status == MailStatus.FAILED) {
      notices.record(notice, "failed", false, "the mail server refused the address", "system");
      return 1;
    }
    if (status == MailStatus.HELD && !"held in the dev outbox".equals(notice.lastError())) {
      // start-dev keeps mail instead of sending it: the notice stays pending, and says why.
      notices.record(notice, null, false, "held in the dev outbox", "system");
    }
    return 0;
  }
}
