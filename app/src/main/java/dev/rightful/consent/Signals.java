package dev.rightful.consent;

import io.javalin.http.Context;

/** Reads opt-out preference signals from requests. Do Not Track is deliberately not one. */
final class Signals {
  private Signals() {}

  /**
   * Whether the request carries {@code Sec-GPC: 1} (7025(b)). {@code DNT} is not read: the notice
   * says Do Not Track is not honored (Bus. &amp; Prof. Code 22575(b)(5)).
   */
  static boolean headerSignal(Context ctx) {
    String value = ctx.header("Sec-GPC");
    return value != null && value.strip().equals("1");
  }

  static ChoiceContext context(Context ctx, String page, String detail) {
    return new ChoiceContext(ChoiceSource.GPC, page, ctx.userAgent(), detail);
  }
}
