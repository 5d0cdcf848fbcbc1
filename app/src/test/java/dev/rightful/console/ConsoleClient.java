package dev.rightful.console;

import dev.rightful.testing.TestServer;
import dev.rightful.testing.WebClient;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;

/**
 * One signed-in "browser" against a {@link TestServer}: the kit's {@link WebClient} that carries
 * the console session's CSRF token on the posts that should have it.
 */
final class ConsoleClient {
  static final String PASSWORD = "correct horse battery";

  private final WebClient web;
  private String csrf;

  private ConsoleClient(WebClient web) {
    this.web = web;
  }

  /** Signs {@code username} in through the form and keeps the console's CSRF token. */
  static ConsoleClient signIn(TestServer server, String username) {
    ConsoleClient client = new ConsoleClient(WebClient.of(server));
    HttpResponse<String> login = client.web.login(username, PASSWORD);
    if (login.statusCode() != 303) {
      throw new IllegalStateException("sign-in failed: " + login.statusCode());
    }
    client.csrf = WebClient.csrf(client.get("/admin"));
    return client;
  }

  HttpResponse<String> get(String path) {
    return web.get(path);
  }

  Document page(String path) {
    return web.page(path);
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
    return web.postEncoded(
        path, encoded + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
  }

  /** Posts the form exactly as given: no CSRF token unless it holds one. */
  HttpResponse<String> postWithout(String path, Map<String, String> form) {
    return web.post(path, form);
  }
}
