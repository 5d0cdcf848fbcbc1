package dev.rightful.staff;

/**
 * Who is making a request and with which role: a signed-in user (name is the username) or a bearer
 * token (name is {@code token:ID}). Audit events name principals this way.
 */
public record Principal(String name, Role role) {
  /** Whether the role is one of {@code allowed}. */
  public boolean hasAnyRole(Role... allowed) {
    for (Role candidate : allowed) {
      if (candidate == role) {
        return true;
      }
    }
    return false;
  }
}
