package dev.rightful.testing;

import dev.rightful.audit.Verification;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * After every test, checks that the hash-chained audit log of each server the test class names is
 * still whole: every event hashes to its stored hash and links to the one before (see {@code
 * AuditLog.verify}). Use with {@code @ExtendWith(AuditChainCheck.class)} on a class that implements
 * {@link Audited}.
 */
public final class AuditChainCheck implements AfterEachCallback {
  /** A test class whose servers' audit chains are checked after each of its tests. */
  public interface Audited {
    /** The servers started so far (none is fine). */
    List<TestServer> auditedServers();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Object test = context.getRequiredTestInstance();
    if (!(test instanceof Audited audited)) {
      throw new IllegalStateException(
          test.getClass().getSimpleName() + " uses AuditChainCheck but is not Audited");
    }
    for (TestServer server : audited.auditedServers()) {
      requireIntact(server, context.getDisplayName());
    }
  }

  /**
   * Fails unless {@code server}'s audit chain verifies and holds events; {@code after} names when.
   */
  public static void requireIntact(TestServer server, String after) {
    Verification chain = server.app().services().audit().verify();
    if (!chain.ok()) {
      throw new AssertionError(
          "the audit chain is broken after "
              + after
              + ": "
              + chain.firstBreak().orElseThrow().reason());
    }
    if (chain.checked() == 0) {
      throw new AssertionError("the audit log is empty after " + after);
    }
  }
}
