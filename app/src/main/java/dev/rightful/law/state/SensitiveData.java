package dev.rightful.law.state;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A state's sensitive-data rule: how processing is allowed ({@link SensitiveModel}), the types its
 * definition lists from when the law is in force, types an amendment adds from a later date, and
 * the section. Immutable.
 */
public record SensitiveData(
    SensitiveModel model,
    Set<SensitiveType> types,
    Map<SensitiveType, LocalDate> addedOn,
    String citation) {

  public SensitiveData {
    Objects.requireNonNull(model, "model");
    types = Collections.unmodifiableSet(EnumSet.copyOf(types));
    addedOn = Map.copyOf(addedOn);
    Statute.requireCitation(citation);
  }

  public SensitiveData(SensitiveModel model, Set<SensitiveType> types, String citation) {
    this(model, types, Map.of(), citation);
  }

  /** The types the definition lists on {@code date}. */
  public Set<SensitiveType> typesOn(LocalDate date) {
    Set<SensitiveType> on = EnumSet.copyOf(types);
    addedOn.forEach(
        (type, from) -> {
          if (!date.isBefore(from)) {
            on.add(type);
          }
        });
    return on;
  }
}
