package dev.rightful.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * One recorded audit event, as stored: its place in the chain, what happened, and the two hashes
 * that link it to the event before. Immutable.
 *
 * @param seq position in the chain, 1, 2, 3, … with no gaps
 * @param occurredAt when it was recorded, UTC, to the microsecond (what both databases store)
 * @param actor who did it: {@code staff:alice}, {@code consumer}, {@code system}
 * @param action what happened, e.g. {@code request.received}
 * @param subjectType the kind of thing it happened to, e.g. {@code request}
 * @param subjectId that thing's id
 * @param details a JSON object of ids and facts, keys sorted; never raw personal information
 * @param prevHash the previous event's hash (the anchor hash for the first stored event)
 * @param hash SHA-256 of {@link #canonical()}, lower-case hex
 */
public record AuditEvent(
    long seq,
    Instant occurredAt,
    String actor,
    String action,
    String subjectType,
    String subjectId,
    String details,
    String prevHash,
    String hash) {

  /** The hash an event links to when nothing came before it. */
  public static final String GENESIS_HASH = "0".repeat(64);

  private static final DateTimeFormatter UTC_MICROS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  /*
   * The canonical serialization is a version tag followed by each field as
   * "<byte length>:<UTF-8 bytes>\n", in declaration order, ending with the previous hash. Length
   * prefixes make it unambiguous whatever a field contains (no separator can be forged), and the
   * fixed timestamp format makes it independent of how a database or driver renders time.
   * Changing this format breaks every stored chain: add a new version tag instead.
   */

  /** The bytes {@link #hash} is computed over: every field but the hash itself. */
  public byte[] canonical() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    field(out, "rightful-audit-v1");
    field(out, Long.toString(seq));
    field(out, UTC_MICROS.format(occurredAt));
    field(out, actor);
    field(out, action);
    field(out, subjectType);
    field(out, subjectId);
    field(out, details);
    field(out, prevHash);
    return out.toByteArray();
  }

  /** The hash this event's fields produce; equal to {@link #hash} unless the row was altered. */
  public String computeHash() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }

  /** A copy with {@link #hash} set to {@link #computeHash()}. */
  AuditEvent sealed() {
    return new AuditEvent(
        seq, occurredAt, actor, action, subjectType, subjectId, details, prevHash, computeHash());
  }

  private static void field(ByteArrayOutputStream out, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.writeBytes(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    out.write(':');
    out.writeBytes(bytes);
    out.write('\n');
  }
}
