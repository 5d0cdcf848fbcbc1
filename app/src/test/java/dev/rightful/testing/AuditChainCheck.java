package dev.rightful.testing;

import dev.rightful.App;
import dev.rightful.audit.Verification;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The extension that checks, after every test, that the hash-chained audit log of each running
 * Rightful the test wrote to is still whole: every event hashes to its stored hash and links to the
 * one before (see {@code AuditLog.verify}). It runs after every test of the build (registered in
 * {@code META-INF/services}, switched on in {@code junit-platform.properties}) and looks at the
 * servers {@link TestServer} and {@link MailedServer} have started and not yet stopped, so a test
 * that starts a server gets the check without asking for it.
 *
 * <p>A class that implements {@link Audited} has its own servers checked more strictly: their log
 * must also hold events. Thread-safe.
 */
public final class AuditChainCheck implements AfterEachCallback {
  /*
   * "Wrote to it": a server is verified only when its chain head moved or events wait to be
   * chained since the last check, found with two indexed queries; a whole verification reads every
   * event, so doing it after a test that only read would cost the suites for nothing.
   */

  /** A test class whose servers' audit chains are checked after each of its tests. */
  public interface Audited {
    /** The servers started so far (none is fine). */
    List<TestServer> auditedServers();
  }

  /** The running servers, with the chain head each was last verified at. */
  private static final Map<App, Long> RUNNING = new ConcurrentHashMap<>();

  /** Called when a test server starts: its chain is checked after each test from now on. */
  static void started(App app) {
    RUNNING.put(app, 0L);
  }

  /** Called when a test server stops, before its database goes. */
  static void stopped(App app) {
    RUNNING.remove(app);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Set<App> checked = new HashSet<>();
    Object test = context.getTestInstance().orElse(null);
    if (test instanceof Audited audited) {
      for (TestServer server : audited.auditedServers()) {
        requireIntact(server, context.getDisplayName());
        checked.add(server.app());
      }
    }
    checkRunning(context.getDisplayName(), checked);
  }

  /** Verifies every running server not in {@code skip} whose log was written since its check. */
  static void checkRunning(String after, Set<App> skip) {
    for (App app : List.copyOf(RUNNING.keySet())) {
      if (!skip.contains(app) && wroteSinceLastCheck(app)) {
        Verification chain = requireWhole(app, after);
        RUNNING.replace(app, chain.headSeq());
      }
    }
  }

  /**
   * Fails unless {@code server}'s audit chain verifies and holds events; {@code after} names when.
   */
  public static void requireIntact(TestServer server, String after) {
    Verification chain = requireWhole(server.app(), after);
    if (chain.checked() == 0) {
      throw new AssertionError("the audit log is empty after " + after);
    }
  }

  private static Verification requireWhole(App app, String after) {
    Verification chain = app.services().audit().verify();
    if (!chain.ok()) {
      throw new AssertionError(
          "the audit chain is broken after "
              + after
              + ": "
              + chain.firstBreak().orElseThrow().reason());
    }
    return chain;
  }

  private static boolean wroteSinceLastCheck(App app) {
    Long verifiedAt = RUNNING.get(app);
    if (verifiedAt == null) {
      return false; // stopped meanwhile
    }
    Jdbi jdbi = app.services().database().jdbi();
    try {
      return jdbi.withHandle(
          handle ->
              handle
                      .createQuery("SELECT id FROM audit_pending")
                      .setMaxRows(1)
                      .mapTo(Long.class)
                      .findOne()
                      .isPresent()
                  || handle
                          .createQuery("SELECT COALESCE(MAX(seq), 0) FROM audit_event")
                          .mapTo(Long.class)
                          .one()
                          .longValue()
                      != verifiedAt.longValue());
    } catch (RuntimeException e) {
      // The test closed the app's database itself: nothing is left to check.
      RUNNING.remove(app);
      return false;
    }
  }
}
