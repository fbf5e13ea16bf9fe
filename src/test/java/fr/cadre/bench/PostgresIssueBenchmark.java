package fr.cadre.bench;

import fr.cadre.bench.Wrk.Result;
import fr.cadre.bench.Wrk.Target;
import fr.cadre.it.ServerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Voucher issue throughput and latency on PostgreSQL, beside pgbench's issue transaction on one hot
 * row, in the same run: with one Cadre instance, then with two on the same database (and the same
 * two cores), each round measuring pgbench, the baseline ({@code POST /api/probe}) and issuing on
 * one lot. Target with one instance: at least pgbench's transactions per second, p99 under 50 ms,
 * no overrun.
 *
 * <p>{@code mvn -Pbench-issue-pg verify} with a PostgreSQL given by {@code -Dbench.db.url}, {@code
 * -Dbench.db.user}, {@code -Dbench.db.password} (default the tests' {@code cadre_it} on loopback);
 * the same tuning options as {@link IssueBenchmark}.
 */
public final class PostgresIssueBenchmark {

  private static final String[] PHASES = {
    "pgbench: issue on one hot row", "baseline: POST inserting one row", "issue, one lot (hot row)"
  };

  /** {@code -Dbench.two-instances=false} measures one instance only (for a profile, say). */
  private static final boolean TWO_INSTANCES =
      Boolean.parseBoolean(System.getProperty("bench.two-instances", "true"));

  private final Pgbench pgbench;
  private final BenchScheme scheme;
  private long issued;

  private PostgresIssueBenchmark(Pgbench pgbench, BenchScheme scheme) {
    this.pgbench = pgbench;
    this.scheme = scheme;
  }

  public static void main(String[] args) throws Exception {
    Path dir =
        Path.of("target", "bench", "issue-pg-" + System.currentTimeMillis()).toAbsolutePath();
    Files.createDirectories(dir);
    BenchDatabase db = BenchDatabase.fromProperties();
    System.out.printf(
        "Issue benchmark on PostgreSQL (%s): %d connections, %d s per phase after %d s warm-up,"
            + " %d rounds with one instance then %d with two; servers in %s%n",
        db.url(),
        IssueBenchmark.CLIENTS,
        IssueBenchmark.SECONDS,
        IssueBenchmark.WARMUP,
        IssueBenchmark.ROUNDS,
        IssueBenchmark.ROUNDS,
        dir);
    String schema = "bench_cadre_" + System.currentTimeMillis();
    String settings =
        "cadre.benchmark.probe=true\ncadre.import.at-first-start=false\n"
            + db.createSchemaForCadre(schema);
    try (Pgbench pgbench = new Pgbench(db, dir);
        ServerProcess first =
            new ServerProcess(dir.resolve("instance-1"), settings)
                .jvmOption(BATCH_TIMINGS)
                .start()) {
      BenchScheme scheme = new BenchScheme(first.baseUrl() + "/api", dir).create();
      PostgresIssueBenchmark bench = new PostgresIssueBenchmark(pgbench, scheme);
      List<Result[]> one = bench.rounds("one instance", List.of(first));
      List<Result[]> two = List.of();
      if (TWO_INSTANCES) {
        try (ServerProcess second =
            new ServerProcess(dir.resolve("instance-2"), settings)
                .jvmOption(BATCH_TIMINGS)
                .start()) {
          two = bench.rounds("two instances", List.of(first, second));
        }
      }
      System.out.println();
      bench.report("one instance", one);
      if (TWO_INSTANCES) {
        bench.report("two instances", two);
      }
      scheme.checkNoOverrun(bench.issued);
      List<Result> all = new ArrayList<>();
      one.forEach(round -> all.addAll(Arrays.asList(round)));
      two.forEach(round -> all.addAll(Arrays.asList(round)));
      IssueBenchmark.checkNoneFailed(all);
    } finally {
      db.dropSchema(schema);
    }
  }

  /** The servers log where their issue batches' time goes ({@code BatchTimings}), every 5 s. */
  private static final String BATCH_TIMINGS = "-Dcadre.bench.batch-timings=true";

  /** The last line the server logged of its batches' timings: the end of the phase just run. */
  private static String lastBatchTimings(ServerProcess server) throws java.io.IOException {
    String last = "no batch timings logged";
    for (String line : java.nio.file.Files.readAllLines(server.log())) {
      int at = line.indexOf("issue batches: ");
      if (at >= 0) {
        last = line.substring(at).replaceAll("[^\\p{Print}]|\\[0m", "").strip();
      }
    }
    return last;
  }

  /**
   * A warm-up, then rounds of pgbench, baseline and issue on one lot, with the connections shared
   * out between the instances.
   */
  private List<Result[]> rounds(String label, List<ServerProcess> servers) throws Exception {
    System.out.printf("%s: warming up (the JIT needs about a minute of load) ...%n", label);
    List<Target> targets = new ArrayList<>();
    for (ServerProcess server : servers) {
      targets.add(new Target(server.baseUrl() + "/api", IssueBenchmark.CLIENTS / servers.size()));
    }
    java.util.function.Supplier<Duration> cpu =
        () -> servers.stream().map(ServerProcess::cpuTime).reduce(Duration.ZERO, Duration::plus);
    long warmup = IssueBenchmark.WARMUP / 2;
    Wrk.run("warm-up probe", targets, warmup, scheme.probeScript(), cpu);
    issued += Wrk.run("warm-up issue", targets, warmup, scheme.issueScript(1), cpu).ok();
    pgbench.run("warm-up pgbench", IssueBenchmark.CLIENTS, 5);
    List<Result[]> rounds = new ArrayList<>();
    for (int r = 1; r <= IssueBenchmark.ROUNDS; r++) {
      String round = label + ", round " + r + ": ";
      Result[] results = new Result[3];
      for (int phase = 0; phase < 3; phase++) {
        Duration machineBefore = machineCpu();
        results[phase] =
            switch (phase) {
              case 0 ->
                  pgbench.run(round + PHASES[0], IssueBenchmark.CLIENTS, IssueBenchmark.SECONDS);
              case 1 ->
                  Wrk.run(
                      round + PHASES[1],
                      targets,
                      IssueBenchmark.SECONDS,
                      scheme.probeScript(),
                      cpu);
              default ->
                  Wrk.run(
                      round + PHASES[2],
                      targets,
                      IssueBenchmark.SECONDS,
                      scheme.issueScript(1),
                      cpu);
            };
        double machineMillis = machineCpu().minus(machineBefore).toNanos() / 1e6;
        System.out.printf(
            "%s   machine CPU %5.2f ms/req%n",
            results[phase].line(), machineMillis / Math.max(1, results[phase].ok()));
        if (phase == 2) {
          for (ServerProcess server : servers) {
            System.out.println("    " + lastBatchTimings(server));
          }
        }
      }
      issued += results[2].ok();
      rounds.add(results);
    }
    return rounds;
  }

  private void report(String label, List<Result[]> rounds) {
    Result[] median = IssueBenchmark.median(rounds, PostgresIssueBenchmark::againstPgbench);
    System.out.printf(
        "%s, median round: issue on one lot %5.0f req/s = %3.0f %% of pgbench's %5.0f tx/s"
            + " (target >= 100 %% with one instance) and %3.0f %% of the baseline's %5.0f req/s;"
            + " p99 %.1f ms (target < 50 ms; pgbench %.1f ms); server CPU %.2f ms/issue; all rounds"
            + " against pgbench: %s%n",
        label,
        median[2].throughput(),
        100 * againstPgbench(median),
        median[0].throughput(),
        100 * median[2].throughput() / median[1].throughput(),
        median[1].throughput(),
        median[2].p99Millis(),
        median[0].p99Millis(),
        median[2].cpuPerRequestMillis(),
        rounds.stream().map(r -> String.format("%.0f %%", 100 * againstPgbench(r))).toList());
  }

  /**
   * CPU time the whole machine has spent so far, from {@code /proc/stat} (in 1/100 s): server,
   * database, the load generators and the rest, to show where the two cores go in each phase.
   */
  private static Duration machineCpu() {
    try {
      String[] f = java.nio.file.Files.readAllLines(Path.of("/proc/stat")).get(0).split("\\s+");
      long busy = 0;
      for (int i = 1; i <= 8; i++) {
        busy += i == 4 || i == 5 ? 0 : Long.parseLong(f[i]); // not idle, not iowait
      }
      return Duration.ofMillis(busy * 10);
    } catch (java.io.IOException | RuntimeException unknown) {
      return Duration.ZERO;
    }
  }

  private static double againstPgbench(Result[] round) {
    return round[2].throughput() / round[0].throughput();
  }
}
