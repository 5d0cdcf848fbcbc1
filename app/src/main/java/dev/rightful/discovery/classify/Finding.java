package dev.rightful.discovery.classify;

import java.util.List;

/**
 * One kind of personal information the classifier found in a column, with its confidence (0 to 1)
 * and evidence. {@code embedded} when it was found inside free text or JSON rather than as the
 * column's whole value.
 */
public record Finding(PiKind kind, double confidence, List<Evidence> evidence, boolean embedded) {
  public Finding {
    evidence = List.copyOf(evidence);
  }

  /** Whether the values themselves, as a whole, bear the kind out (not only the column's name). */
  public boolean fromValues() {
    return !embedded && evidence.stream().anyMatch(e -> e.source() == Evidence.Source.VALUES);
  }
}
