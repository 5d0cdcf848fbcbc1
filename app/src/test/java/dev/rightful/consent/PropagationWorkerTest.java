package dev.rightful.consent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.iab.gpp.encoder.GppModel;
import dev.rightful.crypto.VendorSecrets;
import dev.rightful.store.Database;
import dev.rightful.testing.TestClock;
import dev.rightful.testing.Webhooks;
import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PropagationWorkerTest {
  record Received(Map<String, String> headers, byte[] body) {}

  @TempDir Path dir;
  static final String SECRET = Webhooks.secret("propagation");
  final TestClock clock = TestClock.at("2026-03-02");
  final List<Received> received = new CopyOnWriteArrayList<>();
  final AtomicInteger failuresLeft = new AtomicInteger();
  final Outbox outbox = new Outbox();
  Javalin vendor;
  Database database;
  ConsentModule module;

  @BeforeEach
  void start() {
    vendor =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  config.routes.post(
                      "/hook",
                      ctx -> {
                        if (failuresLeft.getAndDecrement() > 0) {
                          ctx.status(503);
                          return;
                        }
                        received.add(new Received(ctx.headerMap(), ctx.bodyAsBytes()));
                        ctx.status(204);
                      });
                })
            .start("127.0.0.1", 0);
    database = TestDatabases.open("h2", null);
    module =
        ConsentModule.create(
            new ConsentModule.Config(
                TestMaps.sellsAndShares(dir, "http://127.0.0.1:" + vendor.port() + "/hook"),
                database,
                clock,
                TestDatabases.secret(),
                null,
                ServiceAuth.none(),
                outbox,
                null,
                Set.of(),
                false,
                false,
                Duration.ofSeconds(30),
                1000,
                null,
                Map.of(VendorSecrets.SHARED, SECRET)::get));
  }

  @AfterEach
  void stop() {
    module.close();
    database.close();
    vendor.stop();
  }

  void optOut() {
    module
        .service()
        .record(
            "device:AAAAAAAAAAAAAAAAAAAAAA",
            ConsentServiceTest.SALE_AND_SHARE,
            Choice.OPT_OUT,
            ChoiceContext.of(ChoiceSource.OPT_OUT_FORM),
            false,
            false);
  }

  @Test
  void the_webhook_receives_a_signed_opt_out_with_the_gpp_string_and_the_task_is_done()
      throws Exception {
    optOut();
    assertThat(module.worker().runDue()).isEqualTo(2);
    assertThat(received).hasSize(1);
    Received hook = received.get(0);
    JsonNode body = new ObjectMapper().readTree(hook.body());
    assertThat(body.get("subject").asText()).isEqualTo("device:AAAAAAAAAAAAAAAAAAAAAA");
    assertThat(body.get("respondBy").asText()).isEqualTo("2026-03-23");
    assertThat(new GppModel(body.get("gpp").asText()).getUsCaSection().getSaleOptOut())
        .isEqualTo(1);
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.putAll(hook.headers());
    assertThat(Webhooks.valid(SECRET, hook.body(), headers::get, clock.instant())).isTrue();
    assertThat(
            Webhooks.valid(
                SECRET, "{}".getBytes(StandardCharsets.UTF_8), headers::get, clock.instant()))
        .isFalse();
    List<PropagationTask> done = module.propagation().list(PropagationTask.Status.DONE, 10);
    assertThat(headers.get("webhook-id")).isEqualTo("consent-propagation-" + done.get(0).id());
    assertThat(done).extracting(PropagationTask::vendor).containsExactly("AdCo");
  }

  @Test
  void a_vendor_without_webhook_is_mailed_and_the_task_waits_for_confirmation() {
    optOut();
    module.worker().runDue();
    assertThat(outbox.sent).hasSize(1);
    assertThat(outbox.sent.get(0).to()).isEqualTo("optout@mailads.example");
    assertThat(outbox.sent.get(0).text()).contains("2026-03-23", "7026(f)");
    PropagationTask sent = module.propagation().list(PropagationTask.Status.SENT, 10).get(0);
    assertThat(module.propagation().markDone(sent.id())).isTrue();
    assertThat(module.propagation().find(sent.id()).orElseThrow().status())
        .isEqualTo(PropagationTask.Status.DONE);
  }

  @Test
  void a_failing_webhook_is_retried_later_and_not_before() {
    failuresLeft.set(1);
    optOut();
    module.worker().runDue();
    PropagationTask pending = module.propagation().list(PropagationTask.Status.PENDING, 10).get(0);
    assertThat(pending.lastError()).contains("503");
    assertThat(module.worker().runDue()).isZero();
    clock.advance(Duration.ofMinutes(3));
    assertThat(module.worker().runDue()).isEqualTo(1);
    assertThat(received).hasSize(1);
  }

  @Test
  void an_open_task_is_overdue_after_its_15_business_days() {
    optOut();
    clock.set(java.time.Instant.parse("2026-03-23T17:00:00Z"));
    assertThat(module.propagation().overdue()).isEmpty();
    clock.set(java.time.Instant.parse("2026-03-24T17:00:00Z"));
    assertThat(module.propagation().overdue()).hasSize(2);
    module.worker().runDue();
    assertThat(module.propagation().overdue())
        .extracting(PropagationTask::vendor)
        .containsExactly("MailAds");
  }
}
