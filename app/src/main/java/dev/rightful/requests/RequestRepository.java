package dev.rightful.requests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.law.DenialBasis;
import dev.rightful.law.Lookback;
import dev.rightful.law.RequestType;
import dev.rightful.law.VerificationTier;
import dev.rightful.store.DeferredInserts;
import dev.rightful.store.PiProtection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Stores rights requests with their personal information sealed, found by id, reference, status
 * token or keyed hash. Methods take the caller's {@link Handle} so a state change, its audit event
 * and its message commit together. Thread-safe.
 */
public final class RequestRepository {
  private static final String SUBJECT = "rights_request.subject";
  private static final String REQUESTER = "rights_request.requester";
  private static final String PAYLOAD = "rights_request.payload";
  private static final String ENTRY = "request_entry.text";

  private final PiProtection pi;
  private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

  public RequestRepository(PiProtection pi) {
    this.pi = pi;
  }

  /** A timeline entry: a message the consumer sees, or a staff note. */
  public record Entry(
      String kind,
      String author,
      OffsetDateTime createdAt,
      boolean visibleToConsumer,
      String text) {}

  /**
   * Stores a new request; returns it as stored, which is as given: the columns left to their
   * defaults (no data points matched, no agent confirmation, version 0) hold what a new one holds.
   */
  public RightsRequest insert(Handle handle, RightsRequest request, String statusTokenKey) {
    handle
        .createUpdate(
            "INSERT INTO rights_request (id, reference, type, original_type, status, channel, requester_kind,"
                + " agent_authority, received_at, received_date, acknowledge_by, due_by, email_key, phone_key,"
                + " subject_sealed, requester_sealed, payload_sealed, lookback_scope, lookback_from, lookback_to,"
                + " lookback_asked_from, lookback_asked_to, status_token_key, required_tier, verified_at, may_decline, declaration_signed, version, language)"
                + " VALUES (:id, :reference, :type, :type, :status, :channel, :requesterKind, :authority,"
                + " :receivedAt, :receivedDate, :acknowledgeBy, :dueBy, :emailKey, :phoneKey, :subject,"
                + " :requester, :payload, :scope, :from, :to, :askedFrom, :askedTo, :tokenKey, :tier, :verifiedAt, :mayDecline,"
                + " :declaration, 0, :language)")
        .bind("id", request.id())
        .bind("reference", request.reference())
        .bind("type", request.type().id())
        .bind("status", request.status().id())
        .bind("channel", request.channel().id())
        .bind("requesterKind", request.requester().kind().id())
        .bind(
            "authority",
            request.requester().authority() == null ? null : request.requester().authority().id())
        .bind("receivedAt", request.receivedAt())
        .bind("receivedDate", request.receivedDate())
        .bind("acknowledgeBy", request.acknowledgeBy())
        .bind("dueBy", request.dueBy())
        .bind(
            "emailKey",
            request.subject().email() == null ? null : pi.emailKey(request.subject().email()))
        .bind(
            "phoneKey",
            request.subject().phone() == null ? null : pi.phoneKey(request.subject().phone()))
        .bind("subject", pi.seal(write(request.subject()), SUBJECT))
        .bind("requester", pi.seal(write(request.requester()), REQUESTER))
        .bind("payload", pi.seal(write(request.payload()), PAYLOAD))
        .bind("scope", request.lookback() == null ? null : request.lookback().scope().id())
        .bind("from", request.lookback() == null ? null : request.lookback().from())
        .bind("to", request.lookback() == null ? null : request.lookback().to())
        .bind("askedFrom", askedFrom(request.lookback()))
        .bind("askedTo", askedTo(request.lookback()))
        .bind("tokenKey", statusTokenKey)
        .bind("tier", request.requiredTier().id())
        .bind("verifiedAt", request.verifiedAt())
        .bind("mayDecline", request.mayDecline())
        .bind("declaration", request.declarationSigned())
        .bind("language", request.language())
        .execute();
    return request;
  }

