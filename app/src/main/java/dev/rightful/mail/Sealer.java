package dev.rightful.mail;

/**
 * Seals personal information before the outbox stores it, and opens it again to send or show it.
 * The {@code context} names where the value lives (table, field and message id) and is bound to the
 * sealed value, so a sealed body copied into another row or field does not open there.
 * Implementations must be thread-safe.
 */
public interface Sealer {
  /** Returns {@code plaintext} sealed for {@code context}, as text a database column can hold. */
  String seal(String plaintext, String context);

  /**
   * Returns the plaintext of a value sealed for the same {@code context}; throws when the value was
   * sealed for another context or has been altered.
   */
  String open(String sealed, String context);
}
