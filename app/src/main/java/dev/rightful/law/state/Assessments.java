package dev.rightful.law.state;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A state's data protection assessment duty: the processing that triggers one (none where the state
 * requires none), a note on a condition or extra duty (may be null), and the section. Immutable.
 */
public record Assessments(Set<AssessmentTrigger> triggers, String note, String citation) {
  public Assessments {
    triggers =
        Collections.unmodifiableSet(
            triggers.isEmpty()
                ? EnumSet.noneOf(AssessmentTrigger.class)
                : EnumSet.copyOf(triggers));
    Statute.requireCitation(citation);
  }

  public boolean required() {
    return !triggers.isEmpty();
  }

  /** The triggers among the processing the controller does. */
  public Set<AssessmentTrigger> triggeredBy(Collection<AssessmentTrigger> processing) {
    Set<AssessmentTrigger> hit = EnumSet.noneOf(AssessmentTrigger.class);
    processing.stream().filter(triggers::contains).forEach(hit::add);
    return hit;
  }
}
