package dev.rightful.console;

import dev.rightful.consent.ConsentSubject;
import dev.rightful.consent.ConsumerConsent;
import dev.rightful.consent.Propagation;
import dev.rightful.fulfil.notify.Notice;
import dev.rightful.fulfil.notify.Notices;
import dev.rightful.requests.RequestFinder;
import dev.rightful.requests.RequestService;
import dev.rightful.requests.RightsRequest;
import dev.rightful.requests.SearchTerm;
import dev.rightful.requests.Subject;
import dev.rightful.store.PiProtection;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The console's pages about consumers and vendors: a request's consumer ({@code
 * /admin/requests/{id}/consumer}: consent history, propagation, their requests and notices) and the
 * vendor notices overdue ({@code /admin/notices/overdue}). Read-only pages for every role; the
 * consumer is found through keyed hashes, never by decrypting other rows. Thread-safe.
 */
public final class ConsumerRoutes {
  static final String OVERDUE = "/admin/notices/overdue";
  private static final int MOST = 500;

  private final RequestService requests;
  private final RequestFinder finder;
  private final ConsumerConsent consent;
  private final Propagation propagation;
  private final Notices notices;
  private final PiProtection pi;
  private final Clock clock;
  private final ZoneId zone;

  public ConsumerRoutes(
      RequestService requests,
      RequestFinder finder,
      ConsumerConsent consent,
      Propagation propagation,
      Notices notices,
      PiProtection pi,
      Clock clock,
      ZoneId zone) {
    this.requests = requests;
    this.finder = finder;
    this.consent = consent;
    this.propagation = propagation;
    this.notices = notices;
    this.pi = pi;
    this.clock = clock;
    this.zone = zone;
  }

  public void register(RoutesConfig routes) {
    routes.get(RequestPageRoutes.PATH + "/consumer", this::consumer);
    routes.get(OVERDUE, this::overdue);
  }

  private void consumer(Context ctx) {
    ConsoleUser user = ConsoleUser.of(ctx);
    Optional<RightsRequest> request = requests.find(ctx.pathParam("id"));
    if (request.isEmpty()) {
      Templates.error(ctx, 404, "No such request", "There is no request at this address.", user);
      return;
    }
    Subject subject = request.get().subject();
    List<RequestFinder.Row> theirs = theirRequests(subject);
    Map<String, List<Notice>> sent = new LinkedHashMap<>();
    for (RequestFinder.Row row : theirs) {
      List<Notice> list = notices.list(row.request().id());
      if (!list.isEmpty()) {
        sent.put(row.request().id(), list);
      }
    }
    Templates.render(
        ctx,
        200,
        "consumer",
        new ConsumerPage(
            user,
            request.get(),
            consent.of(consentKeys(subject)),
            theirs,
            sent,
            LocalDate.now(clock.withZone(zone)),
            zone));
  }

  /**
   * The consumer's requests: those whose email's keyed hash matches this one's, or the phone's when
   * the request gave no email. Not both: a household shares a phone number more often than an email
   * address, and a stranger's request must not appear on this page.
   */
  private List<RequestFinder.Row> theirRequests(Subject subject) {
    if (subject.email() == null && subject.phone() == null) {
      return List.of();
    }
    return finder
        .find(
            new RequestFinder.Query(
                List.of(),
                RequestFinder.Sort.RECEIVED,
                true,
                null,
                new SearchTerm(
                    null, subject.email(), subject.email() == null ? subject.phone() : null),
                1,
                MOST))
        .rows();
  }

  /**
   * The ledger keys of the consumer: their email's keyed hash under every configured key (the
   * ledger's email subjects, see ConsentWiring) and their account id.
   */
  private List<String> consentKeys(Subject subject) {
    List<String> keys = new ArrayList<>();
    if (subject.email() != null) {
      pi.emailLookupKeys(subject.email()).forEach(hash -> keys.add("email:" + hash));
    }
    if (subject.accountId() != null) {
      ConsentSubject.parse("account:" + subject.accountId().strip())
          .ifPresent(account -> keys.add(account.text()));
    }
    return keys;
  }

  private void overdue(Context ctx) {
    ConsoleUser user = ConsoleUser.of(ctx);
    LocalDate today = LocalDate.now(clock.withZone(zone));
    List<Notice> late = notices.overdue(today, MOST);
    Map<String, String> references = new LinkedHashMap<>();
    for (Notice notice : late) {
      references.computeIfAbsent(
          notice.requestId(), id -> requests.find(id).map(RightsRequest::reference).orElse(id));
    }
    Templates.render(
        ctx,
        200,
        "overdue",
        new OverduePage(
            user,
            late,
            references,
            propagation.overdue(),
            today,
            LocalDate.now(clock.withZone(Propagation.CALIFORNIA))));
  }
}
