package dev.rightful.journeys;

import dev.rightful.testing.TestServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Someone using Rightful's pages without a browser (a member of staff at the console, a consumer
 * following a mailed link): keeps the cookies the pages set and posts their forms with the CSRF
 * token the page carried, over {@link TestServer#send}. Redirects are not followed, so a journey
 * sees where a form sends it.
 */
final class Visitor {
  private final TestServer server;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  Visitor(TestServer server) {
    this.server = server;
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(server.url(path))).GET());
  }

  Document page(String path) {
    HttpResponse<String> response = get(path);
    if (response.statusCode() != 200) {
      throw new AssertionError("GET " + path + " answered " + response.statusCode());
    }
    return Jsoup.parse(response.body());
  }

  /** Posts {@code form} URL-encoded, adding the {@code _csrf} of {@code page} when it has one. */
  HttpResponse<String> submit(Document page, String path, Map<String, String> form) {
    Map<String, String> fields = new LinkedHashMap<>(form);
    var token = page.selectFirst("input[name=_csrf]");
    if (token != null) {
      fields.putIfAbsent("_csrf", token.val());
    }
    String body =
        fields.entrySet().stream()
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

  private HttpResponse<String> send(HttpRequest.Builder request) {
    if (!cookies.isEmpty()) {
      request.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; ")));
    }
    HttpResponse<String> response = server.send(request.build());
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
    return response;
  }
}
