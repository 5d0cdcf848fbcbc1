package dev.rightful.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;

/**
 * The problem-details body (RFC 9457) every API error uses, with {@code field} naming the input at
 * fault where there is one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemJson(
    String type, String title, int status, String detail, String field, String instance) {

  static void send(Context ctx, int status, String title, String detail, String field) {
    ctx.status(status)
        .contentType("application/problem+json")
        .json(new ProblemJson("about:blank", title, status, detail, field, ctx.path()));
  }
}
