package dev.rightful.fulfil;

import dev.rightful.requests.Subject;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The identifiers a verified consumer is located by, grouped by identity kind ({@code email},
 * {@code phone}, {@code customer-id}, {@code device-id}). Immutable and thread-safe.
 */
public record Identity(Map<String, Set<Object>> values) {

  public Identity {
    Map<String, Set<Object>> copy = new LinkedHashMap<>();
    values.forEach((kind, set) -> copy.put(kind, Set.copyOf(new LinkedHashSet<>(set))));
    values = Map.copyOf(copy);
  }

  /** The identifiers a request's subject gives: email, phone and account id when present. */
  public static Identity of(Subject subject) {
    Map<String, Set<Object>> values = new LinkedHashMap<>();
    put(values, "email", subject.email());
    put(values, "phone", subject.phone());
    put(values, "customer-id", subject.accountId());
    return new Identity(values);
  }

  private static void put(Map<String, Set<Object>> values, String kind, String value) {
    if (value != null && !value.isBlank()) {
      values.put(kind, Set.of(value.strip()));
    }
  }

  public Set<Object> get(String kind) {
    return values.getOrDefault(kind, Set.of());
  }

  @Override
  public String toString() {
    // Identifiers are personal information: keep them out of logs.
    return "Identity" + values.keySet();
  }
}
