package fr.cadre.it;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Starting scheme imports through the API and waiting for them, for the import tests. */
public final class Imports {

  public static final Path SAMPLE = Path.of("sample-data").toAbsolutePath();

  private final Api api;
  private final HttpClient client = HttpClient.newHttpClient();
  private final String base;

  public Imports(Api api) {
    this(api, null);
  }

  /** With the deployment's address, for uploads (binary bodies). */
  public Imports(Api api, URL deployment) {
    this.api = api;
    this.base = deployment == null ? null : deployment.toString().replaceAll("/$", "") + "/api";
  }

  /** {@code POST /api/imports} with a binary body of that content type. */
  public Api.Reply upload(byte[] body, String contentType) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/imports"))
            .timeout(Duration.ofSeconds(120))
            .header("Content-Type", contentType)
            .header("Authorization", api.authorization())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      Exchanges.record("POST", request.uri(), response.statusCode());
      return new Api.Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** A ZIP of these entries (name to content), deflated. */
  public static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (var entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The sample's CSV files as ZIP entries, in a folder of the archive as spreadsheets zip them. */
  public static Map<String, byte[]> sampleEntries() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (var files = Files.list(SAMPLE)) {
      for (Path file : files.filter(Imports::schemeFile).sorted().toList()) {
        entries.put("marseille/" + file.getFileName(), Files.readAllBytes(file));
      }
    }
    return entries;
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

  /**
   * A copy of the sample files in a folder of its own, to spoil or extend; {@code parent} is to be
   * below the server's import root ({@code cadre.import.root}) for the folder to be importable.
   */
  public static Path copyOfSample(Path parent) throws IOException {
    Path copy = Files.createTempDirectory(Files.createDirectories(parent), "scheme-");
    try (var files = Files.list(SAMPLE)) {
      for (Path file : files.filter(Imports::schemeFile).toList()) {
        Files.copy(file, copy.resolve(file.getFileName()));
      }
    }
    return copy;
  }

  /**
   * One of the scheme's CSV files: {@code users.csv} is the sample's demo users, not imported;
   * {@code vouchers.csv} its history, which {@code SampleHistoryIT} imports on a server of its own.
   */
  private static boolean schemeFile(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".csv") && !name.equals("users.csv") && !name.equals("vouchers.csv");
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
