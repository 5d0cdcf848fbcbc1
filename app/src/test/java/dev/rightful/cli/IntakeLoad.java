package dev.rightful.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opt-out requests sent to both nodes in turn on one thread, until stopped: those answered 201 are
 * {@link #accepted}; a refused connection (the killed node) counts as an attempt only.
 */
final class IntakeLoad {
  private static final ObjectMapper JSON = new ObjectMapper();

  final List<String> accepted = Collections.synchronizedList(new ArrayList<>());
  final AtomicInteger attempts = new AtomicInteger();
  private final AtomicBoolean stop = new AtomicBoolean();
  private final Thread thread;

  IntakeLoad(List<ServerProcess> nodes) {
    this.thread =
        new Thread(
            () -> {
              for (int i = 0; !stop.get(); i++) {
                attempts.incrementAndGet();
                String body =
                    "{\"type\":\"opt-out\",\"subject\":{\"email\":\"intake-"
                        + i
                        + "@example.org\",\"name\":\"Intake Consumer\"}}";
                try {
                  HttpResponse<String> answer =
                      nodes.get(i % 2).send("POST", "/api/v1/requests", null, body);
                  if (answer.statusCode() == 201) {
                    accepted.add(JSON.readTree(answer.body()).get("id").asText());
                  }
                } catch (Exception e) {
                  // The killed node refuses connections or drops one under way.
                }
              }
            },
            "intake");
  }

  void start() {
    thread.start();
  }

  void stop() throws InterruptedException {
    stop.set(true);
    thread.join();
  }
}
