package dev.rightful.journeys;

import dev.rightful.law.RequestType;
import dev.rightful.testing.TestServer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A way a request reaches the company (the web form, the API, the toll-free line, an authorized
 * agent), and how its consumer then proves who they are with the emailed code.
 */
interface Intake {
  /**
   * What a journey knows once the request is in: its id, reference and status page.
   *
   * @param statusPath the status page's path, null when the consumer was never given one
   */
  record Submitted(String id, String reference, String statusPath) {
    String statusToken() {
      return statusPath.substring(statusPath.lastIndexOf('/') + 1);
    }
  }

  Submitted submit(Journey journey);

  /**
   * The consumer asks for a code, reads it in their mailbox and enters it, through the verification
   * API ({@code /code}, {@code /code/check} with the status link's token); the web form overrides
   * this with the status page's own forms.
   */
  default void verify(Journey journey, Submitted request) {
    JourneyServer.Answer asked =
        journey.server().api("POST", "/api/v1/requests/" + request.id() + "/code", null, null);
    journey.expect(asked.status() == 202, "asking for a code answered " + asked.status());
    String code = journey.nextMail(journey.consumer().email(), "verification code").code();
    JourneyServer.Answer checked =
        journey
            .server()
            .api(
                "POST",
                "/api/v1/requests/" + request.id() + "/code/check",
                JourneyServer.json(Map.of("code", code, "statusToken", request.statusToken())),
                null);
    journey.expect(
        checked.status() == 200, "the code check answered " + checked.status() + checked.text());
  }

  /**
   * What must happen, after verification, before the company may act on the request: nothing for a
   * consumer's own request; the consumer's confirmation of an agent's signed permission (7063(a)).
   */
  default void authorize(Journey journey, Submitted request) {}

  /** Whether the channel takes the signed declaration a request for specific pieces needs. */
  default boolean takesDeclaration() {
    return true;
  }

  /** The address the answer goes to besides the consumer's own, if any (an agent's). */
  default List<String> alsoWritesTo(Journey journey) {
    return List.of();
  }

  /** The JSON body of a request of the journey's type as the consumer would fill it in. */
  static Map<String, Object> body(Journey journey) {
    Consumer c = journey.consumer();
    RequestType type = journey.type();
    Map<String, Object> subject = new LinkedHashMap<>();
    subject.put("email", c.email());
    subject.put("phone", c.phone());
    subject.put("name", c.name());
    if (type.requiresVerification()) {
      subject.put("postalAddress", c.postalAddress());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type.id());
    body.put("subject", subject);
    if (journey.askedFrom() != null) {
      body.put(
          "lookback",
          Map.of(
              "scope",
              "range",
              "from",
              journey.askedFrom().toString(),
              "to",
              LocalDate.now(TestServer.CLOCK).toString()));
    }
    if (type == RequestType.KNOW_SPECIFIC) {
      body.put("declaration", Map.of("signed", true, "signedBy", c.name()));
    }
    if (type == RequestType.CORRECT) {
      body.put(
          "corrections", List.of(Map.of("field", "postal_address", "value", c.correctedAddress())));
    }
    return body;
  }
}
