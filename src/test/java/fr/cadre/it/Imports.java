package fr.cadre.it;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/** Starting scheme imports through the API and waiting for them, for the import tests. */
public final class Imports {

  public static final Path SAMPLE = Path.of("sample-data").toAbsolutePath();

  private final Api api;

  public Imports(Api api) {
    this.api = api;
  }

  public JsonObject importFolder(Path folder) {
    Api.Reply started =
        api.post("/imports", "{\"folder\":\"" + folder.toString().replace("\\", "/") + "\"}");
    if (started.status() != 202) {
      throw new AssertionError("import not accepted: " + started);
    }
    return awaitEnd(started.json().getJsonNumber("id").longValue());
  }

  /** The run Cadre started by itself on its empty database, once it exists. */
  public long firstStartRun() {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      var run =
          api.get("/imports").array().getValuesAs(JsonObject.class).stream()
              .filter(r -> r.getString("startedBy").contains("premier démarrage"))
              .findFirst();
      if (run.isPresent()) {
        return run.get().getJsonNumber("id").longValue();
      }
      sleep(200);
    }
    throw new AssertionError("no import at first start");
  }

  public JsonObject awaitEnd(long run) {
    return await(run, r -> !List.of("VALIDATING", "WRITING").contains(r.getString("status")));
  }

  public JsonObject await(long run, Predicate<JsonObject> condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      JsonObject reply = api.get("/imports/" + run).json();
      if (condition.test(reply)) {
        return reply;
      }
      sleep(100);
    }
    throw new AssertionError("import " + run + " did not get there in 120 s");
  }

  /** A copy of the sample files in a folder of its own, to spoil or extend. */
  public static Path copyOfSample(Path parent) throws IOException {
    Path copy = Files.createTempDirectory(Files.createDirectories(parent), "scheme-");
    try (var files = Files.list(SAMPLE)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
        Files.copy(file, copy.resolve(file.getFileName()));
      }
    }
    return copy;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
