package dev.rightful.staff;

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

/**
 * A cookie-keeping HTTP client for one "browser" against a {@link ConsoleServer}. It does not
 * follow redirects, so tests see them.
 */
final class WebClient {
  private final ConsoleServer server;
  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final Map<String, String> cookies = new LinkedHashMap<>();

  WebClient(ConsoleServer server) {
    this.server = server;
  }

  HttpResponse<String> get(String path) {
    return get(path, Map.of());
  }

  HttpResponse<String> get(String path, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path))).GET();
    headers.forEach(request::header);
    return send(request);
  }

  HttpResponse<String> post(String path, Map<String, String> form) {
    return post(path, form, Map.of());
  }

  HttpResponse<String> post(String path, Map<String, String> form, Map<String, String> headers) {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.url(path)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return send(request);
  }

  HttpResponse<String> bearer(String path, String authorization) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path))).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return send(request);
  }

  /** Shows the sign-in form and submits it, as a browser would. */
  HttpResponse<String> login(String username, String password) {
    String csrf = csrf(get(StaffRoutes.LOGIN));
    return post(
        StaffRoutes.LOGIN, Map.of("_csrf", csrf, "username", username, "password", password));
  }

  /** The value of the page's hidden {@code _csrf} field. */
  static String csrf(HttpResponse<String> page) {
    return Jsoup.parse(page.body()).selectFirst("input[name=_csrf]").attr("value");
  }

  String cookie(String name) {
    return cookies.get(name);
  }

  void setCookie(String name, String value) {
    cookies.put(name, value);
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
