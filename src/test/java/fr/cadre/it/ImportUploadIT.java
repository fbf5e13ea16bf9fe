package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@DisplayName(
    "Starting an import: an upload is checked whole and a folder must be below the import root,"
        + " or the POST is refused and nothing is left behind")
class ImportUploadIT {

  private static final Path TEST_DIR = Path.of(System.getProperty("cadre.test.dir", "target/it"));

  /** The IT server's import root (src/test/it-config/cadre-it.properties). */
  private static final Path ROOT = TEST_DIR.resolve("imports");

  /** Where the IT server keeps each run's copy of its files. */
  private static final Path RUN_FOLDERS = TEST_DIR.resolve("data").resolve("import-runs");

  private static final long CAP = 52_428_800;

  @ArquillianResource URL base;

  private Api api;
  private Imports imports;

  @BeforeEach
  void client() {
    api = new Api(base);
    imports = new Imports(api, base);
    imports.awaitEnd(imports.firstStartRun());
  }

  @Test
  void aZipOfTheSchemesFilesIsImported() throws IOException {
    Api.Reply started = imports.upload(Imports.zip(Imports.sampleEntries()), "application/zip");

    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    JsonObject run = imports.awaitEnd(started.id());
    assertThat(run.getString("status")).as(run.toString()).isEqualTo("COMPLETED");
    assertThat(run.getString("source")).isEqualTo("archive envoyée");
    assertThat(run.getJsonNumber("executionId")).isNotNull();
  }

  @Test
  void anArchiveLargerThanTheCapIsRefusedWith413() throws IOException {
    Map<String, byte[]> entries = Imports.sampleEntries();
    byte[] noise = new byte[60 * 1024 * 1024];
    new Random(11).nextBytes(noise);
    entries.put("marseille/sites.csv", noise);
    byte[] archive = Imports.zip(entries);
    assertThat((long) archive.length).isGreaterThan(CAP);

    expectRefusal(archive, "application/zip", 413, "upload-size", "l'archive dépasse");
  }

  @Test
  void anEntryInflatingPastTheCapIsRefusedWith413WhateverItsName() throws IOException {
    byte[] bomb = zerosEntry("sauvegarde.bin", 2L * 1024 * 1024 * 1024);
    assertThat((long) bomb.length).isLessThan(CAP);
    expectRefusal(bomb, "application/zip", 413, "upload-size", "contenu décompressé");

    expectRefusal(
        zerosEntry("sites.csv", CAP + 1),
        "application/octet-stream",
        413,
        "upload-size",
        "contenu décompressé");
  }

  @Test
  void anEntryThatIsNotOneOfTheSchemesFilesIsNamed() throws IOException {
    Map<String, byte[]> entries = Imports.sampleEntries();
    entries.put("marseille/notes.txt", "à relire".getBytes(StandardCharsets.UTF_8));

    JsonObject problem =
        expectRefusal(Imports.zip(entries), "application/zip", 400, "upload-entry", "notes.txt");
    assertThat(problem.getJsonArray("violations").getJsonObject(0).getString("field"))
        .isEqualTo("marseille/notes.txt");
  }

  @Test
  void aBodyThatIsNotAZipIsRefused() {
    byte[] csv = "code;name\nMRS-101;Les Cigales\n".getBytes(StandardCharsets.UTF_8);
    expectRefusal(csv, "application/zip", 400, "zip", "pas une archive ZIP");

    Api.Reply text = imports.upload(csv, "text/csv");
    assertThat(text.status()).isEqualTo(415);
    assertThat(text.contentType()).startsWith("application/problem+json");
  }

  @Test
  void aFolderOutsideTheImportRootIsRefusedWithoutSayingWhetherItExists() throws IOException {
    Path outside = Imports.copyOfSample(TEST_DIR.resolve("outside-root"));
    Path link = ROOT.resolve("link-" + System.nanoTime());
    Files.createDirectories(ROOT);
    Files.createSymbolicLink(link, outside);
    long lastRun = lastRun();

    for (String folder :
        new String[] {
          outside.toString(),
          TEST_DIR.resolve("no-such-folder").toString(),
          "../outside-root/" + outside.getFileName(),
          "../no-such-folder",
          "/etc",
          link.toString(),
          link.getFileName().toString()
        }) {
      Api.Reply reply = api.post("/imports", "{\"folder\":\"" + folder + "\"}");
      assertThat(reply.status()).as(folder + ": " + reply).isEqualTo(400);
      assertThat(reply.contentType()).startsWith("application/problem+json");
      JsonObject problem = reply.json();
      assertThat(problem.getString("rule")).as(folder).isEqualTo("import-root");
      // The same words for a folder that exists and one that does not, the path aside.
      assertThat(problem.getString("detail").replace(folder, "…"))
          .isEqualTo(
              "« … » n'est pas sous la racine des imports "
                  + ROOT.toAbsolutePath().normalize()
                  + " (clé cadre.import.root) : seuls ses dossiers s'importent");
    }
    assertThat(lastRun()).isEqualTo(lastRun);
  }

  @Test
  void aFolderBelowTheRootIsImportedByItsRelativeName() throws IOException {
    Path folder = Imports.copyOfSample(ROOT);
    Api.Reply started = api.post("/imports", "{\"folder\":\"" + folder.getFileName() + "/.\"}");
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    assertThat(imports.awaitEnd(started.id()).getString("status")).isEqualTo("COMPLETED");

    Api.Reply missing = api.post("/imports", "{\"folder\":\"pas-de-tel-dossier\"}");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().getString("rule")).isEqualTo("import-folder");
  }

  /** The refusal, checked to have left no run in the database and no folder on disk. */
  private JsonObject expectRefusal(
      byte[] body, String contentType, int status, String rule, String detail) {
    long lastRun = lastRun();
    long foldersBefore = runFolders();

    Api.Reply reply = imports.upload(body, contentType);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    JsonObject problem = reply.json();
    assertThat(problem.getString("rule")).isEqualTo(rule);
    assertThat(problem.getString("detail")).contains(detail);
    assertThat(lastRun()).as("no run for a refused upload").isEqualTo(lastRun);
    assertThat(runFolders()).as("no folder left for a refused upload").isEqualTo(foldersBefore);
    return problem;
  }

  /** The id of the latest run (the list is newest first). */
  private long lastRun() {
    return api.get("/imports").array().getJsonObject(0).getJsonNumber("id").longValue();
  }

  private static long runFolders() {
    try (var folders = Files.list(RUN_FOLDERS)) {
      return folders.count();
    } catch (IOException e) {
      return 0;
    }
  }

  /** A ZIP of one entry of that many zero bytes: small as sent, huge once inflated. */
  private static byte[] zerosEntry(String name, long size) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(Deflater.BEST_SPEED);
      zip.putNextEntry(new ZipEntry(name));
      byte[] zeros = new byte[1024 * 1024];
      Arrays.fill(zeros, (byte) 0);
      for (long written = 0; written < size; written += zeros.length) {
        zip.write(zeros, 0, (int) Math.min(zeros.length, size - written));
      }
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }
}
