package dev.rightful.journeys;

import dev.rightful.law.RequestType;
import dev.rightful.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;

/**
 * The consumer calls the toll-free number; a member of staff, signed in to the console, keys the
 * request in at {@code /admin/requests/new}. The consumer then finds the status link in the receipt
 * mail and verifies from there.
 */
final class PhoneIntake implements Intake {
  @Override
  public Submitted submit(Journey journey) {
    Consumer c = journey.consumer();
    RequestType type = journey.type();
    WebClient staff = journey.server().console;
    Document form = staff.page("/admin/requests/new");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("type", type.id());
    fields.put("subject.email", c.email());
    fields.put("subject.phone", c.phone());
    fields.put("subject.name", c.name());
    if (type.requiresVerification()) {
      fields.put("subject.postalAddress", c.postalAddress());
    }
    fields.put("requester.kind", "consumer");
    if (type == RequestType.CORRECT) {
      fields.put("corrections[0].field", "postal_address");
      fields.put("corrections[0].value", c.correctedAddress());
    }
    HttpResponse<String> entered = staff.submit(form, "/admin/requests/new", fields);
    journey.expect(
        entered.statusCode() == 303,
        "phone entry answered " + entered.statusCode() + ": " + Journey.text(entered.body()));
    String location = entered.headers().firstValue("Location").orElseThrow();
    String id = location.substring("/admin/requests/".length(), location.indexOf('?'));
    String reference = journey.server().request(id).path("reference").asText();
    return new Submitted(id, reference, journey.statusLink(c.email(), reference));
  }

  /** The phone form has no declaration: it cannot be signed on a call. */
  @Override
  public boolean takesDeclaration() {
    return false;
  }

  @Override
  public String toString() {
    return "phone";
  }
}
