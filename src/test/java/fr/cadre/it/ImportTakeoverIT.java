package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one PostgreSQL database, with leases of 4 s renewed every second: an import is
 * left to the instance running it as long as it renews its lease, and taken over by the other only
 * once that instance is killed and its lease has run out. Skipped unless the build names a
 * PostgreSQL ({@link PostgresSchema}).
 */
@DisplayName("An import is taken over by another instance only once its own instance stopped")
class ImportTakeoverIT {

  private static final int EXTRA_SITES = 20000;
  private static final int LEASE_SECONDS = 4;
  private static final String SETTINGS =
      "cadre.import.at-first-start=false\n"
          + "cadre.instances.lease-seconds="
          + LEASE_SECONDS
          + "\ncadre.instances.renew-seconds=1\n";

  @Test
  void aRunningImportIsLeftToItsInstanceAndTakenOverOnceThatInstanceIsKilled() throws Exception {
    Path root = Files.createDirectories(Path.of(System.getProperty("cadre.test.dir", "target/it")));
    Path dirA = Files.createTempDirectory(root, "takeover-a");
    try (PostgresSchema pg = PostgresSchema.create("takeover");
        ServerProcess a = new ServerProcess(dirA, pg.serverProperties() + SETTINGS);
        ServerProcess b =
            new ServerProcess(
                Files.createTempDirectory(root, "takeover-b"), pg.serverProperties() + SETTINGS)) {
      ServerProcess.startTogether(a, b);
      Api apiA = new Api(a.baseUrl());
      Api apiB = new Api(b.baseUrl());
      Path scheme = ImportRestartIT.bigScheme(dirA, EXTRA_SITES);
      Api.Reply started =
          apiA.post("/imports", "{\"folder\":\"" + scheme.toString().replace("\\", "/") + "\"}");
      assertThat(started.status()).as(started.toString()).isEqualTo(202);
      long run = started.json().getJsonNumber("id").longValue();

      // Seen from the other instance while it writes, for longer than a lease: left alone.
      new Imports(apiB).await(run, r -> r.getJsonObject("progress").getInt("written") >= 200);
      long watchedUntil = System.nanoTime() + (LEASE_SECONDS + 2) * 1_000_000_000L;
      while (System.nanoTime() < watchedUntil) {
        assertThat(apiB.get("/imports/" + run).json().getString("status")).isEqualTo("WRITING");
        Thread.sleep(200);
      }

      a.kill();
      long killed = System.nanoTime();
      JsonObject interrupted =
          new Imports(apiB).await(run, r -> !r.getString("status").equals("WRITING"));
      long takeoverMillis = (System.nanoTime() - killed) / 1_000_000;
      assertThat(interrupted.getString("status")).isEqualTo("INTERRUPTED");
      // Not before the lease ran out (renewed about a second before the kill), nor long after.
      assertThat(takeoverMillis)
          .isBetween((LEASE_SECONDS - 2) * 1000L, (LEASE_SECONDS + 5) * 1000L);

      // Restarted on the instance that took it over, it ends with every site written once.
      assertThat(apiB.post("/imports/" + run + "/restart", "").status()).isEqualTo(202);
      JsonObject done = new Imports(apiB).awaitEnd(run);
      assertThat(done.getString("status")).as(done.toString()).isEqualTo("COMPLETED");
      assertThat(done.getInt("attempts")).isEqualTo(2);
      assertThat(done.getJsonObject("counts").getJsonObject("sites").getInt("created"))
          .isEqualTo(40 + EXTRA_SITES);
      System.out.printf(
          "ImportTakeoverIT: left to its instance for %d s of writing; taken over %d ms after the"
              + " kill (lease %d s)%n",
          LEASE_SECONDS + 2, takeoverMillis, LEASE_SECONDS);
    }
  }
}
