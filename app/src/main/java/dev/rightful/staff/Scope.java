package dev.rightful.staff;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a machine client's token (role {@link Role#SERVICE}) may do: on the consent API, ad systems
 * get {@link #CONSENT_DECISIONS} alone and only the systems that record a consumer's choices get
 * {@link #CONSENT_WRITE}; a monitoring system gets {@link #METRICS_READ}. docs/staff-access.md
 * lists the routes of each.
 */
public enum Scope {
  /** Read decisions and GPP strings: what an ad or marketing system asks on every page view. */
  CONSENT_DECISIONS("consent:decisions"),
  /**
   * Record choices, links, ages and parental consents, read a subject's history and work the
   * propagation tasks.
   */
  CONSENT_WRITE("consent:write"),
  /** Scrape {@code GET /metrics}: counts and timings, never personal information. */
  METRICS_READ("metrics:read");

  private final String key;

  Scope(String key) {
    this.key = key;
  }

  /** The name used in the database, the CLI, the OpenAPI document and the docs. */
  public String key() {
    return key;
  }

  /**
   * The scopes a token of {@code role} gets when none are named: decisions alone for a service
   * token (what every service token had before scopes existed), none for a person's role.
   */
  public static Set<Scope> defaultsFor(Role role) {
    return role == Role.SERVICE ? EnumSet.of(CONSENT_DECISIONS) : EnumSet.noneOf(Scope.class);
  }

  /** The scope named {@code text} (any case), or a {@link StaffException} listing the choices. */
  public static Scope parse(String text) {
    String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    for (Scope scope : values()) {
      if (scope.key.equals(wanted)) {
        return scope;
      }
    }
    throw new StaffException(
        "unknown scope '"
            + text
            + "': use one of "
            + Arrays.stream(values()).map(Scope::key).collect(Collectors.joining(", ")));
  }

  /** The stored form: keys separated by spaces, in declaration order (as OAuth writes scopes). */
  static String join(Set<Scope> scopes) {
    return scopes.stream().sorted().map(Scope::key).collect(Collectors.joining(" "));
  }

  /** The scopes of a stored value; blank is none. */
  static Set<Scope> split(String stored) {
    Set<Scope> out = EnumSet.noneOf(Scope.class);
    if (stored != null) {
      for (String key : stored.trim().split("\\s+")) {
        if (!key.isEmpty()) {
          out.add(parse(key));
        }
      }
    }
    return out;
  }
}
