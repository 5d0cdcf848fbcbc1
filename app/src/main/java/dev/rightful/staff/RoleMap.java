package dev.rightful.staff;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which values of the identity provider's roles claim grant which Rightful role, from text such as
 * {@code admin=privacy-admins,agent=privacy-agents}. Immutable.
 *
 * @param byValue the Rightful role each claim value grants
 */
public record RoleMap(Map<String, Role> byValue) {
  public RoleMap {
    byValue = Map.copyOf(byValue);
  }

  /**
   * Parses comma-separated {@code role=value} entries; a role may appear more than once.
   *
   * @throws IllegalArgumentException naming the first bad entry
   */
  public static RoleMap parse(String text) {
    Map<String, Role> map = new LinkedHashMap<>();
    for (String entry : text == null ? new String[0] : text.split(",")) {
      if (entry.isBlank()) {
        continue;
      }
      int eq = entry.indexOf('=');
      String value = eq < 0 ? "" : entry.substring(eq + 1).strip();
      if (eq < 0 || value.isEmpty()) {
        throw new IllegalArgumentException(
            "entry '" + entry.strip() + "' must be role=value, e.g. admin=privacy-admins");
      }
      Role role;
      try {
        role = Role.parse(entry.substring(0, eq));
      } catch (StaffException e) {
        throw new IllegalArgumentException("entry '" + entry.strip() + "': " + e.getMessage());
      }
      if (!role.canSignIn()) {
        throw new IllegalArgumentException(
            "entry '" + entry.strip() + "': role '" + role.key() + "' is for tokens only");
      }
      Role earlier = map.putIfAbsent(value, role);
      if (earlier != null && earlier != role) {
        throw new IllegalArgumentException(
            "value '" + value + "' is mapped to both " + earlier.key() + " and " + role.key());
      }
    }
    if (map.isEmpty()) {
      throw new IllegalArgumentException("maps no value to a role");
    }
    return new RoleMap(map);
  }

  /**
   * The role {@code values} grant: the widest (admin, then agent, then auditor) when they grant
   * several, so that one person in two groups is not refused; empty when they grant none.
   */
  public Optional<Role> grant(Collection<String> values) {
    return values.stream()
        .map(byValue::get)
        .filter(java.util.Objects::nonNull)
        .min(Comparator.comparingInt(Role::ordinal));
  }
}
