package dev.rightful.consent;

import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Runs ledger writes in transactions, retried up to four times when the database reports a conflict
 * with a concurrent writer of a linked subject (deadlock, serialization failure, a row inserted
 * meanwhile, or a profile moved by a link); a rolled-back attempt left nothing behind. Thread-safe.
 */
final class LedgerTransactions {
  private final Jdbi jdbi;

  LedgerTransactions(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  <T> T inTransaction(HandleCallback<T, RuntimeException> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return jdbi.inTransaction(work);
      } catch (ProfileMoved e) {
        if (attempt >= 5) {
          throw e;
        }
      } catch (JdbiException e) {
        if (attempt >= 5 || !conflict(e)) {
          throw e;
        }
      }
    }
  }

  private static boolean conflict(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.sql.SQLException sql) {
        String state = sql.getSQLState();
        return "40001".equals(state) || "40P01".equals(state) || "23505".equals(state);
      }
    }
    return false;
  }

  /** A concurrent link moved a subject between reading its profile and locking it. */
  static final class ProfileMoved extends RuntimeException {
    ProfileMoved() {
      super("a concurrent link moved the subject to another profile", null, false, false);
    }
  }
}
