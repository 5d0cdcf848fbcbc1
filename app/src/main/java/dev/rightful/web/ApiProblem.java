package dev.rightful.web;

/**
 * A failure an API handler signals by throwing; rendered as RFC 9457 problem details naming the
 * field at fault.
 */
public class ApiProblem extends RuntimeException {
  private final int status;
  private final String title;
  private final String field;

  public ApiProblem(int status, String title, String detail, String field) {
    super(detail);
    this.status = status;
    this.title = title;
    this.field = field;
  }

  public static ApiProblem badRequest(String field, String detail) {
    return new ApiProblem(400, "Invalid request", detail, field);
  }

  public static ApiProblem notFound(String detail) {
    return new ApiProblem(404, "Not found", detail, null);
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String field() {
    return field;
  }
}
