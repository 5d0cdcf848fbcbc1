package dev.rightful.fulfil;

import dev.rightful.staff.Authenticator;
import dev.rightful.staff.Role;
import dev.rightful.web.ApiProblem;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/v1/suppression/check?email=…|phone=…}: whether a contact is on the suppression
 * list, for imports and marketing tools holding a staff API token. Answers only yes or no.
 */
public final class SuppressionRoutes {
  private final SuppressionList list;
  private final Authenticator staff;

  public SuppressionRoutes(SuppressionList list, Authenticator staff) {
    this.list = list;
    this.staff = staff;
  }

  public void register(RoutesConfig routes) {
    routes.get("/api/v1/suppression/check", this::check);
  }

  private void check(Context ctx) {
    staff.require(ctx, Role.ADMIN, Role.AGENT);
    String email = ctx.queryParam("email");
    String phone = ctx.queryParam("phone");
    if ((email == null || email.isBlank()) && (phone == null || phone.isBlank())) {
      throw ApiProblem.badRequest("email", "give an email or a phone to check");
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put(
        "suppressed",
        (email != null && !email.isBlank() && list.containsEmail(email))
            || (phone != null && !phone.isBlank() && list.containsPhone(phone)));
    ctx.json(answer);
  }
}
