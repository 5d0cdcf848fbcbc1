package dev.rightful.console;

import dev.rightful.Services;
import dev.rightful.audit.AuditEntry;
import dev.rightful.law.RequestType;
import dev.rightful.requests.Channel;
import dev.rightful.requests.MailRequestMessages;
import dev.rightful.requests.RequestRepository;
import dev.rightful.requests.RequestService;
import dev.rightful.requests.Requester;
import dev.rightful.requests.RightsRequest;
import dev.rightful.requests.Subject;
import dev.rightful.requests.Submission;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Puts requests into a running test server's database through the real service: received today (the
 * server's clock), or on an earlier day through a second service on the same database whose clock
 * stands on that day, so a request can be past due without waiting for it.
 */
final class ConsoleRequests {
  private ConsoleRequests() {}

  static RightsRequest today(Services services, RequestType type, String email, String name) {
    return services.requests().submit(submission(type, email, name), "consumer").request();
  }

  /** A request received at {@code instant} (e.g. {@code 2026-10-01T16:00:00Z}). */
  static RightsRequest receivedAt(
      Services services, String instant, RequestType type, String email, String name) {
    Clock then = Clock.fixed(Instant.parse(instant), services.legalClock().zone());
    RequestService past =
        new RequestService(
            services.database().jdbi(),
            new RequestRepository(services.pi()),
            services.legalClock().deadlines(),
            then,
            services.legalClock().zone(),
            (handle, actor, action, request, facts) ->
                services
                    .audit()
                    .append(handle, new AuditEntry(actor, action, "request", request.id(), facts)),
            new MailRequestMessages(services.messages(), services.outbox()),
            null);
    return past.submit(submission(type, email, name), "consumer").request();
  }

  static Submission submission(RequestType type, String email, String name) {
    return new Submission(
        type,
        Channel.WEB,
        new Subject(email, "+1 415 555 0100", name, null, null),
        Requester.consumer(),
        null,
        null,
        null,
        List.of(),
        null,
        null);
  }
}
