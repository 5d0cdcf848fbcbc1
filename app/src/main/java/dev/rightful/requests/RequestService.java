package dev.rightful.requests;

import dev.rightful.law.Deadlines;
import dev.rightful.law.DenialBasis;
import dev.rightful.law.RequestType;
import dev.rightful.law.VerificationTier;
import dev.rightful.store.GroupCommit;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * The lifecycle of a rights request: intake with its clocks, verification, extension, denial,
 * completion and notes. Each change runs in one transaction with its audit event and its message;
 * the event is recorded last, because appending it locks the audit chain until the commit. The
 * rules themselves live in {@code dev.rightful.law}; this class applies them. Thread-safe.
 */
public final class RequestService {
  private final Jdbi jdbi;
  private final RequestRepository repository;
  private final Deadlines deadlines;
  private final Clock clock;
  private final ZoneId businessZone;
  private final RequestEvents events;
  private final Intake intake;
  private final Closing closing;
  private final Timeline timeline;
  private final Verifying verifying;
  private final Extending extending;
  // null: Shine the Light requests wait for staff to answer them
  private final DirectMarketingAnswer directMarketing;
  // What the map offers of the ADMT requests; null: every type is accepted (tests of the service)
  private final AdmtOffer admt;
  // null: each submission commits on its own
  private final GroupCommit submissions;

  /** A service whose requests need each type's default verification tier. */
  public RequestService(
      Jdbi jdbi,
      RequestRepository repository,
      Deadlines deadlines,
      Clock clock,
      ZoneId businessZone,
      RequestEvents events,
      RequestMessages messages,
      String publicUrl) {
    this(
        jdbi,
        repository,
        deadlines,
        clock,
        businessZone,
        events,
        messages,
        publicUrl,
        RequestType::defaultVerificationTier);
  }

  /**
   * A service whose requests need the tier {@code requiredTiers} gives their type, fixed at
   * submission: for delete and correct, the data map sets it per category (7062(d)).
   */
  public RequestService(
      Jdbi jdbi,
      RequestRepository repository,
      Deadlines deadlines,
      Clock clock,
      ZoneId businessZone,
      RequestEvents events,
      RequestMessages messages,
      String publicUrl,
      Function<RequestType, VerificationTier> requiredTiers) {
    this.jdbi = jdbi;
    this.repository = repository;
    this.deadlines = deadlines;
    this.clock = clock;
    this.businessZone = businessZone;
    this.events = events;
    this.intake =
        new Intake(
            repository, deadlines, clock, businessZone, events, messages, requiredTiers, publicUrl);
    this.closing = new Closing(repository, clock, events, messages);
    this.timeline = new Timeline(repository, clock);
    this.verifying = new Verifying(repository, clock, events, timeline);
    this.extending =
        new Extending(repository, deadlines, clock, businessZone, events, messages, timeline);
    this.directMarketing = null;
    this.admt = null;
    this.submissions = null;
  }

  private RequestService(
      RequestService base,
      DirectMarketingAnswer directMarketing,
      AdmtOffer admt,
      GroupCommit submissions) {
    this.jdbi = base.jdbi;
    this.repository = base.repository;
    this.deadlines = base.deadlines;
    this.clock = base.clock;
    this.businessZone = base.businessZone;
    this.events = base.events;
    this.intake = base.intake;
    this.closing = base.closing;
    this.timeline = base.timeline;
    this.verifying = base.verifying;
    this.extending = base.extending;
    this.directMarketing = directMarketing;
    this.admt = admt;
    this.submissions = submissions;
  }

  /**
   * This service, answering each Shine the Light request as soon as it is received with {@code
   * answer}, written from the data map (CC 1798.83; rule 46): the answer discloses the business's
   * practice, nothing about the requester, so it needs no verification.
   */
  public RequestService answeringDirectMarketing(DirectMarketingAnswer answer) {
    return new RequestService(this, answer, admt, submissions);
  }

  /**
   * This service, refusing at intake the ADMT requests {@code offer} does not offer: both when the
   * map declares no ADMT use, the opt-out when an exception covers every use (7221(b)).
   */
  public RequestService offeringAdmt(AdmtOffer offer) {
    return new RequestService(this, directMarketing, offer, submissions);
  }

  /**
   * This service, committing submissions that arrive together in one transaction ({@link
   * GroupCommit}): under a surge, one commit and one batch per table for many requests, each
   * answered only once it is durable.
   */
  public RequestService committingTogether(GroupCommit commits) {
    return new RequestService(this, directMarketing, admt, commits);
  }

