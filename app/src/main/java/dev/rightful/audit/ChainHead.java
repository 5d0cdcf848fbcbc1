package dev.rightful.audit;

import org.jdbi.v3.core.Handle;

/** The single row saying where the stored chain starts (anchor) and ends (last). Immutable. */
record ChainHead(long lastSeq, String lastHash, long anchorSeq, String anchorHash) {
  private static final String SELECT =
      "SELECT last_seq, last_hash, anchor_seq, anchor_hash FROM audit_chain_head WHERE id = 1";

  /** Reads the head and locks its row until the transaction ends: appends queue here. */
  static ChainHead lock(Handle handle) {
    return query(handle, SELECT + " FOR UPDATE");
  }

  static ChainHead read(Handle handle) {
    return query(handle, SELECT);
  }

  private static ChainHead query(Handle handle, String sql) {
    return handle
        .createQuery(sql)
        .map(
            (rs, ctx) ->
                new ChainHead(
                    rs.getLong("last_seq"),
                    rs.getString("last_hash"),
                    rs.getLong("anchor_seq"),
                    rs.getString("anchor_hash")))
        .findOne()
        .orElseThrow(
            () -> new IllegalStateException("audit_chain_head has no row: migration V2 not run"));
  }

  void advance(Handle handle, AuditEvent event) {
    handle
        .createUpdate("UPDATE audit_chain_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
        .bind("seq", event.seq())
        .bind("hash", event.hash())
        .execute();
  }

  void reanchor(Handle handle, long seq, String hash) {
    handle
        .createUpdate(
            "UPDATE audit_chain_head SET anchor_seq = :seq, anchor_hash = :hash WHERE id = 1")
        .bind("seq", seq)
        .bind("hash", hash)
        .execute();
  }
}
