package dev.rightful.datamap;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a data map has errors; carries every problem found, not only the first. */
public final class DataMapException extends RuntimeException {
  private final List<Problem> problems;

  public DataMapException(List<Problem> problems) {
    super(
        problems.stream()
            .filter(Problem::isError)
            .map(Problem::format)
            .collect(Collectors.joining(System.lineSeparator())));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
