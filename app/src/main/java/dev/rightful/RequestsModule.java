package dev.rightful;

import com.github.kagkarlsson.scheduler.task.Task;
import dev.rightful.audit.AuditEntry;
import dev.rightful.center.AdmtNoticeRoutes;
import dev.rightful.center.CenterCsrf;
import dev.rightful.center.CenterRoutes;
import dev.rightful.consent.ConsentModule;
import dev.rightful.consent.KnownConsumerSignals;
import dev.rightful.consent.RightsRequestOptOuts;
import dev.rightful.datamap.CorrectableInformation;
import dev.rightful.datamap.DataMap;
import dev.rightful.requests.AdmtOffer;
import dev.rightful.requests.DirectMarketingAnswer;
import dev.rightful.requests.IntakeKeys;
import dev.rightful.requests.IntakeLimiter;
import dev.rightful.requests.MailRequestMessages;
import dev.rightful.requests.RequestApiRoutes;
import dev.rightful.requests.RequestEventListeners;
import dev.rightful.requests.RequestRepository;
import dev.rightful.requests.RequestService;
import dev.rightful.requests.agent.AgentConfirmationLinks;
import dev.rightful.requests.agent.AgentConfirmationMail;
import dev.rightful.requests.agent.AgentPermissions;
import dev.rightful.verify.DataPointMatcher;
import dev.rightful.verify.OneTimeCodes;
import dev.rightful.verify.RequiredTiers;
import dev.rightful.verify.VerificationEvidence;
import dev.rightful.verify.VerificationRoutes;
import dev.rightful.verify.VerificationService;
import dev.rightful.verify.VerificationSweep;
import dev.rightful.web.Json;
import dev.rightful.web.ServerModule;
import io.javalin.config.JavalinConfig;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Rights requests from intake to answer, with identity verification and authorized agents: the
 * request API, the privacy center's pages and the daily denial of requests left unverified at their
 * due date. Its {@link #events} hear every lifecycle change; other modules add their listeners
 * there, and the audit log records each change last.
 */
final class RequestsModule implements ServerModule {
  final RequestService requests;
  final RequestEventListeners events;
  final VerificationService verification;
  final List<CorrectableInformation> correctable;

  /** One limiter for the API, the form and the code requests, so a sender's uses count together. */
  final IntakeLimiter limiter;

  private final App.Settings settings;
  private final DataMap map;
  private final StoreModule store;
  private final AuditModule audit;
  private final StaffModule staff;
  private final ConsentModule consent;
  private final AgentPermissions permissions;
  private final VerificationSweep sweep;

  RequestsModule(
      App.Settings settings,
      DataMap map,
      StoreModule store,
      AuditModule audit,
      StaffModule staff,
      MailModule mail,
      ConsentModule consent) {
    this.settings = settings;
    this.map = map;
    this.store = store;
    this.audit = audit;
    this.staff = staff;
    this.consent = consent;
    this.correctable = CorrectableInformation.of(map);
    this.limiter =
        new IntakeLimiter(
            settings.intakeLimits(), store.rateBuckets, store.pi::emailKey, store.pi::secretKey);
    this.permissions = new AgentPermissions(store.pi, settings.clock());
    OneTimeCodes codes =
        new OneTimeCodes(
            store.database.jdbi(), store.pi, settings.clock(), settings.verification());
    // Closing a request also deletes its verification data (rule 15), before the audit event.
    this.events =
        new RequestEventListeners(
            new VerificationEvidence(
                (handle, actor, action, request, facts) ->
                    audit.audit.append(
                        handle, new AuditEntry(actor, action, "request", request.id(), facts)),
                codes));
    RightsRequestOptOuts optOuts = new RightsRequestOptOuts(consent.service());
    events.on(
        "consent: a request to opt out or limit sets the consumer's choices",
        "request.received",
        (handle, actor, action, request, facts) -> optOuts.received(request));
    events.on(
        "agents: an uploaded permission is deleted when its request closes (7060(d), rule 15)",
        (handle, actor, action, request, facts) -> {
          if (VerificationEvidence.closes(action)) {
            permissions.deleteFor(handle, request.id());
          }
        });
    this.requests =
        new RequestService(
                store.database.jdbi(),
                new RequestRepository(store.pi),
                settings.legalClock().deadlines(),
                settings.clock(),
                settings.legalClock().zone(),
                events,
                // Only the consumer's copy of the agent-confirmation link carries its signature.
                new AgentConfirmationMail(
                    new MailRequestMessages(mail.messages, mail.outbox),
                    AgentConfirmationLinks.from(store.secrets)),
                settings.publicUrl(),
                new RequiredTiers(map))
            // CC 1798.83: Shine the Light requests are answered from the map when received
            .answeringDirectMarketing(new DirectMarketingAnswer(map))
            // 11 CCR 7221-7222: the ADMT requests only as the map's uses allow
            .offeringAdmt(AdmtOffer.of(map))
            .committingTogether(store.database.groupCommit());
    this.verification =
        new VerificationService(
                store.database.jdbi(),
                requests,
                codes,
                new DataPointMatcher(map, store.company),
                mail.messages,
                mail.outbox,
                events)
            .cappingMails(limiter::codeMailedTo);
    // Denies requests unverified at their due date, hourly on one node of the cluster.
    this.sweep = new VerificationSweep(requests, codes);
  }

  @Override
  public void register(JavalinConfig config) {
    var routes = config.routes;
    new RequestApiRoutes(
            requests,
            staff.staff.authenticator(),
            settings.clock(),
            settings.legalClock().zone(),
            Json.mapper())
        .idempotent(new IntakeKeys(store.database.jdbi(), store.pi, requests, settings.clock()))
        .limited(limiter)
        .correctable(
            correctable.stream().map(CorrectableInformation::field).collect(Collectors.toSet()))
        .register(routes);
    new CenterRoutes(
            requests,
            permissions,
            AgentConfirmationLinks.from(store.secrets),
            CenterCsrf.from(store.secrets, settings.clock(), settings.https()),
            settings.legalClock().zone(),
            settings.publicUrl(),
            verification,
            settings.recordKeeping())
        .privacyChoices(
            map.offersLimitLink(), new KnownConsumerSignals(consent.service(), audit.audit)::honour)
        .correctable(correctable)
        .admt(AdmtOffer.of(map))
        .limited(limiter)
        .register(routes);
    // 11 CCR 7220: each ADMT use's pre-use notice, at a stable address
    new AdmtNoticeRoutes(map.admt(), map.business().legalName(), map.offersLimitLink())
        .register(routes);
    new VerificationRoutes(verification, Json.mapper(), settings.clock())
        .limited(limiter::codeRequestFrom)
        .register(routes);
  }

  @Override
  public List<Task<?>> tasks() {
    return List.of(sweep.task());
  }
}
