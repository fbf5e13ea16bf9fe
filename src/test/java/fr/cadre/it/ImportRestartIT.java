package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Not an Arquillian test: it kills its own server with SIGKILL in the middle of an import. It runs
 * in the PostgreSQL pass too, on a schema of its own: the rows committed before the kill and the
 * run's record must be found again there as well.
 */
@DisplayName("An import killed midway resumes after restart and ends with no duplicate")
class ImportRestartIT {

  private static final int EXTRA_SITES = 4000;

  /**
   * Short leases: the restarted server is a new instance, which takes the run over once the killed
   * one's lease has run out (4 s here, 60 s by default), by then at its start.
   */
  private static final String NO_SAMPLE =
      "cadre.import.at-first-start=false\n"
          + "cadre.instances.lease-seconds=4\n"
          + "cadre.instances.renew-seconds=1\n";

  @Test
  void anImportKilledMidwayIsRestartedAndEndsWithTheSameDataAsAnUninterruptedOne()
      throws Exception {
    Path dir =
        Files.createTempDirectory(
            Files.createDirectories(Path.of(System.getProperty("cadre.test.dir", "target"))),
            "import-restart");
    Path scheme = bigScheme(dir);
    long run;
    try (ServerProcess server = new ServerProcess(dir, NO_SAMPLE).start()) {
      Api api = new Api(server.baseUrl());
      Api.Reply started =
          api.post("/imports", "{\"folder\":\"" + scheme.toString().replace("\\", "/") + "\"}");
      assertThat(started.status()).isEqualTo(202);
      run = started.json().getJsonNumber("id").longValue();
      JsonObject midway =
          new Imports(api)
              .await(
                  run,
                  r ->
                      !r.getString("status").equals("VALIDATING")
                          && r.getJsonObject("progress").getInt("written") >= 200);
      assertThat(midway.getString("status")).as("killed while writing").isEqualTo("WRITING");
      server.kill();
    }

    try (ServerProcess server = new ServerProcess(dir, NO_SAMPLE).start()) {
      Api api = new Api(server.baseUrl());
      JsonObject interrupted =
          new Imports(api).await(run, r -> !r.getString("status").equals("WRITING"));
      assertThat(interrupted.getString("status")).isEqualTo("INTERRUPTED");
      int writtenBeforeKill = interrupted.getJsonObject("progress").getInt("written");
      assertThat(writtenBeforeKill).isBetween(200, EXTRA_SITES);

      assertThat(api.post("/imports/" + run + "/restart", "").status()).isEqualTo(202);
      JsonObject done = new Imports(api).awaitEnd(run);

      assertThat(done.getString("status")).as(done.toString()).isEqualTo("COMPLETED");
      assertThat(done.getInt("attempts")).isEqualTo(2);
      assertThat(done.getJsonObject("progress").getInt("written"))
          .isEqualTo(done.getJsonObject("progress").getInt("items"));
      // Counted once each, across both attempts: nothing written twice.
      assertThat(done.getJsonObject("counts").getJsonObject("sites").getInt("created"))
          .isEqualTo(40 + EXTRA_SITES);
      assertThat(done.getJsonObject("counts").getJsonObject("lots des sites").getInt("created"))
          .isEqualTo(80 + EXTRA_SITES);
      Set<String> codes = new HashSet<>();
      int sites = 0;
      for (int page = 0; ; page++) {
        List<JsonObject> batch =
            api.get("/sites?size=500&page=" + page).array().getValuesAs(JsonObject.class);
        if (batch.isEmpty()) {
          break;
        }
        sites += batch.size();
        batch.forEach(s -> codes.add(s.getString("code")));
      }
      assertThat(sites).isEqualTo(40 + EXTRA_SITES);
      assertThat(codes).hasSize(sites);

      // An uninterrupted import of the same files finds everything already as the files say.
      JsonObject again = new Imports(api).importFolder(scheme);
      assertThat(again.getString("status")).isEqualTo("COMPLETED");
      for (String kind : again.getJsonObject("counts").keySet()) {
        JsonObject count = again.getJsonObject("counts").getJsonObject(kind);
        assertThat(count.getInt("created") + count.getInt("updated")).as(kind).isZero();
      }
    }
  }

  /**
   * The sample scheme with thousands more sites, so that writing takes long enough to kill; in the
   * server's default import root, its data folder's {@code imports/}.
   */
  private static Path bigScheme(Path dir) throws Exception {
    return bigScheme(dir, EXTRA_SITES);
  }

  /**
   * The sample scheme with {@code extraSites} more sites, in {@code dir}'s server's import root.
   */
  static Path bigScheme(Path dir, int extraSites) throws Exception {
    Path scheme = Imports.copyOfSample(dir.resolve("data").resolve("imports"));
    Path sites = scheme.resolve("sites.csv");
    List<String> lines = Files.readAllLines(sites);
    String member = lines.get(1).split(";")[4];
    StringBuilder more = new StringBuilder();
    StringBuilder served = new StringBuilder();
    for (int i = 1; i <= extraSites; i++) {
      more.append(
          "EXT-%05d;Résidence annexe %d;%d rue de la Mer, 13002 Marseille;La Joliette (13002);%s;%d\n"
              .formatted(i, i, i, member, 20 + i % 200));
      served.append("EXT-%05d;AC-MSU-2025-001;%d;;;\n".formatted(i, 1 + i % 5));
    }
    Files.writeString(sites, String.join("\n", lines) + "\n" + more);
    Path siteLots = scheme.resolve("site_lots.csv");
    Files.writeString(siteLots, Files.readString(siteLots) + served);
    return scheme;
  }
}
