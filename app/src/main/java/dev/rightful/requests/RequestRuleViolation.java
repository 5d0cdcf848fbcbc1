package dev.rightful.requests;

/**
 * Thrown when an action breaks a rule of the lifecycle or the law (an extension after day 45, a
 * denial without a basis…); names the input at fault. Nothing is changed.
 */
public final class RequestRuleViolation extends RuntimeException {
  private final String field;

  public RequestRuleViolation(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
