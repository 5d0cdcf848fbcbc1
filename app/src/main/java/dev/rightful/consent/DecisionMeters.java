package dev.rightful.consent;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;

/**
 * The consent decision endpoint's meters (docs/metrics.md): each call timed, one call or a batch,
 * and each decision answered counted by whether it allowed the purpose. The meters are made once,
 * so the hot path only records. Thread-safe.
 */
final class DecisionMeters {
  static final String CALLS = "rightful.consent.decision.calls";
  static final String DECISIONS = "rightful.consent.decisions";

  private final Timer one;
  private final Timer batch;
  private final Counter allowed;
  private final Counter refused;

  DecisionMeters(MeterRegistry meters) {
    this.one = call(meters, "one");
    this.batch = call(meters, "batch");
    this.allowed = decisions(meters, true);
    this.refused = decisions(meters, false);
  }

  private static Timer call(MeterRegistry meters, String kind) {
    return Timer.builder(CALLS)
        .description("Calls to the consent decision endpoints and how long they took")
        .tag("call", kind)
        // Buckets, so a dashboard can draw quantiles over all nodes (histogram_quantile).
        .publishPercentileHistogram()
        .maximumExpectedValue(java.time.Duration.ofSeconds(2))
        .register(meters);
  }

  private static Counter decisions(MeterRegistry meters, boolean allows) {
    return Counter.builder(DECISIONS)
        .description("Decisions answered, by whether the purpose was allowed")
        .tag("allowed", String.valueOf(allows))
        .register(meters);
  }

  Timer.Sample start() {
    return Timer.start();
  }

  void one(Timer.Sample sample, Decision decision) {
    sample.stop(one);
    (decision.allowed() ? allowed : refused).increment();
  }

  void batch(Timer.Sample sample, List<Decision> decisions) {
    sample.stop(batch);
    long yes = decisions.stream().filter(Decision::allowed).count();
    allowed.increment(yes);
    refused.increment(decisions.size() - yes);
  }
}
