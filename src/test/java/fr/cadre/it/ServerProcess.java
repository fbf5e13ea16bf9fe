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
import java.util.List;

/**
 * Cadre in a Payara Micro process of its own, started as the README does, so that a test can kill
 * it with SIGKILL and start it again on the same data folder.
 */
public final class ServerProcess implements AutoCloseable {

  private final Path dataDir;
  private final Path properties;
  private final int port;
  private Process process;

  public ServerProcess(Path dataDir, String extraProperties) throws IOException {
    this.dataDir = dataDir;
    Files.createDirectories(dataDir);
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    properties = dataDir.resolve("cadre.properties");
    Files.writeString(
        properties,
        "cadre.data.dir="
            + dataDir.resolve("data")
            + "\n"
            + "cadre.http.port="
            + port
            + "\n"
            + "cadre.http.address=127.0.0.1\n"
            + extraProperties);
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  public ServerProcess start() throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // Extra JVM options for the server, for example a profiler when benchmarking.
    String jvmOptions = System.getProperty("cadre.server.jvm-options", "");
    if (!jvmOptions.isBlank()) {
      command.addAll(List.of(jvmOptions.trim().split("\\s+")));
    }
    command.addAll(
        List.of(
            "-jar",
            System.getProperty("payara.microJar", "target/payara-micro.jar"),
            "--deploy",
            System.getProperty("cadre.war", "target/cadre.war"),
            "--contextroot",
            "/",
            "--nohazelcast",
            "--systemproperties",
            properties.toString(),
            "--prebootcommandfile",
            "config/pre-boot-commands.asadmin"));
    process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(dataDir.resolve("server.log").toFile()))
            .start();
    try {
      awaitHealthy();
    } catch (RuntimeException | IOException | InterruptedException e) {
      // A server that never became healthy is not left running: nobody would ever close it.
      kill();
      throw e;
    }
    return this;
  }

  private void awaitHealthy() throws InterruptedException, IOException {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Payara Micro exited; see " + dataDir.resolve("server.log"));
      }
      // Wait for Payara's own "ready" line before asking the application.
      if (!Files.readString(dataDir.resolve("server.log")).contains(") ready in ")) {
        Thread.sleep(500);
        continue;
      }
      try {
        HttpResponse<String> health =
            client.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> api =
            client.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/api/consortia")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 && api.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(
        "Cadre did not start in 180 s; see " + dataDir.resolve("server.log"));
  }

  /** SIGKILL, as {@code kill -9}: no shutdown hook runs, nothing is flushed. */
  /** CPU time the server process has used so far (all its threads), or zero when unknown. */
  public java.time.Duration cpuTime() {
    return process == null
        ? java.time.Duration.ZERO
        : process.info().totalCpuDuration().orElse(java.time.Duration.ZERO);
  }

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
