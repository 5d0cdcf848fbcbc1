package dev.rightful.staff;

/**
 * A staff-access operation refused for a reason the caller can fix, such as a weak password, a
 * taken username or an unknown role. The message is safe to show: it never holds a secret.
 */
public class StaffException extends RuntimeException {
  public StaffException(String message) {
    super(message);
  }
}
