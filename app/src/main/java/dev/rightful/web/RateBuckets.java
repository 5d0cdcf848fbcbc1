package dev.rightful.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConfigurationBuilder;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLadvisoryLockBasedProxyManager;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bucket4j token buckets by key, for rate limits: in PostgreSQL when Rightful's store is
 * PostgreSQL, so every node behind a load balancer counts against the same buckets, else in this
 * node's memory (start-dev's H2 store is one node). Keys are opaque: callers pass keyed hashes,
 * never an address. Thread-safe.
 */
public final class RateBuckets {
  private static final Logger log = LoggerFactory.getLogger(RateBuckets.class);

  /** The table of migration V19; one row per bucket, its state serialized by Bucket4j. */
  static final String TABLE = "rate_bucket";

  /**
   * Column {@value} of each row holds its {@link #lockId} (Bucket4j writes it), which the expiry
   * clean-up locks by.
   */
  private static final String LOCK_COLUMN = "lock_id";

  /*
   * A stored bucket's row expires once the bucket would be full again (plus a margin): by then it
   * allows what a new one would, so deleting it loses nothing. Rows are deleted in batches on the
   * request path at most once per CLEAN_EVERY per node, not by a background loop.
   */
  private static final Duration EXPIRY_MARGIN = Duration.ofMinutes(1);
  private static final Duration CLEAN_EVERY = Duration.ofMinutes(1);
  private static final int CLEAN_BATCH = 1_000;
  private static final int MAX_LOCAL_KEYS = 100_000;

  /** {@code count} takes per {@code period}, all given back when the period ends. */
  public record Limit(int count, Duration period) {
    public Limit {
      if (count < 1 || period.isNegative() || period.isZero()) {
        throw new IllegalArgumentException("a limit is at least 1 per a positive period");
      }
    }

    @Override
    public String toString() {
      return count + "/" + period;
    }
  }

  private final Function<String, Function<BucketConfiguration, Bucket>> buckets;
  private final PostgreSQLadvisoryLockBasedProxyManager<String> shared;
  private final Clock clock;
  private final AtomicReference<Instant> nextClean;

  private RateBuckets(
      Function<String, Function<BucketConfiguration, Bucket>> buckets,
      PostgreSQLadvisoryLockBasedProxyManager<String> shared,
      Clock clock) {
    this.buckets = buckets;
    this.shared = shared;
    this.clock = clock;
    this.nextClean = new AtomicReference<>(clock.instant());
  }

  /**
   * Buckets in PostgreSQL when {@code jdbcUrl} is one (shared by every node on that store), else in
   * memory: the one place the choice is made.
   */
  public static RateBuckets forStore(String jdbcUrl, DataSource store, Clock clock) {
    return jdbcUrl.startsWith("jdbc:postgresql:") ? onPostgres(store, clock) : inMemory(clock);
  }

  /**
   * Buckets in this node's memory, in a Caffeine map bounded in size and dropped a day after last
   * use. A bucket evicted under pressure starts full again, which only ever lets a sender through.
   */
  public static RateBuckets inMemory(Clock clock) {
    Cache<String, Bucket> local =
        Caffeine.newBuilder()
            .maximumSize(MAX_LOCAL_KEYS)
            .expireAfterAccess(Duration.ofDays(1))
            .build();
    TimeMeter time = time(clock);
    return new RateBuckets(
        key ->
            config ->
                local.get(
                    key,
                    k -> {
                      var builder = Bucket.builder().withCustomTimePrecision(time);
                      for (Bandwidth limit : config.getBandwidths()) {
                        builder.addLimit(limit);
                      }
                      return builder.build();
                    }),
        null,
        clock);
  }

