package dev.rightful.law.state;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A state's sensitive-data rule: how processing is allowed ({@link SensitiveModel}), the types its
 * definition lists from when the law is in force, types an amendment adds from a later date, the
 * section, and the exact sentences a controller that sells sensitive or biometric data must print
 * beside its privacy notice (null where the state requires none). Immutable.
 */
public record SensitiveData(
    SensitiveModel model,
    Set<SensitiveType> types,
    Map<SensitiveType, LocalDate> addedOn,
    String citation,
    String saleNotice,
    String biometricSaleNotice) {

  public SensitiveData {
    Objects.requireNonNull(model, "model");
    types = Collections.unmodifiableSet(EnumSet.copyOf(types));
    addedOn = Map.copyOf(addedOn);
    Statute.requireCitation(citation);
  }

  public SensitiveData(
      SensitiveModel model,
      Set<SensitiveType> types,
      Map<SensitiveType, LocalDate> addedOn,
      String citation) {
    this(model, types, addedOn, citation, null, null);
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

  /**
   * The notices to print where the controller sells sensitive data, and biometric data among it
   * (Tex. Bus. &amp; Com. Code § 541.102(b)–(c)); empty in states that require none.
   */
  public List<String> saleNotices(boolean sellsSensitive, boolean sellsBiometric) {
    List<String> notices = new ArrayList<>();
    if (sellsSensitive && saleNotice != null) {
      notices.add(saleNotice);
    }
    if (sellsSensitive && sellsBiometric && biometricSaleNotice != null) {
      notices.add(biometricSaleNotice);
    }
    return List.copyOf(notices);
  }
}
