package dev.rightful.center;

import dev.rightful.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;

/**
 * One "browser" against the privacy center: keeps its cookies, posts forms URL-encoded or as
 * multipart with a file, and does not follow redirects, so tests see them.
 */
final class CenterClient {
  private final TestServer server;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  CenterClient(TestServer server) {
    this.server = server;
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(server.url(path))).GET());
  }

  HttpResponse<String> post(String path, Map<String, String> form) {
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

  /** Posts a body already URL-encoded, so that it may hold bytes that are not UTF-8. */
  HttpResponse<String> postEncoded(String path, String encoded) {
    return send(
        HttpRequest.newBuilder(URI.create(server.url(path)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encoded)));
  }

  /** Posts {@code form} as multipart/form-data, with {@code file} as the part {@code fileField}. */
  HttpResponse<String> postMultipart(
      String path, Map<String, String> form, String fileField, byte[] file) {
    String boundary = "----center" + UUID.randomUUID();
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
        HttpRequest.newBuilder(URI.create(server.url(path)))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** The value of the page's hidden {@code _csrf} field. */
  static String csrf(HttpResponse<String> page) {
    return Jsoup.parse(page.body()).selectFirst("input[name=_csrf]").attr("value");
  }

  String cookie(String name) {
    return cookies.get(name);
  }

  void clearCookies() {
    cookies.clear();
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
      if (value.isEmpty()) {
        cookies.remove(name);
      } else {
        cookies.put(name, value);
      }
    }
    return response;
  }
}
