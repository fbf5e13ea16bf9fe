package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@DisplayName(
    "A refused import always ends with its full defect report, even with many imports at once")
class ImportRefusalReportIT {

  private static final int IMPORTS = 30;
  private static final int AT_A_TIME = 10;

  @ArquillianResource URL base;

  @Test
  void thirtyMalformedUploadsTenAtATimeAllEndRefusedWithTheirDefectListed() throws Exception {
    Api api = new Api(base);
    Imports imports = new Imports(api, base);
    imports.awaitEnd(imports.firstStartRun());
    ExecutorService pool = Executors.newFixedThreadPool(AT_A_TIME);
    try {
      List<Future<JsonObject>> runs = new ArrayList<>();
      for (int i = 0; i < IMPORTS; i++) {
        int n = i;
        runs.add(pool.submit(() -> imports.awaitEnd(upload(imports, n))));
      }
      for (int i = 0; i < IMPORTS; i++) {
        JsonObject run = runs.get(i).get();
        assertThat(run.getString("status")).as("run %d: %s", i, run).isEqualTo("INVALID");
        assertThat(run.getJsonObject("progress").getInt("written")).isZero();
        assertThat(run.getJsonArray("problems").getValuesAs(JsonObject.class))
            .as("run %d: %s", i, run)
            .hasSize(1)
            .allMatch(expected(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static int spoiledLine(int i) {
    return 2 + i % 40;
  }

  /**
   * One run in three misses a file, which the validation step finds within a millisecond (the runs
   * that used to lose their report: the step's refusal came before the request's own update of the
   * run); the others give one site a negative number of dwellings, found after reading every file.
   */
  private static long upload(Imports imports, int i) throws Exception {
    Map<String, byte[]> entries = Imports.sampleEntries();
    String name = "marseille/sites.csv";
    if (i % 3 == 0) {
      entries.remove(name);
    } else {
      List<String> lines =
          new ArrayList<>(new String(entries.get(name), StandardCharsets.UTF_8).lines().toList());
      String[] cells = lines.get(spoiledLine(i) - 1).split(";", -1);
      cells[5] = Integer.toString(-(i + 1)); // dwellings
      lines.set(spoiledLine(i) - 1, String.join(";", cells));
      entries.put(name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    Api.Reply started = imports.upload(Imports.zip(entries), "application/zip");
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    return started.id();
  }

  private static Predicate<JsonObject> expected(int i) {
    if (i % 3 == 0) {
      return p ->
          p.getString("file").equals("sites.csv")
              && p.getString("reason").equals("fichier manquant");
    }
    return p ->
        p.getString("file").equals("sites.csv")
            && p.getInt("line") == spoiledLine(i)
            && p.getString("column").equals("dwellings")
            && p.getString("value").equals(Integer.toString(-(i + 1)));
  }
}