  /** A stored request and the secret for its status page, shown to the submitter once. */
  public record Receipt(RightsRequest request, String statusToken) {
    public String statusPath() {
      return "/privacy/requests/status/" + statusToken;
    }
  }

  /** What verification established: matched data points, the declaration, how. */
  public record Verification(int dataPointsMatched, boolean declarationSigned, String method) {}

  public Receipt submit(Submission submission, String actor) {
    return submit(submission, actor, (handle, request) -> {});
  }

  /**
   * Stores a request as {@link #submit(Submission, String)} does and runs {@code alsoStore} in the
   * same transaction, so what came with the request (an agent's signed permission) is kept with it
   * or not at all.
   */
  public Receipt submit(
      Submission submission, String actor, BiConsumer<Handle, RightsRequest> alsoStore) {
    if (admt != null) {
      admt.refusal(submission.type())
          .ifPresent(
              error -> {
                throw new InvalidSubmission(List.of(error));
              });
    }
    String token = Intake.randomToken();
    HandleCallback<Receipt, RuntimeException> receive =
        handle -> {
          RightsRequest stored = intake.receive(handle, submission, actor, token, alsoStore);
          return new Receipt(answerDirectMarketing(handle, stored), token);
        };
    return submissions == null ? jdbi.inTransaction(receive) : submissions.inTransaction(receive);
  }

  public Optional<RightsRequest> find(String id) {
    return jdbi.withHandle(handle -> repository.find(handle, id));
  }

  public RightsRequest get(String id) {
    return find(id).orElseThrow(() -> new RequestNotFound(id));
  }

  public Optional<RightsRequest> findByStatusToken(String token) {
    return jdbi.withHandle(handle -> repository.findByStatusToken(handle, token));
  }

  public List<RightsRequest> queue(RequestStatus status, int limit) {
    return jdbi.withHandle(handle -> repository.list(handle, status, limit));
  }

  public List<RequestRepository.Entry> timeline(String id, boolean consumerView) {
    return jdbi.withHandle(handle -> repository.entries(handle, id, consumerView));
  }

  /**
   * Records the outcome of verification. A request for specific pieces that reaches only the
   * reasonable tier is answered as a request for categories (7024(a); rule 12); one that reaches no
   * tier stays unverified, its clock running (7021(b)).
   */
  public RightsRequest recordVerification(String id, Verification verification, String actor) {
    return change(
        id, actor, (handle, request) -> verifying.record(handle, request, verification, actor));
  }

  /** The consumer confirmed directly that the agent may act for them (7063(a)). */
  public RightsRequest confirmAgent(String id, String actor) {
    return change(
        id,
        actor,
        (handle, request) -> {
          if (request.requester().authority() == null) {
            throw new RequestRuleViolation(
                "requester", "this request was not made by an authorized agent");
          }
          RightsRequest saved =
              repository.update(handle, with(request).agentConfirmed(true).build());
          timeline.add(
              handle,
              saved,
              "agent-confirmed",
              actor,
              true,
              "You confirmed that your agent may act for you.");
          events.record(handle, actor, "request.agent-confirmed", saved, Map.of());
          return answerDirectMarketing(handle, saved);
        });
  }

  /**
   * Extends the response period once, with a reason, noticed within the first 45 days (7021(b)).
   */
  public RightsRequest extend(String id, int additionalDays, String reason, String actor) {
    return change(
        id,
        actor,
        (handle, request) -> extending.extend(handle, request, additionalDays, reason, actor));
  }

  /** Denies with a basis the law allows for the type, and a text the consumer reads (rule 7). */
  public RightsRequest deny(String id, DenialBasis basis, String text, String actor) {
    if (basis == null) {
      throw new RequestRuleViolation("basis", "a denial needs a basis");
    }
    if (text == null || text.isBlank()) {
      throw new RequestRuleViolation("text", "a denial needs a text explaining it to the consumer");
    }
    return change(
        id, actor, (handle, request) -> closing.deny(handle, request, basis, text, actor));
  }

  /** Completes a verified request, wholly or in part. */
  public RightsRequest complete(String id, ResponseNature nature, String text, String actor) {
    return complete(id, nature, text, null, actor);
  }

  /**
   * Completes a verified request, wholly or in part; {@code accessLink} (or null) goes into the
   * consumer's message only, never into the stored timeline: it is a secret that opens their data.
   */
  public RightsRequest complete(
      String id, ResponseNature nature, String text, String accessLink, String actor) {
    return jdbi.inTransaction(handle -> complete(handle, id, nature, text, accessLink, actor));
  }