  /**
   * Writes the mutable fields of {@code request} if nobody changed it since it was read; returns
   * the stored version. A concurrent change makes this throw {@link ConcurrentChange}.
   */
  public RightsRequest update(Handle handle, RightsRequest request) {
    int rows =
        handle
            .createUpdate(
                "UPDATE rights_request SET type = :type, status = :status, extended_due_by = :extendedDueBy,"
                    + " extension_reason = :extensionReason, verified_at = :verifiedAt, data_points_matched ="
                    + " :points, declaration_signed = :declaration, agent_confirmed = :agentConfirmed,"
                    + " may_decline = :mayDecline, denial_basis = :basis, denial_text = :denialText,"
                    + " response_nature = :nature, closed_at = :closedAt, lookback_scope = :scope,"
                    + " lookback_from = :from, lookback_to = :to, lookback_asked_from = :askedFrom,"
                    + " lookback_asked_to = :askedTo, version = version + 1"
                    + " WHERE id = :id AND version = :version")
            .bind("id", request.id())
            .bind("version", request.version())
            .bind("type", request.type().id())
            .bind("status", request.status().id())
            .bind("extendedDueBy", request.extendedDueBy())
            .bind("extensionReason", request.extensionReason())
            .bind("verifiedAt", request.verifiedAt())
            .bind("points", request.dataPointsMatched())
            .bind("declaration", request.declarationSigned())
            .bind("agentConfirmed", request.agentConfirmed())
            .bind("mayDecline", request.mayDecline())
            .bind("basis", request.denialBasis() == null ? null : request.denialBasis().id())
            .bind("denialText", request.denialText())
            .bind("nature", request.responseNature() == null ? null : request.responseNature().id())
            .bind("closedAt", request.closedAt())
            .bind("scope", request.lookback() == null ? null : request.lookback().scope().id())
            .bind("from", request.lookback() == null ? null : request.lookback().from())
            .bind("to", request.lookback() == null ? null : request.lookback().to())
            .bind("askedFrom", askedFrom(request.lookback()))
            .bind("askedTo", askedTo(request.lookback()))
            .execute();
    if (rows != 1) {
      throw new ConcurrentChange(request.id());
    }
    return find(handle, request.id()).orElseThrow();
  }

  /** The keyed hash under which a status-page token is stored; the token itself never is. */
  public String tokenKey(String token) {
    return pi.tokenKey(token);
  }

  public Optional<RightsRequest> find(Handle handle, String id) {
    return one(handle, "id = :value", id);
  }

  public Optional<RightsRequest> findByReference(Handle handle, String reference) {
    return one(handle, "reference = :value", reference);
  }

  public Optional<RightsRequest> findByStatusToken(Handle handle, String token) {
    return one(handle, "status_token_key = :value", pi.tokenKey(token));
  }

  /** Requests in the queue order staff work in: soonest due first. */
  public List<RightsRequest> list(Handle handle, RequestStatus status, int limit) {
    String where = status == null ? "" : " WHERE status = :status";
    var query =
        handle.createQuery(
            "SELECT * FROM rights_request"
                + where
                + " ORDER BY COALESCE(extended_due_by, due_by), received_at LIMIT :limit");
    if (status != null) {
      query.bind("status", status.id());
    }
    return query.bind("limit", limit).map((rs, ctx) -> read(rs)).list();
  }

  /** Open requests whose effective due date is on or before {@code day}. */
  public List<RightsRequest> openDueBy(Handle handle, LocalDate day) {
    return handle
        .createQuery(
            "SELECT * FROM rights_request WHERE status IN ('received', 'verified')"
                + " AND COALESCE(extended_due_by, due_by) <= :day ORDER BY due_by")
        .bind("day", day)
        .map((rs, ctx) -> read(rs))
        .list();
  }

  /** Receipt dates of this consumer's know requests that were answered, for CC 1798.130(b). */
  public List<LocalDate> answeredKnowRequests(Handle handle, String email) {
    return handle
        .createQuery(
            "SELECT received_date FROM rights_request WHERE email_key IN (<keys>)"
                + " AND original_type IN ('know-categories', 'know-specific') AND response_nature IN ('complied',"
                + " 'complied-in-part')")
        .bindList("keys", pi.emailLookupKeys(email))
        .mapTo(LocalDate.class)
        .list();
  }

  /**
   * The receipt dates of the consumer's requests of {@code type} (as first made) that were
   * answered, found by the keyed hash of {@code email}.
   */
  public List<LocalDate> answeredRequests(Handle handle, String email, RequestType type) {
    return handle
        .createQuery(
            "SELECT received_date FROM rights_request WHERE email_key IN (<keys>)"
                + " AND original_type = :type AND response_nature IN ('complied',"
                + " 'complied-in-part')")
        .bindList("keys", pi.emailLookupKeys(email))
        .bind("type", type.id())
        .mapTo(LocalDate.class)
        .list();
  }

