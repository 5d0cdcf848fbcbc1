package dev.rightful.web;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the hand-written OpenAPI 3.1 description of every JSON endpoint at {@code /openapi.json}
 * and Swagger UI at {@code /swagger}.
 */
public final class OpenApiRoutes {
  static final String SWAGGER_VERSION = "5.34.1";
  private final byte[] document = resource("/openapi.json");
  private final byte[] swaggerPage = resource("/web/swagger.html");

  public void register(RoutesConfig routes) {
    routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(document));
    routes.get("/swagger", ctx -> ctx.contentType("text/html; charset=utf-8").result(swaggerPage));
  }

  static byte[] resource(String name) {
    try (InputStream in = OpenApiRoutes.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