  /**
   * Buckets in table {@value #TABLE} of Rightful's PostgreSQL store, each read and written under a
   * transaction-scoped advisory lock on its {@link #lockId}, so two nodes taking from one bucket at
   * once are serialized, and a new bucket costs one transaction like an existing one
   * (CreateOnFirstTake). They run on the system clock, not {@code clock}: Bucket4j deletes expired
   * rows by the system clock, and nodes sharing buckets must agree on the time (keep their clocks
   * synchronized).
   */
  public static RateBuckets onPostgres(DataSource store, Clock clock) {
    PostgreSQLadvisoryLockBasedProxyManager<String> manager =
        Bucket4jPostgreSQL.advisoryLockBasedBuilder(store)
            .primaryKeyMapper(PrimaryKeyMapper.STRING)
            .lockIdSupplier(RateBuckets::lockId)
            .lockColumn(LOCK_COLUMN)
            .table(TABLE)
            .idColumn("id")
            .stateColumn("state")
            .expiresAtColumn("expires_at")
            .expirationAfterWrite(
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(EXPIRY_MARGIN))
            .build();
    // One proxy per bucket, kept a while: its batching merges this node's concurrent takes from one
    // hot bucket (every POST from one busy address) into one round trip instead of a queue on its
    // lock, without letting more through than the limit; each take carries the configuration, so a
    // new bucket is created by the transaction that takes from it (CreateOnFirstTake).
    Cache<String, Bucket> proxies =
        Caffeine.newBuilder()
            .maximumSize(MAX_LOCAL_KEYS)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();
    return new RateBuckets(
        key ->
            config ->
                proxies.get(
                    key,
                    k ->
                        manager
                            .builder()
                            .withOptimization(
                                new CreateOnFirstTake(config, Optimizations.batching()))
                            .build(k, () -> config)),
        manager,
        clock);
  }

  /**
   * Takes one from the bucket {@code key} under {@code limits}; empty when it was taken, else how
   * long until one can be. The limits are part of the bucket's identity, so changing an option
   * starts new buckets rather than keeping the old ones' sizes.
   */
  public Optional<Duration> take(String key, List<Limit> limits) {
    cleanIfDue();
    ConfigurationBuilder config = BucketConfiguration.builder();
    for (Limit limit : limits) {
      config.addLimit(
          Bandwidth.builder()
              .capacity(limit.count())
              .refillIntervally(limit.count(), limit.period())
              .build());
    }
    String id = key + "|" + limits.stream().map(Limit::toString).collect(Collectors.joining(","));
    ConsumptionProbe probe =
        buckets.apply(id).apply(config.build()).tryConsumeAndReturnRemaining(1);
    return probe.isConsumed()
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  /** Whether the buckets live in the database, shared by every node. */
  public boolean shared() {
    return shared != null;
  }

  /**
   * Deletes stored buckets whose rows have expired (full again); how many. Nothing to do in memory,
   * where Caffeine drops them.
   */
  public int removeExpired() {
    if (shared == null) {
      return 0;
    }
    int total = 0;
    int removed;
    do {
      removed = shared.removeExpired(CLEAN_BATCH);
      total += removed;
    } while (removed == CLEAN_BATCH);
    return total;
  }

  private void cleanIfDue() {
    if (shared == null) {
      return;
    }
    Instant now = clock.instant();
    Instant due = nextClean.get();
    if (now.isBefore(due) || !nextClean.compareAndSet(due, now.plus(CLEAN_EVERY))) {
      return;
    }
    try {
      shared.removeExpired(CLEAN_BATCH);
    } catch (RuntimeException e) {
      // A failed clean-up only leaves rows for the next one; the limit itself still holds.
      log.warn("could not delete expired rate-limit buckets: {}", e.toString());
    }
  }

  /**
   * The advisory lock of the bucket {@code id}: the first 64 bits of its SHA-256. Two ids sharing
   * one would only take turns, never share a bucket (rows are keyed by the id itself).
   */
  static long lockId(String id) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(digest).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Bucket4j's clock from Rightful's, so tests move buckets' time as they move the clock. */
  private static TimeMeter time(Clock clock) {
    return new TimeMeter() {
      @Override
      public long currentTimeNanos() {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
      }

      @Override
      public boolean isWallClockBased() {
        return true;
      }
    };
  }
}
