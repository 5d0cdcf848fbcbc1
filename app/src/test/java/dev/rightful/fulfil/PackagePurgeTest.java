package dev.rightful.fulfil;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.fulfil.access.PackageStore;
import dev.rightful.law.RequestType;
import dev.rightful.testing.TestServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Expired access packages leave Rightful's database, audited; live ones stay. */
class PackagePurgeTest {
  @Test
  void packages_whose_link_expired_are_deleted_and_audited_and_the_job_is_registered() {
    try (Rig rig = new Rig("fulfil_purge", CompanyDb.map())) {
      PackageStore store = new PackageStore(rig.database.jdbi(), rig.pi, TestServer.CLOCK);
      Instant now = TestServer.CLOCK.instant();
      String expired = rig.verifiedRequest(RequestType.KNOW_SPECIFIC);
      String live = rig.verifiedRequest(RequestType.KNOW_SPECIFIC);
      store.save(expired, new byte[] {'P', 'K'}, now.minusSeconds(1));
      store.save(live, new byte[] {'P', 'K'}, now.plus(Duration.ofDays(7)));

      PackagePurge purge = new PackagePurge(rig.database.jdbi(), rig.audit, TestServer.CLOCK);
      assertThat(purge.purgeExpired()).containsExactly(expired);
      assertThat(purge.purgeExpired()).isEmpty();

      assertThat(store.find(expired)).isEmpty();
      assertThat(store.find(live)).isPresent();
      assertThat(rig.audit.list("request", expired))
          .filteredOn(e -> e.action().equals("fulfil.package-purged"))
          .hasSize(1);
      // A week later the other one goes too.
      PackagePurge later =
          new PackagePurge(
              rig.database.jdbi(),
              rig.audit,
              Clock.offset(TestServer.CLOCK, Duration.ofDays(7).plusSeconds(1)));
      assertThat(later.purgeExpired()).containsExactly(live);
      assertThat(rig.fulfilment(id -> null, 3, null).scheduler().tasks())
          .extracting(task -> task.getName())
          .contains(PackagePurge.TASK);
    }
  }
}
