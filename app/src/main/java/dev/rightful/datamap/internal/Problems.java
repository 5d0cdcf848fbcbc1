package dev.rightful.datamap.internal;

import dev.rightful.datamap.Location;
import dev.rightful.datamap.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects problems while a map is read, so that one run reports all of them. Not thread-safe. */
public final class Problems {
  private final List<Problem> found = new ArrayList<>();

  public void error(Location location, String message) {
    found.add(Problem.error(location, message));
  }

  public void add(Problem problem) {
    found.add(problem);
  }

  /** How many problems were found so far, to tell whether a step added any. */
  public int count() {
    return found.size();
  }

  public boolean hasErrors() {
    return found.stream().anyMatch(Problem::isError);
  }

  /** The problems in file, line and column order. */
  public List<Problem> sorted() {
    return found.stream()
        .sorted(
            Comparator.comparing((Problem p) -> p.location().file().toString())
                .thenComparingInt(p -> p.location().line())
                .thenComparingInt(p -> p.location().column()))
        .toList();
  }
}
