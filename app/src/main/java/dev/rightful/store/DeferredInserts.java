package dev.rightful.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.config.JdbiConfig;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Inserts whose rows nothing in the same transaction reads back (audit events, timeline entries,
 * mails, vendor notices) may wait until just before the commit, when a {@link GroupCommit} writes
 * each statement's rows of every request in its batch as one JDBC batch: one round trip per table
 * instead of one per row. On a handle that is not deferring (every other transaction) {@link
 * #insert} executes at once, so callers need not know which they are in.
 */
public final class DeferredInserts implements JdbiConfig<DeferredInserts> {
  // Statement -> its rows, in the order each statement was first used: a row's foreign keys point
  // at rows written immediately or by a statement first used earlier.
  private Map<String, List<Map<String, Object>>> pending;

  public DeferredInserts() {}

  /** Inserts a row with {@code sql} and its named {@code arguments}, now or before the commit. */
  public static void insert(Handle handle, String sql, Map<String, Object> arguments) {
    DeferredInserts deferred = handle.getConfig(DeferredInserts.class);
    if (deferred.pending == null) {
      handle.createUpdate(sql).bindMap(arguments).execute();
      return;
    }
    deferred.pending.computeIfAbsent(sql, s -> new ArrayList<>()).add(arguments);
  }

  /** Whether {@code handle} is deferring inserts (it is a {@link GroupCommit}'s). */
  public static boolean defers(Handle handle) {
    return handle.getConfig(DeferredInserts.class).pending != null;
  }

  /** From now on, {@link #insert} on {@code handle} waits for {@link #flush}. */
  static void defer(Handle handle) {
    handle.getConfig(DeferredInserts.class).pending = new LinkedHashMap<>();
  }

  /** Writes what waits on {@code handle}, one batch per statement, and stops deferring. */
  static void flush(Handle handle) {
    DeferredInserts deferred = handle.getConfig(DeferredInserts.class);
    Map<String, List<Map<String, Object>>> pending = deferred.pending;
    deferred.pending = null;
    if (pending == null) {
      return;
    }
    pending.forEach(
        (sql, rows) -> {
          if (rows.size() == 1) {
            handle.createUpdate(sql).bindMap(rows.get(0)).execute();
            return;
          }
          PreparedBatch batch = handle.prepareBatch(sql);
          for (Map<String, Object> row : rows) {
            batch.bindMap(row).add();
          }
          batch.execute();
        });
  }

  /** Forgets what waits (the transaction rolled back) and stops deferring. */
  static void discard(Handle handle) {
    handle.getConfig(DeferredInserts.class).pending = null;
  }

  @Override
  public DeferredInserts createCopy() {
    return new DeferredInserts(); // a new handle or statement starts with nothing pending
  }
}