  public void addEntry(Handle handle, String requestId, Entry entry) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", requestId);
    row.put("kind", entry.kind());
    row.put("author", entry.author());
    row.put("at", entry.createdAt());
    row.put("visible", entry.visibleToConsumer());
    row.put("text", pi.seal(entry.text(), ENTRY));
    // Nothing reads a request's timeline in the transaction that writes it: it may wait for the
    // commit of a GroupCommit (DeferredInserts).
    DeferredInserts.insert(
        handle,
        "INSERT INTO request_entry (request_id, kind, author, created_at, visible_to_consumer,"
            + " text_sealed) VALUES (:id, :kind, :author, :at, :visible, :text)",
        row);
  }

  public List<Entry> entries(Handle handle, String requestId, boolean consumerView) {
    return handle
        .createQuery(
            "SELECT * FROM request_entry WHERE request_id = :id"
                + (consumerView ? " AND visible_to_consumer = TRUE" : "")
                + " ORDER BY id")
        .bind("id", requestId)
        .map(
            (rs, ctx) ->
                new Entry(
                    rs.getString("kind"),
                    rs.getString("author"),
                    rs.getObject("created_at", OffsetDateTime.class),
                    rs.getBoolean("visible_to_consumer"),
                    pi.open(rs.getString("text_sealed"), ENTRY)))
        .list();
  }

  private Optional<RightsRequest> one(Handle handle, String where, String value) {
    return handle
        .createQuery("SELECT * FROM rights_request WHERE " + where)
        .bind("value", value)
        .map((rs, ctx) -> read(rs))
        .findOne();
  }

  /** What was asked, stored only where the period covered differs from it. */
  private static LocalDate askedFrom(Lookback lookback) {
    return lookback == null || !lookback.startRaised() ? null : lookback.askedFrom();
  }

  private static LocalDate askedTo(Lookback lookback) {
    return lookback == null || !lookback.endLowered() ? null : lookback.askedTo();
  }

  /** The request on the current row of a {@code SELECT * FROM rights_request}. */
  RightsRequest read(ResultSet rs) throws SQLException {
    String scope = rs.getString("lookback_scope");
    Lookback lookback =
        scope == null
            ? null
            : new Lookback(
                rs.getObject("lookback_from", LocalDate.class),
                rs.getObject("lookback_to", LocalDate.class),
                Lookback.Scope.fromId(scope).orElseThrow(),
                rs.getObject("lookback_asked_from", LocalDate.class),
                rs.getObject("lookback_asked_to", LocalDate.class));
    String basis = rs.getString("denial_basis");
    String nature = rs.getString("response_nature");
    return new RightsRequest(
        rs.getString("id"),
        rs.getString("reference"),
        RequestType.fromId(rs.getString("type")).orElseThrow(),
        RequestType.fromId(rs.getString("original_type")).orElseThrow(),
        RequestStatus.fromId(rs.getString("status")).orElseThrow(),
        Channel.fromId(rs.getString("channel")).orElseThrow(),
        read(pi.open(rs.getString("requester_sealed"), REQUESTER), Requester.class),
        read(pi.open(rs.getString("subject_sealed"), SUBJECT), Subject.class),
        rs.getObject("received_at", OffsetDateTime.class),
        rs.getObject("received_date", LocalDate.class),
        rs.getObject("acknowledge_by", LocalDate.class),
        rs.getObject("due_by", LocalDate.class),
        rs.getObject("extended_due_by", LocalDate.class),
        rs.getString("extension_reason"),
        lookback,
        read(pi.open(rs.getString("payload_sealed"), PAYLOAD), RightsRequest.Payload.class),
        VerificationTier.fromId(rs.getString("required_tier")).orElseThrow(),
        rs.getObject("verified_at", OffsetDateTime.class),
        rs.getInt("data_points_matched"),
        rs.getBoolean("declaration_signed"),
        rs.getBoolean("agent_confirmed"),
        rs.getBoolean("may_decline"),
        basis == null ? null : DenialBasis.fromId(basis).orElseThrow(),
        rs.getString("denial_text"),
        nature == null ? null : ResponseNature.fromId(nature).orElseThrow(),
        rs.getObject("closed_at", OffsetDateTime.class),
        rs.getInt("version"),
        rs.getString("language"));
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private <T> T read(String text, Class<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored " + type.getSimpleName() + " is unreadable", e);
    }
  }

  /** Thrown when a request changed between reading and writing it; the caller may retry. */
  public static final class ConcurrentChange extends RuntimeException {
    public ConcurrentChange(String id) {
      super("request " + id + " was changed by someone else; reload and try again");
    }
  }
}
