package dev.rightful.bench;

import io.javalin.Javalin;

/**
 * The baseline for start-up and HTTP benchmarks: a bare Javalin server with one endpoint, no
 * database and no data map. {@code java -cp bench/target/benchmarks.jar
 * dev.rightful.bench.BareServer PORT}.
 */
public final class BareServer {
  private BareServer() {}

  public static void main(String[] args) {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8099;
    Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.routes.get("/healthz", ctx -> ctx.result("{\"status\":\"UP\"}"));
            })
        .start("127.0.0.1", port);
  }
}
