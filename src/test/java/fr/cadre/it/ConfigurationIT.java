package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Not an Arquillian test: each server is started as the README does (through the launcher), with
 * its own settings file, environment and options. The file names a data folder and a port; the
 * tests check where the server listens and where it keeps its database.
 *
 * <p>H2 only: where the database is kept is checked by its H2 file in the data folder, and the
 * precedence of settings does not depend on the database (the PostgreSQL pass itself configures
 * every server through {@code cadre.db.*} in its settings file).
 */
@H2Only
@DisplayName("Configuration: -D over environment over config file over the code's default")
class ConfigurationIT {

  private static final String NO_SAMPLE = "cadre.import.at-first-start=false\n";

  /**
   * One server, each setting given by a different set of sources: the port by the file, the
   * environment and a Java option (the option wins), the data folder by the file and the
   * environment (the environment wins), the first-start import by the file alone (off, against the
   * code's default).
   */
  @Test
  void eachSettingComesFromTheFirstSourceThatGivesItOptionEnvironmentFileThenDefault()
      throws Exception {
    Path dir = testDir("config-sources");
    Path envData = dir.resolve("env-data");
    int envPort = ServerProcess.freePort();
    int optionPort = ServerProcess.freePort();
    try (ServerProcess server =
        new ServerProcess(dir, NO_SAMPLE)
            .environment("CADRE_DATA_DIR", envData.toString())
            .environment("CADRE_HTTP_PORT", Integer.toString(envPort))
            .jvmOption("-Dcadre.http.port=" + optionPort)
            .expectPort(optionPort)
            .start()) {
      Api.Reply consortia = new Api(server.baseUrl()).get("/consortia");
      assertThat(consortia.status()).isEqualTo(200);
      assertThat(Files.readString(server.log()))
          .contains("bound to [/127.0.0.1:" + optionPort + "]");
      assertThat(listens(envPort)).as("CADRE_HTTP_PORT, outranked by -D").isFalse();
      assertThat(listens(server.filePort())).as("the file's port, outranked by both").isFalse();
      assertThat(envData.resolve("cadre.mv.db")).as("database in CADRE_DATA_DIR").exists();
      assertThat(server.dataDir()).as("the file's data folder, outranked").doesNotExist();
      assertThat(consortia.array()).as("no sample imported: the file's setting").isEmpty();
    }
  }

  private static boolean listens(int port) throws InterruptedException {
    try {
      HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
              HttpResponse.BodyHandlers.discarding());
      return true;
    } catch (java.io.IOException refused) {
      return false;
    }
  }

  private static Path testDir(String name) throws java.io.IOException {
    return Files.createTempDirectory(
        Files.createDirectories(Path.of(System.getProperty("cadre.test.dir", "target"))), name);
  }
}
