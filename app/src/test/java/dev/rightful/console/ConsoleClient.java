package dev.rightful.console;

import dev.rightful.testing.TestServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One signed-in "browser" against a {@link TestServer}: keeps cookies, carries the session's CSRF
 * token on the posts that should have it, and does not follow redirects, so tests see them.
 */
final class ConsoleClient {
  static final String PASSWORD = "correct horse battery";

  private final TestServer server;
  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private String csrf;

  private ConsoleClient(TestServer server) {
    this.server = server;
  }

  /** Signs {@code username} in through the form and keeps the console's CSRF token. */
  static ConsoleClient signIn(TestServer server, String username) {
    ConsoleClient client = new ConsoleClient(server);
    String loginToken = token(client.get("/admin/login"));
    HttpResponse<String> login =
        client.postWithout(
            "/admin/login",
            Map.of("_csrf", loginToken, "username", username, "password", PASSWORD));
    if (login.statusCode() != 303) {
      throw new IllegalStateException("sign-in failed: " + login.statusCode());
    }
    client.csrf = token(client.get("/admin"));
    return client;
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(server.url(path))).GET());
  }

  Document page(String path) {
    return Jsoup.parse(get(path).body());
  }

  /** Posts the form with the session's CSRF token, as the console's pages do. */
  HttpResponse<String> post(String path, Map<String, String> form) {
    Map<String, String> withToken = new LinkedHashMap<>(form);
    withToken.put("_csrf", csrf);
    return postWithout(path, withToken);
  }

  /**
   * Posts a body already URL-encoded, so that it may hold bytes that are not UTF-8, with the
   * session's CSRF token.
   */
  HttpResponse<String> postEncoded(String path, String encoded) {
    return send(
        HttpRequest.newBuilder(URI.create(server.url(path)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    encoded + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8))));
  }

  /** Posts the form exactly as given: no CSRF token unless it holds one. */
  HttpResponse<String> postWithout(String path, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(server.url(path)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static String token(HttpResponse<String> page) {
    return Jsoup.parse(page.body()).selectFirst("input[name=_csrf]").attr("value");
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    if (!cookies.isEmpty()) {
      request.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; ")));
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      for (String header : response.headers().allValues("Set-Cookie")) {
        String[] nameValue = header.split(";", 2)[0].split("=", 2);
        if (header.contains("Max-Age=0") || nameValue[1].isEmpty()) {
          cookies.remove(nameValue[0]);
        } else {
          cookies.put(nameValue[0], nameValue[1]);
        }
      }
      return response;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
