package fr.cadre.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Cadre in a Payara Micro process of its own, started as the README does (through the launcher), so
 * that a test can kill it with SIGKILL and start it again on the same data folder. Its settings
 * file ({@code cadre.config.file}) names a data folder and a free port of its own, and the tests'
 * database ({@link ItDatabase}: the H2 file in that folder, or a schema of its own on PostgreSQL);
 * a test may add environment variables and {@code -D} options on top, as an operator would.
 */
public final class ServerProcess implements AutoCloseable {

  private final Path dir;
  private final Path properties;
  private final Map<String, String> environment = new LinkedHashMap<>();
  private final List<String> jvmOptions = new ArrayList<>();
  private final int filePort;
  private int port;
  private Process process;

  public ServerProcess(Path dir, String extraProperties) throws IOException {
    this.dir = dir;
    Files.createDirectories(dir);
    filePort = freePort();
    port = filePort;
    properties = dir.resolve("cadre.properties");
    Files.writeString(
        properties,
        "cadre.data.dir="
            + dataDir()
            + "\n"
            + "cadre.http.port="
            + filePort
            + "\n"
            + "cadre.http.address=127.0.0.1\n"
            + "cadre.admin.password="
            + Api.ADMIN_PASSWORD
            + "\n"
            + database(dir)
            + extraProperties);
  }

  private static String database(Path dir) throws IOException {
    try {
      return ItDatabase.serverSettings(dir);
    } catch (java.sql.SQLException e) {
      throw new IOException("no schema for the server in " + dir, e);
    }
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** The data folder its settings file names. */
  public Path dataDir() {
    return dir.resolve("data");
  }

  /**
   * An environment variable for the server. {@code CADRE_*} variables of the test's own environment
   * are never passed on, so that only what a test sets here applies.
   */
  public ServerProcess environment(String name, String value) {
    environment.put(name, value);
    return this;
  }

  /** A JVM option for the server, for example {@code -Dcadre.http.port=…}. */
  public ServerProcess jvmOption(String option) {
    jvmOptions.add(option);
    return this;
  }

  /** The port its settings file names. */
  public int filePort() {
    return filePort;
  }

  /** The port the test expects the server on when the environment or an option overrides it. */
  public ServerProcess expectPort(int expected) {
    port = expected;
    return this;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  public ServerProcess start() throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // The JVM options the run command and the uber jar use (README, Production).
    command.add("@" + Path.of("config", "jvm.options").toAbsolutePath());
    // Extra JVM options for the server, for example a profiler when benchmarking.
    String benchOptions = System.getProperty("cadre.server.jvm-options", "");
    if (!benchOptions.isBlank()) {
      command.addAll(List.of(benchOptions.trim().split("\\s+")));
    }
    command.add("-Dcadre.config.file=" + properties);
    command.addAll(jvmOptions);
    command.addAll(
        List.of(
            "-jar",
            System.getProperty("cadre.launcher", "target/cadre-launcher.jar"),
            "--deploy",
            System.getProperty("cadre.war", "target/cadre.war"),
            "--contextroot",
            "/",
            "--nohazelcast",
            // Payara's runtime files go in the test's folder (under target/), not in /tmp: a killed
            // server leaves them behind, 150 MB each. A new folder at each start: one reused
            // deploys the application twice.
            "--rootdir",
            dir.resolve("payara-runtime-" + System.nanoTime()).toString(),
            "--prebootcommandfile",
            "config/pre-boot-commands.asadmin"));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
    builder.environment().keySet().removeIf(name -> name.startsWith("CADRE_"));
    builder.environment().putAll(environment);
    process = builder.start();
    try {
      awaitReady();
    } catch (RuntimeException | IOException | InterruptedException e) {
      // A server that never became ready is not left running: nobody would ever close it.
      kill();
      throw e;
    }
    return this;
  }

  /**
   * Both servers started at once, each awaited until ready: on two cores, two starts side by side
   * take less time than one after the other.
   */
  public static void startTogether(ServerProcess a, ServerProcess b) throws Exception {
    ExecutorService starting = Executors.newFixedThreadPool(2);
    try {
      List<Future<ServerProcess>> started = new ArrayList<>();
      for (ServerProcess server : List.of(a, b)) {
        started.add(starting.submit(server::start));
      }
      for (Future<ServerProcess> server : started) {
        server.get();
      }
    } finally {
      starting.shutdown();
    }
  }

  public Path log() {
    return dir.resolve("server.log");
  }

  /** Ready: {@code /health/ready} is UP (schema migrated, first-start import ended). */
  private void awaitReady() throws InterruptedException, IOException {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Payara Micro exited; see " + log());
      }
      // Wait for Payara's own "ready" line before asking the application.
      if (!Files.readString(log()).contains(") ready in ")) {
        Thread.sleep(500);
        continue;
      }
      try {
        HttpResponse<String> health =
            client.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("Cadre was not ready in 180 s; see " + log());
  }

  /** CPU time the server process has used so far (all its threads), or zero when unknown. */
  public Duration cpuTime() {
    return process == null
        ? Duration.ZERO
        : process.info().totalCpuDuration().orElse(Duration.ZERO);
  }

  /** SIGKILL, as {@code kill -9}: no shutdown hook runs, nothing is flushed. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      kill();
    }
  }
}
