package dev.rightful.consent;

import dev.rightful.datamap.DataMap;
import dev.rightful.store.Database;
import dev.rightful.testing.ApiContract;
import dev.rightful.testing.TestClock;
import dev.rightful.web.ApiProblem;
import dev.rightful.web.Json;
import dev.rightful.web.ProblemJson;
import dev.rightful.web.SecurityHeaders;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The consent routes on a Javalin configured as {@code WebApp} configures Rightful's (security
 * headers, JSON mapper, problem details), with an H2 database, until the routes are wired into
 * {@code WebApp} itself. Service calls authenticate with {@link #TOKEN}, which holds every scope,
 * or {@link #DECISIONS_TOKEN}, which reads decisions only.
 */
final class ConsentTestServer implements AutoCloseable {
  static final String TOKEN = "test-service-token";
  static final String DECISIONS_TOKEN = "test-ad-server-token";
  static final String TOKEN_NAME = "token:1";

  final Database database;
  final ConsentModule module;
  final Javalin web;
  final HttpClient client =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  ConsentTestServer(DataMap map, TestClock clock, Set<String> origins) {
    this(map, clock, origins, 0);
  }

  /** A server whose {@code /consent.js} reports {@code cmpId}. */
  ConsentTestServer(DataMap map, TestClock clock, Set<String> origins, int cmpId) {
    database = TestDatabases.open("h2", null);
    module =
        ConsentModule.create(
            new ConsentModule.Config(
                map,
                database,
                clock,
                TestDatabases.secret(),
                null,
                ConsentTestServer::client,
                new Outbox(),
                null,
                origins,
                false,
                false,
                Duration.ofSeconds(30),
                10_000,
                null,
                null,
                cmpId));
    SecurityHeaders headers = new SecurityHeaders(false);
    web =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  config.jsonMapper(new JavalinJackson(Json.mapper(), false));
                  config.routes.before(headers::apply);
                  module.register(config);
                  config.routes.exception(
                      ApiProblem.class,
                      (e, ctx) ->
                          ProblemJson.send(ctx, e.status(), e.title(), e.getMessage(), e.field()));
                })
            .start("127.0.0.1", 0);
  }

  private static Optional<ServiceClient> client(Context ctx) {
    String header = ctx.header("Authorization");
    if (("Bearer " + TOKEN).equals(header)) {
      return Optional.of(new ServiceClient(TOKEN_NAME, EnumSet.allOf(ServiceScope.class)));
    }
    if (("Bearer " + DECISIONS_TOKEN).equals(header)) {
      return Optional.of(new ServiceClient("token:2", Set.of(ServiceScope.DECISIONS)));
    }
    return Optional.empty();
  }

  String url(String path) {
    return "http://localhost:" + web.port() + path;
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    return send(request, false);
  }

  /** Sends a request whose JSON body is off the OpenAPI contract on purpose. */
  HttpResponse<String> sendOffContract(HttpRequest.Builder request) {
    return send(request, true);
  }

  private HttpResponse<String> send(HttpRequest.Builder request, boolean offContract) {
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return offContract ? ApiContract.checkedOffContract(response) : ApiContract.checked(response);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(url(path)));
  }

  HttpRequest.Builder service(String path) {
    return request(path).header("Authorization", "Bearer " + TOKEN);
  }

  @Override
  public void close() {
    web.stop();
    module.close();
    database.close();
  }
}
