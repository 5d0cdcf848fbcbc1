package dev.rightful.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import java.util.List;

/**
 * The problem-details body (RFC 9457) every API error uses, with {@code field} naming the input at
 * fault where there is one, and {@code errors} listing every field when several are wrong.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemJson(
    String type,
    String title,
    int status,
    String detail,
    String field,
    String instance,
    List<FieldProblem> errors) {

  /** One field's problem, when a request has several. */
  public record FieldProblem(String field, String detail) {}

  public static void send(Context ctx, int status, String title, String detail, String field) {
    send(ctx, status, title, detail, field, null);
  }

  public static void send(
      Context ctx,
      int status,
      String title,
      String detail,
      String field,
      List<FieldProblem> errors) {
    ProblemJson body =
        new ProblemJson("about:blank", title, status, detail, field, ctx.path(), errors);
    // ctx.json() would reset the content type to application/json
    ctx.status(status)
        .contentType("application/problem+json")
        .result(ctx.jsonMapper().toJsonString(body, ProblemJson.class));
  }
}
