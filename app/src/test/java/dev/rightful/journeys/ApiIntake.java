package dev.rightful.journeys;

/** The consumer sends the request themselves with {@code POST /api/v1/requests}. */
final class ApiIntake implements Intake {
  @Override
  public Submitted submit(Journey journey) {
    JourneyServer.Answer created =
        journey
            .server()
            .api("POST", "/api/v1/requests", JourneyServer.json(Intake.body(journey)), null);
    journey.expect(created.status() == 201, "intake answered " + created.status() + created.text());
    String reference = created.json().path("reference").asText();
    String status = Journey.path(created.json().path("statusUrl").asText());
    journey
        .receipt(journey.consumer().email(), reference)
        .ifPresent(
            receipt ->
                journey.expect(
                    receipt.links().contains(status),
                    "the receipt does not carry the status link " + status));
    return new Submitted(created.json().path("id").asText(), reference, status);
  }

  @Override
  public String toString() {
    return "api";
  }
}
