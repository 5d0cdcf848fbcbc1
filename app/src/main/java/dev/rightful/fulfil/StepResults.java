package dev.rightful.fulfil;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the done steps of one run add to the answer, system by system: a deletion's certificate
 * parts, the rows found for a request to know (a database's, a vendor's or those a person
 * attached), the rows corrected per {@code table.field}. A manual step confirmed without data adds
 * nothing. Not thread-safe: one per run.
 */
final class StepResults {
  private final List<Certificate> parts = new ArrayList<>();
  private final List<Found> found = new ArrayList<>();
  private final Map<String, Integer> corrected = new LinkedHashMap<>();

  /** Adds what {@code done}, a step of a request of {@code kind}, found or did. */
  void add(StepKind kind, StepCodec codec, String requestId, JobSteps.Step done) {
    switch (kind) {
      case DELETE -> {
        if (!StepCodec.readMap(done.result()).isEmpty()) {
          parts.add(StepCodec.read(done.result(), Certificate.class));
        }
      }
      case ACCESS -> {
        if (done.foundSealed() != null) {
          found.add(codec.openFound(requestId, done.step(), done.foundSealed()));
        }
      }
      case CORRECT ->
          StepCodec.readMap(done.result())
              .forEach((k, v) -> corrected.merge(k, ((Number) v).intValue(), Integer::sum));
    }
  }

  List<Certificate> parts() {
    return parts;
  }

  List<Found> found() {
    return found;
  }

  Map<String, Integer> corrected() {
    return corrected;
  }
}
