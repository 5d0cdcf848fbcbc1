package dev.rightful.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs many callers' short transactions as one, so a surge of requests costs one commit and one
 * round trip per table per batch instead of per request (issue 13, item 9). A caller hands its work
 * to one of a few writer threads and waits; the writer takes everything waiting (up to {@link
 * #MAX_BATCH}), runs each caller's work in order on one handle inside one transaction, writes their
 * {@link DeferredInserts} together, commits, and only then answers each caller: nothing is
 * acknowledged before it is durable. When one caller's work fails, the batch rolls back and every
 * caller's work runs again alone, so each gets its own result or its own error, and a failed
 * request never takes another down. When the database is unavailable, every caller is told at once,
 * not after one wait per caller. Work must be a transaction body: no effect outside the handle
 * until it returns (it may run twice). Thread-safe.
 */
public final class GroupCommit implements AutoCloseable {
  static final int MAX_BATCH = 64;
  private static final int WRITERS = 2;
  static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

  private final Jdbi jdbi;
  private final BlockingQueue<Work<?>> waiting = new LinkedBlockingQueue<>();
  private final List<Thread> writers = new ArrayList<>();
  private final Work<Void> stopSignal = new Work<>(handle -> null);
  private final AtomicLong commits = new AtomicLong();
  private volatile boolean closed;

  public GroupCommit(Jdbi jdbi, String name) {
    this(jdbi, name, WRITERS);
  }

  GroupCommit(Jdbi jdbi, String name, int writerCount) {
    this.jdbi = jdbi;
    for (int i = 0; i < writerCount; i++) {
      Thread writer = new Thread(this::write, name + "-commit-" + i);
      writer.setDaemon(true);
      writers.add(writer);
      writer.start();
    }
  }

  /** Runs {@code body} in a transaction shared with whoever else is waiting; returns its result. */
  public <T> T inTransaction(HandleCallback<T, RuntimeException> body) {
    if (closed || writers.contains(Thread.currentThread())) {
      return alone(body);
    }
    Work<T> work = new Work<>(body);
    waiting.add(work);
    if (closed && waiting.remove(work)) {
      return alone(body); // closed meanwhile: no writer may be left to take it
    }
    try {
      return work.result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while its transaction was committing", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private void write() {
    List<Work<?>> batch = new ArrayList<>();
    boolean stop = false;
    while (!stop) {
      try {
        batch.add(waiting.take());
      } catch (InterruptedException e) {
        return;
      }
      waiting.drainTo(batch, MAX_BATCH - 1);
      // close() wakes each writer with a stop: it ends the writer after the work taken with it; a
      // stop drained along with it belongs to another writer, still waiting for it
      int stops = (int) batch.stream().filter(work -> work == stopSignal).count();
      stop = stops > 0;
      batch.removeIf(work -> work == stopSignal);
      for (int i = 1; i < stops; i++) {
        waiting.add(stopSignal);
      }
      if (batch.size() == 1) {
        batch.get(0).runAlone();
      } else if (!batch.isEmpty()) {
        runTogether(batch);
      }
      batch.clear();
    }
  }

  /** How many transactions it has committed (a batch is one, a request run alone one). */
  public long commits() {
    return commits.get();
  }

  /** How many callers wait for a writer. */
  int waiting() {
    return waiting.size();
  }

  private void runTogether(List<Work<?>> batch) {
    List<Object> results;
    try {
      results =
          runInTransaction(
              handle -> {
                List<Object> each = new ArrayList<>(batch.size());
                for (Work<?> work : batch) {
                  each.add(work.body.withHandle(handle));
                }
                return each;
              });
    } catch (RuntimeException | Error failure) {
      if (Database.isUnavailable(failure)) {
        batch.forEach(work -> work.result.completeExceptionally(failure));
      } else {
        batch.forEach(Work::runAlone); // find whose it was; the others go through
      }
      return;
    }
    commits.incrementAndGet();
    for (int i = 0; i < batch.size(); i++) {
      batch.get(i).complete(results.get(i));
    }
  }

  private <T> T alone(HandleCallback<T, RuntimeException> body) {
    T result = runInTransaction(body);
    commits.incrementAndGet();
    return result;
  }

  private <T> T runInTransaction(HandleCallback<T, RuntimeException> body) {
    return jdbi.inTransaction(
        handle -> {
          DeferredInserts.defer(handle);
          try {
            T result = body.withHandle(handle);
            DeferredInserts.flush(handle);
            return result;
          } finally {
            DeferredInserts.discard(handle);
          }
        });
  }

  /**
   * Stops the writers after their batches; what still waits runs here, and later work in its
   * caller's thread.
   */
  @Override
  public void close() {
    closed = true;
    writers.forEach(writer -> waiting.add(stopSignal));
    for (Thread writer : writers) {
      try {
        writer.join(CLOSE_WAIT.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    List<Work<?>> left = new ArrayList<>();
    waiting.drainTo(left);
    left.forEach(Work::runAlone);
  }

  private final class Work<T> {
    final HandleCallback<T, RuntimeException> body;
    final CompletableFuture<T> result = new CompletableFuture<>();

    Work(HandleCallback<T, RuntimeException> body) {
      this.body = body;
    }

    @SuppressWarnings("unchecked")
    void complete(Object value) {
      result.complete((T) value);
    }

    void runAlone() {
      try {
        result.complete(alone(body));
      } catch (RuntimeException | Error failure) {
        result.completeExceptionally(failure);
      }
    }
  }
}
