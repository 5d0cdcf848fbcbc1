package dev.rightful.staff;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a member of staff or a machine client may do. {@link #ADMIN}, {@link #AGENT} and {@link
 * #AUDITOR} are people who sign in to the console; {@link #SERVICE} is for machine clients and
 * exists only on bearer tokens. docs/staff-access.md lists what each may do.
 */
public enum Role {
  /** Everything, including staff accounts and tokens. */
  ADMIN,
  /** Works the queue of consumers' requests. */
  AGENT,
  /** Reads requests, the audit log and reports; changes nothing. */
  AUDITOR,
  /**
   * A machine client of the consent API, such as an ad system; its token's {@link Scope}s say what
   * it may do there. Tokens only.
   */
  SERVICE;

  /** The lower-case name used in the database, the CLI and the docs. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether a person with this role can have a console account. */
  public boolean canSignIn() {
    return this != SERVICE;
  }

  /** The role named {@code text} (any case), or a {@link StaffException} listing the choices. */
  public static Role parse(String text) {
    for (Role role : values()) {
      if (role.key().equalsIgnoreCase(text == null ? "" : text.strip())) {
        return role;
      }
    }
    throw new StaffException(
        "unknown role '"
            + text
            + "': use one of "
            + Arrays.stream(values()).map(Role::key).collect(Collectors.joining(", ")));
  }
}
