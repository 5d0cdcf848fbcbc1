package dev.rightful.bench.consent;

import dev.rightful.consent.ConsentModule;
import dev.rightful.consent.ConsentPurpose;
import dev.rightful.consent.ConsentService;
import dev.rightful.consent.Decision;
import dev.rightful.consent.ServiceAuth;
import dev.rightful.store.Database;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-process consent decisions on one thread (so ops/s is per core): parse the subject text, look
 * the subject up in the decision cache and apply the rules, for a Zipf-distributed mix of subjects
 * the ledger knows (in four kinds, see {@link ConsentBench}) and subjects it has never seen, over
 * the three purposes. The baseline does only the lookup of the same keys in a {@link
 * ConcurrentHashMap}. {@code decideEmail} shows the cost of an email subject's keyed hash. Run from
 * the repository root: {@code java -jar bench/target/benchmarks.jar 'consent.DecisionBenchmark' -rf
 * json -rff bench/results/consent-decisions.json}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx1g"})
@Threads(1)
public class DecisionBenchmark {
  private static final int SAMPLES = 1 << 20;

  /** Subjects the ledger knows; as many again are unknown. */
  @Param({"20000"})
  public int known;

  /** Zipf exponent of subject popularity. */
  @Param({"1.0"})
  public double skew;

  private Database database;
  private ConsentModule module;
  private ConsentService service;
  private String[] subjects;
  private ConsentPurpose[] purposes;
  private final ConcurrentHashMap<String, Boolean> baseline = new ConcurrentHashMap<>();
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    database = ConsentBench.database();
    module = ConsentBench.module(database, ServiceAuth.none(), null);
    service = module.service();
    ConsentBench.populate(service, known);
    List<String> ranked = new ArrayList<>();
    for (int n = 1; n <= 2 * known; n++) {
      ranked.add(ConsentBench.subject(n));
    }
    Random random = new Random(42);
    Collections.shuffle(ranked, random);
    double[] cumulative = zipf(ranked.size(), skew);
    subjects = new String[SAMPLES];
    purposes = new ConsentPurpose[SAMPLES];
    ConsentPurpose[] all = ConsentPurpose.values();
    for (int i = 0; i < SAMPLES; i++) {
      int rank = search(cumulative, random.nextDouble());
      subjects[i] = ranked.get(rank);
      purposes[i] = all[random.nextInt(all.length)];
    }
    for (String subject : ranked) {
      service.decide(subject, ConsentPurpose.SALE);
      baseline.put(subject, Boolean.TRUE);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    module.close();
    database.close();
  }

  @Benchmark
  public Decision decide() {
    int i = next++ & (SAMPLES - 1);
    return service.decide(service.key(subjects[i]).orElseThrow(), purposes[i]);
  }

  /** Baseline: a hash-map lookup of the same keys, no rules, no parsing. */
  @Benchmark
  public Boolean baselineMapLookup() {
    int i = next++ & (SAMPLES - 1);
    return baseline.get(subjects[i]);
  }

  @Benchmark
  public Decision decideEmail() {
    int i = next++ & (SAMPLES - 1);
    String email = "email:user" + (i & 1023) + "@example.com";
    return service.decide(service.key(email).orElseThrow(), purposes[i]);
  }

  private static double[] zipf(int n, double s) {
    double[] cumulative = new double[n];
    double sum = 0;
    for (int k = 1; k <= n; k++) {
      sum += 1 / Math.pow(k, s);
      cumulative[k - 1] = sum;
    }
    for (int k = 0; k < n; k++) {
      cumulative[k] /= sum;
    }
    return cumulative;
  }

  private static int search(double[] cumulative, double u) {
    int low = 0;
    int high = cumulative.length - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (cumulative[mid] < u) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
