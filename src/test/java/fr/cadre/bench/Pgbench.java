package fr.cadre.bench;

import fr.cadre.bench.Wrk.Result;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * pgbench's issue transaction on one hot row (src/test/resources/bench/pgbench-issue.sql, from the
 * shared reference): lock a lot's budget row, check the headroom, update it, insert the voucher. It
 * runs in a schema of its own, with as many clients as the issue benchmark's connections, and its
 * latencies come from pgbench's per-transaction log.
 */
final class Pgbench implements AutoCloseable {

  private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial");
  private static final Pattern DONE =
      Pattern.compile("number of transactions actually processed: (\\d+)");

  private final BenchDatabase db;
  private final String schema = "bench_pgbench_" + System.currentTimeMillis();
  private final Path dir;
  private final Path script;

  Pgbench(BenchDatabase db, Path dir) throws IOException, SQLException {
    this.db = db;
    this.dir = dir;
    this.script = dir.resolve("pgbench-issue.sql");
    Files.writeString(script, resource("/bench/pgbench-issue.sql"));
    try (Connection c = db.connect();
        Statement ddl = c.createStatement()) {
      ddl.execute("CREATE SCHEMA " + schema);
      ddl.execute("SET search_path = " + schema);
      ddl.execute(resource("/bench/pgbench-schema.sql"));
    }
  }

  /** {@code pgbench -n -c clients -j 2 -T seconds -D lots=1 -f issue.sql}, after a pause. */
  Result run(String name, int clients, long seconds) throws IOException, InterruptedException {
    Thread.sleep(Long.getLong("bench.pause-ms", 5000));
    String prefix = dir.resolve("pgbench-log-" + System.nanoTime()).toString();
    URI uri = URI.create(db.url().substring("jdbc:".length()));
    ProcessBuilder builder =
        new ProcessBuilder(
                "pgbench",
                "-n",
                "-c" + clients,
                "-j2",
                "-T" + seconds,
                "-D",
                "lots=1",
                "-f",
                script.toString(),
                "-l",
                "--log-prefix=" + prefix,
                "-h",
                uri.getHost(),
                "-p",
                String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort()),
                "-U",
                db.user(),
                uri.getPath().substring(1))
            .redirectErrorStream(true);
    builder.environment().put("PGPASSWORD", db.password());
    builder.environment().put("PGOPTIONS", "-c search_path=" + schema);
    Process pgbench;
    try {
      pgbench = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException("pgbench is needed: apt-get install -y postgresql", e);
    }
    String out = new String(pgbench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    Matcher tps = TPS.matcher(out);
    Matcher done = DONE.matcher(out);
    if (pgbench.waitFor() != 0 || !tps.find() || !done.find()) {
      throw new IllegalStateException("pgbench failed: " + out);
    }
    long transactions = Long.parseLong(done.group(1));
    double[] latencies = latencies(prefix);
    return new Result(
        name,
        transactions,
        0,
        transactions / Double.parseDouble(tps.group(1)),
        percentile(latencies, 0.50),
        percentile(latencies, 0.99),
        latencies.length == 0 ? 0 : latencies[latencies.length - 1],
        0);
  }

  /** Each transaction's latency in ms, sorted, from the log files pgbench wrote (then removed). */
  private double[] latencies(String prefix) throws IOException {
    Path prefixPath = Path.of(prefix);
    List<Path> logs;
    try (Stream<Path> files = Files.list(dir)) {
      logs =
          files
              .filter(f -> f.getFileName().toString().startsWith(prefixPath.getFileName() + "."))
              .toList();
    }
    List<Double> millis = new ArrayList<>();
    for (Path log : logs) {
      // client_id transaction_no time script_no time_epoch time_us: time is the latency in µs.
      for (String line : Files.readAllLines(log)) {
        String[] f = line.trim().split("\\s+");
        if (f.length >= 3) {
          millis.add(Long.parseLong(f[2]) / 1000.0);
        }
      }
      Files.delete(log);
    }
    return millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
  }

  private static double percentile(double[] sorted, double p) {
    return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, p * sorted.length)];
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = Pgbench.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Override
  public void close() throws SQLException {
    db.dropSchema(schema);
  }
}
