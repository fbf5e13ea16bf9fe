package fr.cadre.bench;

import fr.cadre.bench.Wrk.Result;
import fr.cadre.it.ServerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Voucher issue throughput and latency with 16 concurrent connections, on one lot (every issue
 * queues on the same lot-period row) and spread over five lots, beside the baseline of the same
 * server answering a POST that inserts one row. Starts Cadre on a fresh embedded H2 database with
 * the durable setting (WRITE_DELAY=0), as the README's run command does.
 *
 * <p>{@code mvn -Pbench-issue verify}; tune with {@code -Dbench.clients}, {@code -Dbench.seconds},
 * {@code -Dbench.warmup}, {@code -Dbench.rounds}. {@link PostgresIssueBenchmark} is its PostgreSQL
 * counterpart.
 */
public final class IssueBenchmark {

  static final int CLIENTS = Integer.getInteger("bench.clients", 16);
  static final long SECONDS = Long.getLong("bench.seconds", 15);
  static final long WARMUP = Long.getLong("bench.warmup", 40);
  static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
  private static final String[] PHASES = {
    "baseline: POST inserting one row", "issue, one lot (hot row)", "issue, spread over 5 lots"
  };

  private final ServerProcess server;
  private final BenchScheme scheme;
  private final String api;
  private long warmupIssued;

  private IssueBenchmark(ServerProcess server, BenchScheme scheme) {
    this.server = server;
    this.scheme = scheme;
    this.api = server.baseUrl() + "/api";
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of("target", "bench", "issue-" + System.currentTimeMillis()).toAbsolutePath();
    Files.createDirectories(dir);
    System.out.printf(
        "Issue benchmark: %d connections, %d s per phase after %d s warm-up; server in %s%n",
        CLIENTS, SECONDS, WARMUP, dir);
    try (ServerProcess server =
        new ServerProcess(dir, "cadre.benchmark.probe=true\ncadre.import.at-first-start=false\n")
            .start()) {
      BenchScheme scheme = new BenchScheme(server.baseUrl() + "/api", dir).create();
      new IssueBenchmark(server, scheme).measure();
    }
  }

  /**
   * Rounds of baseline, issue on one lot, issue over five lots, each phase's share taken against
   * its own round's baseline: the VM's speed drifts by a quarter within minutes, and a baseline
   * measured once at the start and once at the end mixes that drift into the ratio. The median
   * round is reported.
   */
  private void measure() throws Exception {
    System.out.println("warming up (the JIT needs about a minute of load) ...");
    wrk("warm-up probe", WARMUP / 2, scheme.probeScript());
    warmupIssued = wrk("warm-up issue", WARMUP / 2, scheme.issueScript(BenchScheme.LOTS)).ok();
    List<Result[]> rounds = new ArrayList<>();
    for (int r = 1; r <= ROUNDS; r++) {
      rounds.add(
          new Result[] {
            wrk("round " + r + " " + PHASES[0], SECONDS, scheme.probeScript()),
            wrk("round " + r + " " + PHASES[1], SECONDS, scheme.issueScript(1)),
            wrk("round " + r + " " + PHASES[2], SECONDS, scheme.issueScript(BenchScheme.LOTS))
          });
    }
    System.out.println();
    rounds.forEach(round -> List.of(round).forEach(r -> System.out.println(r.line())));
    System.out.println();
    for (int phase = 1; phase <= 2; phase++) {
      int p = phase;
      Result[] median = median(rounds, round -> share(round, p));
      System.out.printf(
          "%-28s median round: %5.0f req/s = %3.0f %% of its baseline (%5.0f req/s; target >= 50 %%),"
              + " p99 %.1f ms (target < 50 ms); server CPU %.2f ms/req against %.2f; all rounds: %s%n",
          PHASES[p],
          median[p].throughput(),
          100 * share(median, p),
          median[0].throughput(),
          median[p].p99Millis(),
          median[p].cpuPerRequestMillis(),
          median[0].cpuPerRequestMillis(),
          rounds.stream().map(round -> String.format("%.0f %%", 100 * share(round, p))).toList());
    }
    List<Result> all = rounds.stream().flatMap(Arrays::stream).toList();
    long issued = all.stream().filter(r -> r.name().contains("issue")).mapToLong(Result::ok).sum();
    scheme.checkNoOverrun(issued + warmupIssued);
    checkNoneFailed(all);
  }

  static Result[] median(List<Result[]> rounds, java.util.function.ToDoubleFunction<Result[]> by) {
    List<Result[]> sorted = rounds.stream().sorted(Comparator.comparingDouble(by)).toList();
    return sorted.get(sorted.size() / 2);
  }

  static void checkNoneFailed(List<Result> all) {
    long failed = all.stream().mapToLong(Result::failed).sum();
    if (failed > 0) {
      throw new IllegalStateException(failed + " requests failed: the figures do not count");
    }
  }

  private static double share(Result[] round, int phase) {
    return round[phase].throughput() / round[0].throughput();
  }

  private Result wrk(String name, long seconds, Path script) throws Exception {
    return Wrk.run(name, api, CLIENTS, seconds, script, server::cpuTime);
  }
}
