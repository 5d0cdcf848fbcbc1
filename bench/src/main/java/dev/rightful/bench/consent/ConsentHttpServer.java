package dev.rightful.bench.consent;

import dev.rightful.consent.ConsentModule;
import dev.rightful.staff.AuditSink;
import dev.rightful.staff.Role;
import dev.rightful.staff.Staff;
import dev.rightful.store.Database;
import dev.rightful.web.Json;
import dev.rightful.web.SecurityHeaders;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.time.Clock;

/**
 * The server for {@code bench/consent-http.sh}: the consent routes on a Javalin configured as
 * {@code WebApp} configures Rightful's (security headers on every response, the API's JSON mapper),
 * plus the baseline {@code GET /bare}, which answers a fixed body like {@code /healthz}, on the
 * same server. The ledger holds {@code known} subjects ({@link ConsentBench}); decisions are
 * authenticated by a real {@code service} staff token, printed on start-up for the load script.
 * {@code java -cp bench/target/benchmarks.jar dev.rightful.bench.consent.ConsentHttpServer PORT
 * [KNOWN]}.
 */
public final class ConsentHttpServer {
  private ConsentHttpServer() {}

  public static void main(String[] args) {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8098;
    int known = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    Database database = ConsentBench.database();
    Staff staff = Staff.create(database.jdbi(), Clock.systemUTC(), AuditSink.NONE);
    String token = staff.tokens().issue(Role.SERVICE, "bench", null, "bench").secret();
    ConsentModule module = ConsentBench.module(database, ConsentBench.auth(staff), null);
    ConsentBench.populate(module.service(), known);
    SecurityHeaders headers = new SecurityHeaders(false);
    Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.jsonMapper(new JavalinJackson(Json.mapper(), false));
              config.routes.before(headers::apply);
              config.routes.get(
                  "/bare",
                  ctx -> ctx.contentType("application/json").result("{\"status\":\"UP\"}"));
              module.register(config);
            })
        .start("127.0.0.1", port);
    System.out.println("token " + token);
    System.out.println("ready: " + known + " known subjects");
  }
}
