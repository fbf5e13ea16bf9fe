package fr.cadre.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Load from {@code wrk} (Debian package {@code wrk}): a Java client would take most of the two
 * cores it shares with the server and measure itself. Each run prints one line of figures through
 * the {@link #DONE} hook, parsed into a {@link Result}.
 */
final class Wrk {

  /** wrk's report on one line: answers, failures, microseconds, latency percentiles. */
  static final String DONE =
      """
      done = function(summary, latency, requests)
        local e = summary.errors
        local failed = e.status + e.connect + e.read + e.write + e.timeout
        io.write(string.format("RESULT %d %d %d %.0f %.0f %.0f\\n",
          summary.requests - failed, failed, summary.duration,
          latency:percentile(50), latency:percentile(99), latency.max))
      end
      """;

  private static final long PAUSE_MILLIS = Long.getLong("bench.pause-ms", 5000);

  private Wrk() {}

  /** One target: a server's {@code /api} and the connections that load it. */
  record Target(String api, int connections) {}

  /** One run of {@code seconds} against one server, after a pause that lets it settle. */
  static Result run(
      String name, String api, int connections, long seconds, Path script, Supplier<Duration> cpu)
      throws IOException, InterruptedException {
    return run(name, List.of(new Target(api, connections)), seconds, script, cpu);
  }

  /**
   * Runs against several servers at once, one {@code wrk} each, and merges their figures: the
   * answers add up, the percentiles are the worst of the servers' (wrk gives no histogram to
   * merge).
   */
  static Result run(
      String name, List<Target> targets, long seconds, Path script, Supplier<Duration> cpu)
      throws IOException, InterruptedException {
    // A pause first: the database writes back after a burst of commits, and the next phase should
    // not pay for the previous one.
    Thread.sleep(PAUSE_MILLIS);
    List<Process> runs = new ArrayList<>();
    Duration cpuBefore = cpu.get();
    for (Target target : targets) {
      runs.add(start(target, seconds, script));
    }
    List<String[]> figures = new ArrayList<>();
    for (Process wrk : runs) {
      String out = new String(wrk.getInputStream().readAllBytes());
      if (wrk.waitFor() != 0 || !out.contains("RESULT")) {
        throw new IllegalStateException("wrk failed: " + out);
      }
      figures.add(out.substring(out.indexOf("RESULT")).trim().split("\\s+"));
    }
    double cpuMillis = cpu.get().minus(cpuBefore).toNanos() / 1e6;
    long ok = 0;
    long failed = 0;
    double secondsRun = 0;
    double p50 = 0;
    double p99 = 0;
    double max = 0;
    for (String[] f : figures) {
      ok += Long.parseLong(f[1]);
      failed += Long.parseLong(f[2]);
      secondsRun = Math.max(secondsRun, Long.parseLong(f[3]) / 1e6);
      p50 = Math.max(p50, Double.parseDouble(f[4]) / 1000);
      p99 = Math.max(p99, Double.parseDouble(f[5]) / 1000);
      max = Math.max(max, Double.parseDouble(f[6]) / 1000);
    }
    return new Result(name, ok, failed, secondsRun, p50, p99, max, cpuMillis);
  }

  private static Process start(Target target, long seconds, Path script) throws IOException {
    try {
      return new ProcessBuilder(
              "wrk",
              "-t2",
              "-c" + target.connections(),
              "-d" + seconds + "s",
              "--timeout",
              "10s",
              "-s",
              script.toString(),
              target.api())
          .redirectErrorStream(true)
          .start();
    } catch (IOException e) {
      throw new IllegalStateException("wrk is needed: apt-get install -y wrk", e);
    }
  }

  record Result(
      String name,
      long ok,
      long failed,
      double seconds,
      double p50Millis,
      double p99Millis,
      double maxMillis,
      double serverCpuMillis) {

    double throughput() {
      return ok / seconds;
    }

    /**
     * Server CPU per answered request: steadier than throughput on a shared VM, and what the two
     * cores are spent on (wrk's own share is not in it).
     */
    double cpuPerRequestMillis() {
      return ok == 0 ? 0 : serverCpuMillis / ok;
    }

    String line() {
      return String.format(
          "%-40s %7.0f req/s   p50 %6.2f ms   p99 %6.2f ms   max %7.2f ms   server CPU %5.2f ms/req"
              + "   ok %7d   failed %d",
          name, throughput(), p50Millis, p99Millis, maxMillis, cpuPerRequestMillis(), ok, failed);
    }
  }
}
