package dev.rightful.requests.agent;

import dev.rightful.store.PiProtection;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Keeps the signed permission an authorized agent uploads with a request, sealed with the request's
 * other personal information, for staff to check (7063(a)(1)). Thread-safe.
 */
public final class AgentPermissions {
  /*
   * The file is sealed whole (base64, then AES-GCM bound to the request id), so a copied row does
   * not open under another request. Its name is not kept: it may itself be personal information.
   * Verification data is used only for verification and deleted once the request is processed
   * (7060(d)); deleteForClosedRequests does that, for a daily job to call.
   */
  private static final String KIND = "signed-permission";

  private final PiProtection pi;
  private final Clock clock;

  public AgentPermissions(PiProtection pi, Clock clock) {
    this.pi = pi;
    this.clock = clock;
  }

  /** Stores the file for the request, in the caller's transaction. */
  public void store(Handle handle, String requestId, PermissionFile file) {
    handle
        .createUpdate(
            "INSERT INTO request_attachment"
                + " (request_id, kind, media_type, size_bytes, content_sealed, created_at)"
                + " VALUES (:request, :kind, :type, :size, :content, :at)")
        .bind("request", requestId)
        .bind("kind", KIND)
        .bind("type", file.mediaType())
        .bind("size", file.content().length)
        .bind(
            "content",
            pi.seal(Base64.getEncoder().encodeToString(file.content()), context(requestId)))
        .bind("at", OffsetDateTime.now(clock))
        .execute();
  }

  /** The signed permission stored with the request, opened. */
  public Optional<PermissionFile> find(Handle handle, String requestId) {
    return handle
        .createQuery(
            "SELECT media_type, content_sealed FROM request_attachment"
                + " WHERE request_id = :request AND kind = :kind ORDER BY id DESC")
        .bind("request", requestId)
        .bind("kind", KIND)
        .map(
            (rs, ctx) ->
                new PermissionFile(
                    Base64.getDecoder()
                        .decode(pi.open(rs.getString("content_sealed"), context(requestId))),
                    rs.getString("media_type")))
        .findFirst();
  }

  /** Deletes the files of one request as it closes (7060(d)); returns how many. */
  public int deleteFor(Handle handle, String requestId) {
    return handle
        .createUpdate("DELETE FROM request_attachment WHERE request_id = :request")
        .bind("request", requestId)
        .execute();
  }

  /** Deletes the files of every completed or denied request (7060(d)); returns how many. */
  public int deleteForClosedRequests(Handle handle) {
    return handle
        .createUpdate(
            "DELETE FROM request_attachment WHERE request_id IN"
                + " (SELECT id FROM rights_request WHERE status IN ('completed', 'denied'))")
        .execute();
  }

  private static String context(String requestId) {
    return "request_attachment.content:" + requestId;
  }
}
