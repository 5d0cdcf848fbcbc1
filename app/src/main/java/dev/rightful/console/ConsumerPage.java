package dev.rightful.console;

import dev.rightful.consent.ConsumerConsent;
import dev.rightful.fulfil.notify.Notice;
import dev.rightful.requests.RequestFinder;
import dev.rightful.requests.RightsRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * What the consumer page shows for the consumer a request is about: their consent history and the
 * choices in force, the opt-outs passed on to vendors, and their requests (found by the same keyed
 * hashes) with the notices sent to vendors for each. Immutable.
 *
 * @param requests the consumer's requests, newest first
 * @param notices the vendor notices of each of those requests that has any
 */
public record ConsumerPage(
    ConsoleUser user,
    RightsRequest request,
    ConsumerConsent.View consent,
    List<RequestFinder.Row> requests,
    Map<String, List<Notice>> notices,
    LocalDate today,
    ZoneId zone) {
  public ConsumerPage {
    requests = List.copyOf(requests);
    notices = Map.copyOf(notices);
  }

  public List<Notice> noticesOf(RightsRequest other) {
    return notices.getOrDefault(other.id(), List.of());
  }

  public String time(Instant at) {
    return at == null ? "" : Labels.time(at.atZone(zone).toOffsetDateTime(), zone);
  }

  /** A ledger key as staff read it: an email subject's keyed hash is shortened, it says nothing. */
  public static String subject(String key) {
    return key.startsWith("email:") ? "email (keyed hash " + tail(key) + ")" : key;
  }

  private static String tail(String key) {
    return "…" + key.substring(Math.max(key.length() - 8, 0));
  }
}