  /**
   * As {@link #complete(String, ResponseNature, String, String, String)}, in the caller's
   * transaction: what the caller writes there with the answer (fulfilment's notices, suppression
   * entry and job's end) is kept exactly when the request is completed.
   */
  public RightsRequest complete(
      Handle handle,
      String id,
      ResponseNature nature,
      String text,
      String accessLink,
      String actor) {
    if (nature == null || nature == ResponseNature.DENIED) {
      throw new RequestRuleViolation(
          "nature", "completion is complied or complied-in-part; use deny to refuse");
    }
    RightsRequest request = repository.find(handle, id).orElseThrow(() -> new RequestNotFound(id));
    if (admt != null && request.type().isAdmt()) {
      // 7221, 7222(b): the map's words around what staff say of this consumer's case
      text =
          AdmtAnswer.text(
              request.type(), admt.uses(), request.receivedDate(), request.mayDecline(), text);
    }
    return closing.complete(handle, request, nature, text, accessLink, actor);
  }

  /**
   * Answers a Shine the Light request in the transaction it was received or its agent confirmed in:
   * with the map's answer, or once already answered this calendar year, with a refusal saying when
   * the consumer may ask again (CC 1798.83(b)). Any other request is returned as it is.
   */
  private RightsRequest answerDirectMarketing(Handle handle, RightsRequest request) {
    if (directMarketing == null
        || request.type() != RequestType.DIRECT_MARKETING
        || !FulfilGate.allows(request)) {
      return request;
    }
    if (request.mayDecline()) {
      return closing.deny(
          handle,
          request,
          DenialBasis.ANSWERED_THIS_YEAR,
          directMarketing.refusal(request.receivedDate()),
          "system");
    }
    return closing.complete(
        handle,
        request,
        ResponseNature.COMPLIED,
        directMarketing.text(request.receivedDate()),
        null,
        "system");
  }

  public void note(String id, String text, String actor) {
    if (text == null || text.isBlank()) {
      throw new RequestRuleViolation("text", "a note needs text");
    }
    change(
        id,
        actor,
        (handle, request) -> {
          repository.addEntry(
              handle,
              request.id(),
              new RequestRepository.Entry(
                  "note", actor, OffsetDateTime.now(clock), false, text.strip()));
          events.record(handle, actor, "request.noted", request, Map.of());
          return request;
        });
  }

  /**
   * Denies every request still unverified on or after its due date, saying that identity could not
   * be verified (7021(b), 7022(a), 7024(b); rule 6). Run daily; returns what it denied.
   */
  public List<RightsRequest> denyUnverifiedPastDue() {
    LocalDate today = LocalDate.now(clock.withZone(businessZone));
    List<RightsRequest> denied = new ArrayList<>();
    for (RightsRequest request : jdbi.withHandle(handle -> repository.openDueBy(handle, today))) {
      if (request.status() == RequestStatus.RECEIVED
          && request.effectiveDueBy().isBefore(today.plusDays(1))) {
        try {
          denied.add(deny(request.id(), DenialBasis.UNVERIFIED, unverifiedText(request), "system"));
        } catch (RequestRepository.ConcurrentChange | RequestRuleViolation e) {
          // Changed since the list was read (verified, or denied by another node): skip it.
        }
      }
    }
    return denied;
  }

  private static String unverifiedText(RightsRequest request) {
    return request.type() == RequestType.KNOW_CATEGORIES
        // 7024(b): point the consumer to the privacy policy
        ? "You can read the categories of information we collect in our privacy notice."
        : "You may submit a new request at any time.";
  }

  private interface Change {
    RightsRequest apply(Handle handle, RightsRequest request);
  }

  private RightsRequest change(String id, String actor, Change change) {
    return jdbi.inTransaction(
        handle ->
            change.apply(
                handle, repository.find(handle, id).orElseThrow(() -> new RequestNotFound(id))));
  }

  static void requireOpen(RightsRequest request) {
    if (!request.isOpen()) {
      throw new RequestRuleViolation("status", "the request is already " + request.status().id());
    }
  }

  static void requireStatus(RightsRequest request, RequestStatus status) {
    if (request.status() != status) {
      throw new RequestRuleViolation(
          "status", "the request is " + request.status().id() + ", not " + status.id());
    }
  }

  private static RequestBuilder with(RightsRequest request) {
    return new RequestBuilder(request);
  }
}
