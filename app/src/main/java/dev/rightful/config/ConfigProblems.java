package dev.rightful.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Every configuration problem of one command run, collected so that one run reports them all
 * instead of one per run. Starts with the type problems of every option. Not thread-safe.
 */
public final class ConfigProblems {
  /* A set: a step that reads a badly typed option fails with the very message of its type check. */
  private final Set<String> problems = new LinkedHashSet<>();

  public ConfigProblems(Config config) {
    problems.addAll(config.problems());
  }

  /** Runs one step that reads settings; its value, or null and its problems recorded. */
  public <T> T check(Supplier<T> step) {
    try {
      return step.get();
    } catch (ConfigException e) {
      problems.addAll(e.problems());
      return null;
    }
  }

  public void add(String problem) {
    problems.add(problem);
  }

  /** Throws a {@link ConfigException} listing every problem recorded, if there is one. */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new ConfigException(new ArrayList<>(problems));
    }
  }
}
