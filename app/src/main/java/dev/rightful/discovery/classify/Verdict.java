package dev.rightful.discovery.classify;

import dev.rightful.law.Category;
import dev.rightful.law.SensitiveKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the classifier concludes about a column: its findings, strongest first. */
public record Verdict(List<Finding> findings) {
  /** The confidence from which a finding counts as personal information. */
  public static final double THRESHOLD = 0.5;

  public Verdict {
    findings = List.copyOf(findings);
  }

  public static Verdict none() {
    return new Verdict(List.of());
  }

  public boolean personal() {
    return !counted().isEmpty();
  }

  /** The findings at or above the threshold. */
  public List<Finding> counted() {
    return findings.stream().filter(f -> f.confidence() >= THRESHOLD).toList();
  }

  public Optional<Finding> main() {
    return counted().stream().findFirst();
  }

  public double confidence() {
    return main().map(Finding::confidence).orElse(0.0);
  }

  /** The categories of every counted finding. */
  public Set<Category> categories() {
    Set<Category> all = EnumSet.noneOf(Category.class);
    counted().forEach(f -> all.addAll(f.kind().categories()));
    return all;
  }

  /** The sensitive kind of the strongest finding that has one, or null. */
  public SensitiveKind sensitive() {
    return counted().stream()
        .map(f -> f.kind().sensitive())
        .filter(s -> s != null)
        .findFirst()
        .orElse(null);
  }

  /** The identity of the main finding when it is the column's whole value, or null. */
  public String identity() {
    return main().filter(f -> !f.embedded()).map(f -> f.kind().identity()).orElse(null);
  }
}
