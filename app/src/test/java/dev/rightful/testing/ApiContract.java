package dev.rightful.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The OpenAPI document ({@code openapi.json}) as a contract every API call of the tests keeps:
 * {@link WebClient} and {@link TestServer} hand it each exchange with {@code /api/v1}, and a status
 * the operation does not list, or a JSON body its schema does not admit, fails the test with an
 * {@link AssertionError} naming the operation and the JSON path at fault. So the document cannot
 * drift from the server without the build noticing.
 *
 * <p>Schemas are checked with networknt's validator in its OpenAPI 3.1 dialect (JSON Schema
 * 2020-12), with the document registered under one URI so every {@code $ref} resolves inside it.
 * Atlassian's swagger-request-validator reads OpenAPI 3.0 only.
 *
 * <p>Every JSON request body is checked, whatever the server answered: a test cannot send an
 * off-contract body by accident, and a 400 caused by a typo in a test is not mistaken for the
 * server refusing bad input. A test that sends a body off the contract on purpose (to see the
 * server refuse it) says so: {@link WebClient#unchecked()}, {@link TestServer#sendOffContract} or
 * {@link #checkedOffContract}; the contract then requires that the body really breaks the document,
 * so a mark cannot hide a body that has become valid. Thread-safe.
 */
public final class ApiContract {
  /** The path prefix of the API the document describes and this contract checks. */
  public static final String API = "/api/v1/";

  // Routes a test adds to its own server, under /api/v1 so they get the API's error handling; they
  // are not Rightful's API and not in the document.
  private static final java.util.Set<String> TEST_ROUTES = java.util.Set.of("/api/v1/staff/whoami");

  private static final String DOCUMENT_URI = "https://rightful.invalid/openapi.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  // Answers the HTTP shell gives on any route (WebApp's body rules, rate limits, outages), as
  // problem details; an operation need not repeat them.
  private static final Set<Integer> SHELL_STATUSES = Set.of(405, 406, 413, 415, 429, 500, 503);
  private static final ApiContract INSTANCE = load();

  private final JsonNode document;
  private final SchemaRegistry registry;
  private final List<Route> routes = new ArrayList<>();
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  private record Route(Pattern pattern, String template) {}

  private ApiContract(String text) throws JsonProcessingException {
    this.document = JSON.readTree(text);
    this.registry =
        SchemaRegistry.withDefaultDialect(
            Dialects.getOpenApi31(), builder -> builder.schemas(Map.of(DOCUMENT_URI, text)));
    for (Iterator<String> it = document.path("paths").fieldNames(); it.hasNext(); ) {
      String template = it.next();
      String regex = Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
      routes.add(new Route(Pattern.compile(regex), template));
    }
  }

  /** The contract of {@code openapi.json} on the test class path (the one the server serves). */
  public static ApiContract get() {
    return INSTANCE;
  }

  /** A contract over another document's {@code text}: for tests of the contract itself. */
  static ApiContract of(String text) {
    try {
      return new ApiContract(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static ApiContract load() {
    try (InputStream in = ApiContract.class.getResourceAsStream("/openapi.json")) {
      return new ApiContract(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks one exchange: {@code requestJson} (null when the body was not JSON or not known) against
   * the operation's request body, and the response's status and JSON body against the operation's
   * responses. Calls outside {@link #API} pass unchecked.
   */
  public void check(String method, URI uri, String requestJson, HttpResponse<String> response) {
    check(
        method,
        uri,
        requestJson,
        false,
        response.statusCode(),
        contentType(response),
        response.body());
  }

  /**
   * Checks an exchange whose request body a test sent off the contract on purpose: the body must
   * break the document (or not be JSON), and the answer must keep it.
   */
  public void checkOffContract(
      String method, URI uri, String requestJson, HttpResponse<String> response) {
    check(
        method,
        uri,
        requestJson,
        true,
        response.statusCode(),
        contentType(response),
        response.body());
  }

  /** Checks an exchange whose answer was read as bytes (a download may be a zip, not text). */
  public void check(HttpRequest request, HttpResponse<byte[]> response) {
    check(
        request.method(),
        request.uri(),
        jsonBody(request),
        false,
        response.statusCode(),
        contentType(response),
        new String(response.body(), StandardCharsets.UTF_8));
  }

  /**
   * Checks {@code response} (read as a string or as bytes) against the document, by the request it
   * answers, and returns it: for tests that send with their own {@code HttpClient}.
   */
  public static <T> HttpResponse<T> checked(HttpResponse<T> response) {
    return checked(response, false);
  }

  /** As {@link #checked}, for a request whose body a test sent off the contract on purpose. */
  public static <T> HttpResponse<T> checkedOffContract(HttpResponse<T> response) {
    return checked(response, true);
  }

  private static <T> HttpResponse<T> checked(HttpResponse<T> response, boolean offContract) {
    HttpRequest request = response.request();
    String body =
        response.body() instanceof byte[] bytes
            ? new String(bytes, StandardCharsets.UTF_8)
            : response.body() instanceof String text ? text : null;
    if (body != null) {
      get()
          .check(
              request.method(),
              request.uri(),
              jsonBody(request),
              offContract,
              response.statusCode(),
              contentType(response),
              body);
    }
    return response;
  }

  /**
   * The body of {@code request} when it is sent as JSON, read back from its publisher (which
   * publishes again for each subscriber); null for none or another type.
   */
  public static String jsonBody(HttpRequest request) {
    String type = request.headers().firstValue("Content-Type").orElse("");
    if (!type.startsWith("application/json") || request.bodyPublisher().isEmpty()) {
      return null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CompletableFuture<Void> done = new CompletableFuture<>();
    request
        .bodyPublisher()
        .get()
        .subscribe(
            new Flow.Subscriber<ByteBuffer>() {
              @Override
              public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
              }

              @Override
              public void onNext(ByteBuffer item) {
                byte[] bytes = new byte[item.remaining()];
                item.get(bytes);
                out.write(bytes, 0, bytes.length);
              }

              @Override
              public void onError(Throwable error) {
                done.completeExceptionally(error);
              }

              @Override
              public void onComplete() {
                done.complete(null);
              }
            });
    try {
      done.get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the request body back", e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String contentType(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Type").orElse("").split(";", 2)[0].strip();
  }

  private void check(
      String method,
      URI uri,
      String requestJson,
      boolean offContract,
      int status,
      String contentType,
      String body) {
    String path = uri.getRawPath();
    if (!path.startsWith(API) || TEST_ROUTES.contains(path)) {
      return;
    }
    String verb = method.toLowerCase(java.util.Locale.ROOT);
    String name = method + " " + path;
    JsonNode operation =
        template(path)
            .map(t -> document.path("paths").path(t).path(verb))
            .filter(JsonNode::isObject)
            .orElse(null);
    if (operation == null) {
      // An undocumented path may only be refused as not found, with a problem.
      if (status == 404 && contentType.equals("application/problem+json")) {
        validate(name + " 404", "/components/schemas/Problem", body);
        return;
      }
      throw new AssertionError(
          "the OpenAPI document has no " + name + ", which answered " + status);
    }
    String pointer = "/paths/" + escape(template(path).orElseThrow()) + "/" + verb;
    JsonNode requestContent =
        operation.path("requestBody").path("content").path("application/json");
    String requestPointer = pointer + "/requestBody/content/application~1json/schema";
    if (offContract) {
      if (requestJson == null) {
        throw new AssertionError(name + " is marked off-contract but sent no JSON body");
      }
      if (requestContent.has("schema") && breaks(requestPointer, requestJson).isEmpty()) {
        throw new AssertionError(
            name
                + " is marked off-contract, but its body keeps the OpenAPI document: send it"
                + " checked. body: "
                + requestJson);
      }
    } else if (requestJson != null && requestContent.has("schema")) {
      validate(name + " request", requestPointer, requestJson);
    }
    String code = String.valueOf(status);
    JsonNode responses = operation.path("responses");
    String key =
        responses.has(code)
            ? code
            : responses.has(status / 100 + "XX")
                ? status / 100 + "XX"
                : responses.has("default") ? "default" : null;
    if (key == null) {
      if (SHELL_STATUSES.contains(status) && contentType.equals("application/problem+json")) {
        validate(name + " " + status, "/components/schemas/Problem", body);
        return;
      }
      throw new AssertionError(
          name + " answered " + status + ", which the OpenAPI document does not list: " + body);
    }
    JsonNode content = responses.path(key).path("content");
    if (!content.isObject() || content.isEmpty()) {
      return;
    }
    if (!content.has(contentType)) {
      throw new AssertionError(
          name
              + " answered "
              + status
              + " as '"
              + contentType
              + "'; the OpenAPI document lists "
              + iterate(content.fieldNames()));
    }
    if (contentType.endsWith("json") && content.path(contentType).has("schema")) {
      validate(
          name + " " + status,
          pointer + "/responses/" + key + "/content/" + escape(contentType) + "/schema",
          body);
    }
  }

  /** What is wrong with {@code body} by the schema at {@code pointer}; empty when nothing. */
  private List<String> breaks(String pointer, String body) {
    JsonNode json;
    try {
      json = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      return List.of("not JSON");
    }
    if (json == null) {
      return List.of("empty");
    }
    return schema(pointer).validate(json).stream().map(Object::toString).toList();
  }

  private Schema schema(String pointer) {
    return schemas.computeIfAbsent(
        pointer, p -> registry.getSchema(SchemaLocation.of(DOCUMENT_URI + "#" + p)));
  }

  private void validate(String what, String pointer, String body) {
    Schema schema =
        schemas.computeIfAbsent(
            pointer, p -> registry.getSchema(SchemaLocation.of(DOCUMENT_URI + "#" + p)));
    List<Error> errors;
    try {
      errors = schema.validate(JSON.readTree(body));
    } catch (JsonProcessingException e) {
      throw new AssertionError(what + " is not JSON: " + body, e);
    }
    if (!errors.isEmpty()) {
      throw new AssertionError(
          what + " breaks the OpenAPI document (" + pointer + "): " + errors + "\nbody: " + body);
    }
  }

  private Optional<String> template(String path) {
    // A literal path wins over a template (/api/v1/requests.csv over /api/v1/requests/{id}).
    Optional<String> literal =
        routes.stream().map(Route::template).filter(path::equals).findFirst();
    if (literal.isPresent()) {
      return literal;
    }
    return routes.stream()
        .filter(r -> r.pattern().matcher(path).matches())
        .map(Route::template)
        .findFirst();
  }

  private static String escape(String pointerToken) {
    return pointerToken.replace("~", "~0").replace("/", "~1");
  }

  private static List<String> iterate(Iterator<String> names) {
    List<String> list = new ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
  }
}
