package dev.rightful.datamap;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rule for a URL that Rightful posts consumers' requests to (a vendor's webhook, a vendor
 * system's endpoint): https, or plain http only to this machine. Stateless.
 *
 * <p>The body carries the consumer's email address and phone number, so plain http to another host
 * would hand them to anyone on the path. Loopback (127.0.0.0/8, ::1, localhost) never leaves the
 * machine, which is where tests and a local relay listen.
 */
public final class WebhookUrls {
  private static final Pattern LOOPBACK_V4 =
      Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

  private WebhookUrls() {}

  /** What is wrong with {@code url} and how to fix it; empty when Rightful may post to it. */
  public static Optional<String> problem(String url) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      return Optional.of("'" + url + "' is not a URL: write it as https://host/path");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost();
    if (!scheme.equals("https") && !scheme.equals("http") || host == null) {
      return Optional.of("'" + url + "' is not an https URL: write it as https://host/path");
    }
    if (scheme.equals("http") && !isLoopback(host)) {
      return Optional.of(
          "'"
              + url
              + "' is plain http, but the consumer's email address and phone number are sent to"
              + " it: use https://"
              + uri.getRawAuthority()
              + (uri.getRawPath() == null ? "" : uri.getRawPath())
              + " (plain http is allowed only to 127.0.0.1, ::1 or localhost)");
    }
    return Optional.empty();
  }

  private static boolean isLoopback(String host) {
    String name = host.toLowerCase(Locale.ROOT);
    return name.equals("localhost") || name.equals("[::1]") || LOOPBACK_V4.matcher(name).matches();
  }
}
