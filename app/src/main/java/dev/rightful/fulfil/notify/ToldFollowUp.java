package dev.rightful.fulfil.notify;

import dev.rightful.datamap.Recipient;
import dev.rightful.mail.Messages;
import dev.rightful.mail.Outbox;
import dev.rightful.requests.MailRequestMessages;
import dev.rightful.requests.RequestService;
import dev.rightful.requests.RequestStatus;
import dev.rightful.requests.RightsRequest;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Writes to the consumer once every company has been told of their deletion or correction, when the
 * answer went out before that and so said "we are telling" them (CC 1798.105(c)(1), 7023(c)): the
 * follow-up the answer promised. Queued in the outbox in the transaction that records the last
 * notice delivered or confirmed, so it is sent exactly when that is kept. Thread-safe.
 */
final class ToldFollowUp implements Notices.Told {
  private final Notices notices;
  private final RequestService requests;
  private final Messages messages;
  private final Outbox outbox;

  ToldFollowUp(Notices notices, RequestService requests, Messages messages, Outbox outbox) {
    this.notices = notices;
    this.requests = requests;
    this.messages = messages;
    this.outbox = outbox;
  }

  @Override
  public void told(Handle handle, Notice notice) {
    // Opt-outs and limits are answered only once everyone is told: nothing to follow up.
    if (!notice.kind().equals("delete") && !notice.kind().equals("correct")) {
      return;
    }
    if (notices.notYetTold(handle, notice.requestId(), notice.kind()) > 0) {
      return;
    }
    RightsRequest request = requests.find(notice.requestId()).orElse(null);
    // Not answered yet: the answer itself will say who has been told.
    if (request == null || request.status() != RequestStatus.COMPLETED) {
      return;
    }
    String to = MailRequestMessages.recipient(request);
    if (to == null) {
      return;
    }
    int total =
        (int)
            notices.list(notice.requestId()).stream()
                .filter(n -> n.kind().equals(notice.kind()))
                .count();
    outbox.enqueue(
        handle,
        messages
            .in(request.language())
            .followUp(request.reference(), to, request.type(), text(notice.kind(), total)));
  }

  private String text(String kind, int total) {
    List<String> who = notices.recipientsFor(kind).stream().map(Recipient::description).toList();
    return "We have now told "
        + RecipientWords.companies(total)
        + RecipientWords.who(who)
        + RecipientWords.toDo(kind)
        + " Nothing more remains to be done on your request.";
  }
}
