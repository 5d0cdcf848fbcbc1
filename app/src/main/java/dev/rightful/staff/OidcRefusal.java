package dev.rightful.staff;

/**
 * A single sign-on that did not succeed: what the audit log records and what the person is told.
 * The audit detail holds no token, code or personal information.
 */
public final class OidcRefusal extends RuntimeException {
  private final int status;
  private final String title;
  private final String auditDetail;

  OidcRefusal(int status, String title, String message, String auditDetail) {
    super(message);
    this.status = status;
    this.title = title;
    this.auditDetail = auditDetail;
  }

  /** A sign-in refused because of what the provider sent or did not send (403). */
  static OidcRefusal refused(String message, String auditDetail) {
    return new OidcRefusal(403, "Single sign-on refused", message, auditDetail);
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** What the audit event's detail says, e.g. {@code method=oidc: wrong audience}. */
  public String auditDetail() {
    return "method=oidc: " + auditDetail;
  }
}
