package dev.rightful.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many consumers sending opt-outs at once: {@code clients} threads share {@code total} {@code POST
 * /api/v1/requests}, each for a different email address, and {@code onAcknowledged} runs once, on
 * the thread that received the {@code atCount}-th 201 (the test kills the server there).
 */
final class IntakeStorm {
  /** What the consumers were told: the ids answered 201, and how many POSTs got no answer. */
  record Outcome(List<String> acknowledged, int unanswered, int otherStatus) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI intake;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();
  private final List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicInteger answered = new AtomicInteger();
  private final AtomicInteger unanswered = new AtomicInteger();
  private final AtomicInteger otherStatus = new AtomicInteger();

  IntakeStorm(URI intake) {
    this.intake = intake;
  }

  Outcome run(int clients, int total, int atCount, Runnable onAcknowledged)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    for (int i = 0; i < clients; i++) {
      pool.execute(
          () -> {
            for (int n = next.getAndIncrement(); n < total; n = next.getAndIncrement()) {
              String id = post(n);
              if (id != null) {
                acknowledged.add(id);
                if (answered.incrementAndGet() == atCount) {
                  onAcknowledged.run();
                }
              }
            }
          });
    }
    pool.shutdown();
    if (!pool.awaitTermination(60, TimeUnit.SECONDS)) {
      pool.shutdownNow();
      throw new IllegalStateException("the intake storm did not end in 60 s");
    }
    return new Outcome(List.copyOf(acknowledged), unanswered.get(), otherStatus.get());
  }

  /** The id of the stored request when the server answered 201, else {@code null}. */
  private String post(int n) {
    String body = "{\"type\":\"opt-out\",\"subject\":{\"email\":\"storm-" + n + "@example.com\"}}";
    HttpRequest request =
        HttpRequest.newBuilder(intake)
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 201) {
        otherStatus.incrementAndGet();
        return null;
      }
      return JSON.readTree(response.body()).get("id").asText();
    } catch (IOException e) {
      unanswered.incrementAndGet();
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
