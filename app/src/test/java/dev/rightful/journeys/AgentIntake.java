package dev.rightful.journeys;

import dev.rightful.requests.AgentAuthority;
import dev.rightful.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An authorized agent sends the request through the API for the consumer. With signed permission,
 * the consumer must confirm the agent directly from the link in their own mail before the company
 * acts (7063(a)); with a power of attorney no confirmation is asked (7063(b)). Either way the code
 * goes to the consumer's own address: the consumer verifies their identity directly (7063(a)(2)).
 */
final class AgentIntake implements Intake {
  private final AgentAuthority authority;

  AgentIntake(AgentAuthority authority) {
    this.authority = authority;
  }

  static String agentEmail(Consumer c) {
    return "agnes.agent" + c.n() + "@agents.example";
  }

  @Override
  public Submitted submit(Journey journey) {
    Consumer c = journey.consumer();
    Map<String, Object> body = new LinkedHashMap<>(Intake.body(journey));
    body.put(
        "requester",
        Map.of(
            "kind",
            "authorized-agent",
            "name",
            "Agnes Agent",
            "email",
            agentEmail(c),
            "authority",
            authority.id()));
    JourneyServer.Answer created =
        journey.server().api("POST", "/api/v1/requests", JourneyServer.json(body), null);
    journey.expect(
        created.status() == 201, "agent intake answered " + created.status() + created.text());
    String id = created.json().path("id").asText();
    String reference = created.json().path("reference").asText();
    // The agent's receipt carries the status link the agent follows the request with.
    return new Submitted(id, reference, journey.statusLink(agentEmail(c), reference));
  }

  @Override
  public void authorize(Journey journey, Submitted request) {
    if (authority != AgentAuthority.SIGNED_PERMISSION) {
      return;
    }
    Consumer c = journey.consumer();
    if (journey.changesTheCompanyDatabase()) {
      // 7063(a): until the consumer confirms, no path may act on the request.
      JourneyServer.Answer early =
          journey
              .server()
              .api(
                  "POST",
                  "/api/v1/requests/" + request.id() + "/fulfil",
                  null,
                  journey.server().staffToken);
      journey.expect(
          early.status() == 409,
          "fulfilment before the consumer confirmed the agent answered "
              + early.status()
              + " (7063(a) needs 409)");
      journey.expectUntouched();
    }
    Mailbox.Mail ask =
        journey.nextMail(
            c.email(),
            "the request to confirm the agent",
            m -> m.text().contains("/confirm-agent/"));
    String confirm = ask.link("/privacy/requests/status/").orElseThrow();
    WebClient consumer = WebClient.of(journey.server().server);
    Document page = consumer.page(confirm);
    journey.seen("agent confirmation page", page.select("main").text());
    Element form = page.selectFirst("form[method=post][action*=confirm-agent]");
    journey.expect(form != null, "the confirmation page has no form to confirm the agent");
    HttpResponse<String> confirmed = consumer.submit(page, form.attr("action"), Map.of());
    journey.expect(
        confirmed.statusCode() == 303 || confirmed.statusCode() == 200,
        "confirming the agent answered " + confirmed.statusCode());
    journey.expect(
        journey.server().services().requests().get(request.id()).agentConfirmed(),
        "the consumer confirmed, but the request does not say so");
  }

  @Override
  public List<String> alsoWritesTo(Journey journey) {
    return List.of(agentEmail(journey.consumer()));
  }

  @Override
  public String toString() {
    return "agent with " + authority.id();
  }
}
