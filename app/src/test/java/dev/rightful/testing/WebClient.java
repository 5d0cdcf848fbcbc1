package dev.rightful.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The one HTTP client of the tests: one "browser" without a browser, over {@code java.net.http}. It
 * keeps the cookies the server sets, posts forms URL-encoded or as multipart, sends JSON, carries a
 * page's {@code _csrf} field when asked, and does not follow redirects, so tests see them. Every
 * exchange with {@code /api/v1} is checked against the OpenAPI document ({@link ApiContract}). Not
 * thread-safe: one per simulated person.
 */
public final class WebClient {
  /** Where staff sign in: {@link #login} fills in its form. */
  public static final String LOGIN_PATH = "/admin/login";

  private final String origin;
  // One for all clients: it is thread-safe and keeps no cookies (each WebClient keeps its own).
  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final Map<String, String> cookies;
  private final boolean offContract;

  /** A client for the server at {@code origin}, such as {@code http://127.0.0.1:8080}. */
  public WebClient(String origin) {
    this(origin, new LinkedHashMap<>(), false);
  }

  private WebClient(String origin, Map<String, String> cookies, boolean offContract) {
    this.origin = origin;
    this.cookies = cookies;
    this.offContract = offContract;
  }

  /**
   * This client (its cookies shared) for requests whose JSON body is off the OpenAPI contract on
   * purpose, to see the server refuse it: the body must then break the document, and the answer
   * must still keep it ({@link ApiContract#checkOffContract}).
   */
  public WebClient unchecked() {
    return new WebClient(origin, cookies, true);
  }

  /** A client for {@code server}. */
  public static WebClient of(TestServer server) {
    return new WebClient(server.url(""));
  }

  public String url(String path) {
    return origin + path;
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  /** The page at {@code path}, parsed; fails unless it answers 200. */
  public Document page(String path) {
    HttpResponse<String> response = get(path);
    if (response.statusCode() != 200) {
      throw new AssertionError("GET " + path + " answered " + response.statusCode());
    }
    return Jsoup.parse(response.body());
  }

  /** GET with an {@code Authorization} header ({@code null} sends none). */
  public HttpResponse<String> bearer(String path, String authorization) {
    HttpRequest.Builder request = request(path).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return send(request);
  }

  public HttpResponse<String> post(String path, Map<String, String> form) {
    return post(path, form, Map.of());
  }

  /** Posts {@code form} URL-encoded, exactly as given, with extra {@code headers}. */
  public HttpResponse<String> post(
      String path, Map<String, String> form, Map<String, String> headers) {
    HttpRequest.Builder request = formRequest(path, encode(form));
    headers.forEach(request::header);
    return send(request);
  }

  /** Posts a body already URL-encoded, so that it may hold bytes that are not UTF-8. */
  public HttpResponse<String> postEncoded(String path, String encoded) {
    return send(formRequest(path, encoded));
  }

  /** Posts {@code form} URL-encoded, adding the {@code _csrf} of {@code page} when it has one. */
  public HttpResponse<String> submit(Document page, String path, Map<String, String> form) {
    Map<String, String> fields = new LinkedHashMap<>(form);
    var token = page.selectFirst("input[name=_csrf]");
    if (token != null) {
      fields.putIfAbsent("_csrf", token.val());
    }
    return post(path, fields);
  }

  /** Sends {@code json} with {@code method} (POST, PUT, PATCH…) as {@code application/json}. */
  public HttpResponse<String> sendJson(String method, String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json)),
        json);
  }

  /** Posts {@code form} as multipart/form-data, with {@code file} as the part {@code fileField}. */
  public HttpResponse<String> postMultipart(
      String path, Map<String, String> form, String fileField, byte[] file) {
    String boundary = "----rightful" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    form.forEach(
        (name, value) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + value
                        + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + fileField
                + "\"; filename=\"permission.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        request(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** Shows the staff sign-in form and submits it with its CSRF token, as a browser would. */
  public HttpResponse<String> login(String username, String password) {
    String csrf = csrf(get(LOGIN_PATH));
    return post(LOGIN_PATH, Map.of("_csrf", csrf, "username", username, "password", password));
  }

  /** The value of the page's hidden {@code _csrf} field. */
  public static String csrf(HttpResponse<String> page) {
    return Jsoup.parse(page.body()).selectFirst("input[name=_csrf]").attr("value");
  }

  public String cookie(String name) {
    return cookies.get(name);
  }

  public void setCookie(String name, String value) {
    cookies.put(name, value);
  }

  public void clearCookies() {
    cookies.clear();
  }

  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(url(path)));
  }

  /** Sends {@code request} with this client's cookies and keeps the ones the answer sets. */
  public HttpResponse<String> send(HttpRequest.Builder request) {
    return send(request, null);
  }

  private HttpResponse<String> send(HttpRequest.Builder request, String json) {
    if (!cookies.isEmpty()) {
      request.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; ")));
    }
    HttpResponse<String> response;
    HttpRequest built = request.build();
    try {
      response = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    for (String header : response.headers().allValues("Set-Cookie")) {
      String pair = header.split(";", 2)[0];
      int eq = pair.indexOf('=');
      String name = pair.substring(0, eq).strip();
      String value = pair.substring(eq + 1).strip();
      if (value.isEmpty() || header.contains("Max-Age=0")) {
        cookies.remove(name);
      } else {
        cookies.put(name, value);
      }
    }
    String body = json != null ? json : ApiContract.jsonBody(built);
    if (offContract) {
      ApiContract.get().checkOffContract(built.method(), built.uri(), body, response);
    } else {
      ApiContract.get().check(built.method(), built.uri(), body, response);
    }
    return response;
  }

  private HttpRequest.Builder formRequest(String path, String encoded) {
    return request(path)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(encoded));
  }

  private static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
