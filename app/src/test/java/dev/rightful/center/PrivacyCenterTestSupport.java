package dev.rightful.center;

import dev.rightful.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

/** Sends the privacy center's request form as a browser would, with its CSRF token. */
final class PrivacyCenterTestSupport {
  private PrivacyCenterTestSupport() {}

  /** Opens the second step for {@code type} and sends it with {@code fields} and its token. */
  static HttpResponse<String> send(WebClient client, String type, Map<String, String> fields) {
    String csrf = WebClient.csrf(client.get("/privacy/requests/new?type=" + type));
    Map<String, String> form = new HashMap<>(fields);
    form.put("_csrf", csrf);
    form.put("type", type);
    return client.post("/privacy/requests", form);
  }
}
