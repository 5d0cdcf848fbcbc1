package dev.rightful.bench.fulfil;

import com.zaxxer.hikari.HikariDataSource;
import dev.rightful.datamap.DataMap;
import dev.rightful.fulfil.Certificate;
import dev.rightful.fulfil.Deletion;
import dev.rightful.fulfil.Found;
import dev.rightful.fulfil.Identity;
import dev.rightful.fulfil.Plan;
import dev.rightful.fulfil.Planner;
import dev.rightful.fulfil.access.AccessPackage;
import dev.rightful.fulfil.access.AccessReport;
import dev.rightful.fulfil.connector.Connector;
import dev.rightful.fulfil.connector.jdbc.JdbcConnector;
import dev.rightful.law.Lookback;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * One consumer's access and deletion on the generated 1M-consumer demo company database, through
 * Rightful's real code ({@link Planner}, {@link JdbcConnector#find}, {@link Deletion#run}, {@link
 * AccessReport} and {@link AccessPackage}), against the hand-written SQL doing the same work
 * ({@link HandWritten}), in the same run.
 *
 * <ul>
 *   <li>{@code access*}: average time, each call on a consumer drawn at random (a sequence of its
 *       own per method, so that no method reads pages another has just cached). {@code accessFind}
 *       is the plan and the find, the work the baseline does; {@code accessPackage} adds the report
 *       and the ZIP, Rightful's extra work.
 *   <li>{@code delete*}: single shots, each on a consumer never touched before (deletion is
 *       destructive; see {@link DemoCompany#reserve}). {@code deleteRightful} is find, erase and
 *       the independent verification; {@code deleteWithoutVerification} stops after the erase, to
 *       show what verifying costs.
 * </ul>
 *
 * <p>Run from the repository root: {@code java -jar bench/target/benchmarks.jar FulfilmentBenchmark
 * -p database=postgresql}. The fork runs with {@code -Xmx512m} and prints its peak heap use at the
 * end.
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx512m", "-XX:+UseG1GC"})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FulfilmentBenchmark {
  static final int DELETE_WARMUP = 60;
  static final int DELETE_MEASURED = 200;

  @Param({"postgresql", "mariadb"})
  public String database;

  private HikariDataSource pool;
  private DataMap map;
  private JdbcConnector connector;
  private HandWritten handWritten;
  private long consumers;
  private Random random;
  private long cursor;
  private final Planner planner = new Planner();

  @Setup(Level.Trial)
  public void open(BenchmarkParams params) throws SQLException {
    // Each method draws its own consumers: one drawing the same consumers right after another
    // would find their pages already cached.
    prepare(params.getBenchmark().hashCode(), DELETE_WARMUP + DELETE_MEASURED + 10);
  }

  /** Opens the pool and reserves {@code deletions} fresh consumers; also used by {@link Paired}. */
  void prepare(long seed, int deletions) throws SQLException {
    DemoCompany company = DemoCompany.of(database);
    pool = company.pool(2);
    map = DemoCompany.map();
    connector = new JdbcConnector(pool);
    handWritten = new HandWritten(pool);
    try (Connection c = pool.getConnection()) {
      consumers = DemoCompany.consumers(c);
      cursor = DemoCompany.reserve(c, deletions, consumers);
    }
    random = new Random(seed);
  }

  @TearDown(Level.Trial)
  public void close() {
    pool.close();
    long peak = 0;
    for (MemoryPoolMXBean memory : ManagementFactory.getMemoryPoolMXBeans()) {
      if (memory.getType() == MemoryType.HEAP) {
        peak += memory.getPeakUsage().getUsed();
      }
    }
    System.out.printf("%nPEAK-HEAP %s %d MB (sum of heap pools' peaks)%n", database, peak >> 20);
  }

  private String randomConsumer() {
    return dev.rightful.demo.DemoData.email(1 + (long) (random.nextDouble() * consumers));
  }

  private String freshConsumer() {
    return dev.rightful.demo.DemoData.email(DemoCompany.consumer(cursor++, consumers));
  }

  private static Identity identity(String email) {
    return new Identity(Map.of("email", Set.of(email)));
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 3)
  @Measurement(iterations = 8, time = 3)
  public Found accessFind() {
    Plan plan = planner.plan(map);
    return connector.find(plan.systems().get(0), identity(randomConsumer()));
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 3)
  @Measurement(iterations = 8, time = 3)
  public byte[] accessPackage() {
    Plan plan = planner.plan(map);
    Found found = connector.find(plan.systems().get(0), identity(randomConsumer()));
    AccessReport report =
        AccessReport.of(
            map,
            plan,
            List.of(found),
            "R-BENCH",
            Lookback.allSince2022(LocalDate.of(2026, 3, 1)),
            true);
    return AccessPackage.zip(report);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 3)
  @Measurement(iterations = 8, time = 3)
  public int accessBaseline() throws SQLException {
    return handWritten.access(randomConsumer());
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = DELETE_WARMUP)
  @Measurement(iterations = DELETE_MEASURED)
  public Certificate deleteRightful() {
    String email = freshConsumer();
    Plan plan = planner.plan(map);
    Found found = connector.findForErasure(plan.systems().get(0), identity(email));
    Certificate certificate =
        new Deletion(map, id -> connector)
            .run("bench", plan, List.of(found), identity(email), ANONYMIZER);
    if (!certificate.verified() || found.rows("customers").size() != 1) {
      throw new IllegalStateException("deletion of a generated consumer did not verify");
    }
    return certificate;
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = DELETE_WARMUP)
  @Measurement(iterations = DELETE_MEASURED)
  public Map<String, Integer> deleteWithoutVerification() {
    String email = freshConsumer();
    Plan plan = planner.plan(map);
    Found found = connector.findForErasure(plan.systems().get(0), identity(email));
    return connector.erase(plan.systems().get(0), found, ANONYMIZER);
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = DELETE_WARMUP)
  @Measurement(iterations = DELETE_MEASURED)
  public int deleteBaseline() throws SQLException {
    int changed = handWritten.delete(freshConsumer(), ANONYMIZER::hash, ANONYMIZER.pseudonym());
    if (changed == 0) {
      throw new IllegalStateException("the hand-written deletion found no consumer");
    }
    return changed;
  }

  /** Rightful's anonymizer: keyed HMAC-SHA256 hashes, one pseudonym per request. */
  static final Connector.Anonymizer ANONYMIZER =
      new Connector.Anonymizer() {
        private final SecretKeySpec key =
            new SecretKeySpec("bench-key-bench-key-bench-key-32".getBytes(), "HmacSHA256");

        @Override
        public String hash(Object value) {
          try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of()
                .formatHex(mac.doFinal(String.valueOf(value).getBytes(StandardCharsets.UTF_8)));
          } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
          }
        }

        @Override
        public String pseudonym() {
          return "deleted-R-BENCH";
        }
      };
}
