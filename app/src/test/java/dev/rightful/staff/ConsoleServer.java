package dev.rightful.staff;

import dev.rightful.staff.internal.Secrets;
import dev.rightful.testing.WebClient;
import dev.rightful.web.ApiProblem;
import dev.rightful.web.SecurityHeaders;
import io.javalin.Javalin;
import java.util.List;
import java.util.Map;

/**
 * Javalin on a free port with the staff routes, the security headers, the API problem mapping the
 * real app uses, and one staff API route for the authenticator: {@code GET /api/v1/staff/whoami}
 * (admin or agent).
 */
final class ConsoleServer implements AutoCloseable {
  static final String WHOAMI = "/api/v1/staff/whoami";

  final TestStaff staff;
  private final Javalin app;

  private ConsoleServer(TestStaff staff, Javalin app) {
    this.staff = staff;
    this.app = app;
  }

  static ConsoleServer start(boolean https) {
    TestStaff staff = TestStaff.h2();
    Javalin app =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  config.routes.before(new SecurityHeaders(https)::apply);
                  new StaffRoutes(
                          staff.staff(),
                          List.of(Secrets.randomBytes(32)),
                          staff.clock(),
                          https,
                          false,
                          null)
                      .register(config.routes);
                  config.routes.get(
                      WHOAMI,
                      ctx -> {
                        Principal principal =
                            staff.staff().authenticator().require(ctx, Role.ADMIN, Role.AGENT);
                        ctx.json(Map.of("name", principal.name(), "role", principal.role().key()));
                      });
                  config.routes.exception(
                      ApiProblem.class,
                      (e, ctx) ->
                          ctx.status(e.status())
                              .json(Map.of("title", e.title(), "detail", e.getMessage())));
                })
            .start("127.0.0.1", 0);
    return new ConsoleServer(staff, app);
  }

  String url(String path) {
    return "http://127.0.0.1:" + app.port() + path;
  }

  WebClient client() {
    return new WebClient(url(""));
  }

  @Override
  public void close() {
    app.stop();
    staff.close();
  }
}
