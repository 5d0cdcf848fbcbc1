package dev.rightful.fulfil;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;

/**
 * Times each fulfilment step where it runs ({@link FulfilmentService#run}): one timer, {@code
 * rightful.fulfil.steps}, tagged with the request's kind, the kind of system and how the step
 * ended. Tags name kinds only, never a request or a consumer. Thread-safe.
 */
final class StepTimings {
  static final String NAME = "rightful.fulfil.steps";

  /** How a step run ended. */
  enum Result {
    /** The step's work is done. */
    DONE,
    /** A vendor was asked and has not answered yet. */
    WAITING,
    /** It failed and will be retried, or is blocked. */
    FAILED
  }

  private final MeterRegistry meters;

  StepTimings(MeterRegistry meters) {
    this.meters = meters;
    // Every series from the start, zeros included, so a dashboard has them before the first step.
    for (StepKind kind : StepKind.values()) {
      for (Result result : Result.values()) {
        timer(kind, false, result);
        timer(kind, true, result);
      }
    }
  }

  /** A sample started now, stopped by {@link #stop}. */
  Timer.Sample start() {
    return Timer.start(meters);
  }

  void stop(Timer.Sample sample, StepKind kind, boolean webhook, Result result) {
    sample.stop(timer(kind, webhook, result));
  }

  private Timer timer(StepKind kind, boolean webhook, Result result) {
    return Timer.builder(NAME)
        .description("Fulfilment steps run, one per system and request, by how they ended")
        .tag("kind", kind.id())
        .tag("system", webhook ? "webhook" : "database")
        .tag("result", result.name().toLowerCase(Locale.ROOT))
        .register(meters);
  }
}
