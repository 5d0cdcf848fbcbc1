package dev.rightful.fulfil.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.crypto.VendorSecrets;
import dev.rightful.crypto.WebhookSignature;
import dev.rightful.datamap.DataSystem;
import dev.rightful.datamap.WebhookUrls;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Posts a request to a vendor system's endpoint (the variable its {@code urlEnv} names), signed as
 * recipient notices are ({@link WebhookSignature}, Standard Webhooks) with the secret its {@code
 * secretEnv} names. The vendor answers at once (a 2xx other than 202 with the result as a JSON
 * object) or later (202, then a signed callback). Thread-safe.
 */
public final class SystemWebhook {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the vendor answered. */
  public sealed interface Answer {
    /** The result, at once. */
    record Result(JsonNode body) implements Answer {}

    /** Accepted (202): the vendor calls back when it has the result. */
    record Later() implements Answer {}
  }

  private final HttpClient http;
  private final Clock clock;
  private final VendorSecrets env;

  public SystemWebhook(HttpClient http, VendorSecrets env, Clock clock) {
    this.http = http;
    this.env = env;
    this.clock = clock;
  }

  /** The system's signing secret; empty when its variable is unset. */
  public Optional<String> secret(DataSystem system) {
    return env.read(system.secretEnv());
  }

  /**
   * Sends {@code body} as message {@code messageId} (its webhook-id: the same for a reminder, so
   * the vendor can tell a repeat); a vendor that cannot be reached, or answers anything but 2xx, is
   * {@link VendorUnavailable}; a 2xx that is not a JSON object is {@link VendorDataInvalid}.
   */
  public Answer send(DataSystem system, String messageId, byte[] body) {
    // The variables' names, not their values: staff can fix the environment from the error.
    String url =
        env.read(system.urlEnv())
            .orElseThrow(
                () -> new VendorUnavailable(system.id(), "no endpoint: set " + system.urlEnv()));
    if (WebhookUrls.problem(url).isPresent()) {
      // The map's own webhooks are checked by validate; this one lives in the environment.
      throw new VendorUnavailable(
          system.id(),
          "the endpoint in "
              + system.urlEnv()
              + " is not https (plain http only to 127.0.0.1, ::1 or localhost): the consumer's"
              + " email and phone are sent to it; set an https:// URL");
    }
    byte[] key;
    try {
      key = env.key(system.secretEnv());
    } catch (VendorSecrets.Unusable e) {
      throw new VendorUnavailable(system.id(), e.getMessage());
    }
    HttpResponse<String> response;
    try {
      response =
          http.send(
              WebhookSignature.sign(key, messageId, body, clock.instant())
                  .onto(HttpRequest.newBuilder(URI.create(url)))
                  .timeout(Duration.ofSeconds(30))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException | IllegalArgumentException e) {
      throw new VendorUnavailable(system.id(), e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new VendorUnavailable(system.id(), "interrupted");
    }
    int status = response.statusCode();
    if (status / 100 != 2) {
      throw new VendorUnavailable(system.id(), "HTTP " + status);
    }
    if (status == 202) {
      return new Answer.Later();
    }
    try {
      JsonNode json = JSON.readTree(response.body());
      if (json != null && json.isObject()) {
        return new Answer.Result(json);
      }
    } catch (IOException e) {
      // Falls through: not JSON.
    }
    throw new VendorDataInvalid(
        "body", "a 2xx answer other than 202 must carry the result as a JSON object");
  }
}
