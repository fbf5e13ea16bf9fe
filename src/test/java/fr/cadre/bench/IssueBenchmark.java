package fr.cadre.bench;

import fr.cadre.it.Fixtures;
import fr.cadre.it.ServerProcess;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Voucher issue throughput and latency with 16 concurrent connections, on one lot (every issue
 * queues on the same lot-period row) and spread over five lots, beside the baseline of the same
 * server answering a POST that inserts one row. Starts Cadre on a fresh embedded H2 database with
 * the durable setting (WRITE_DELAY=0), as the README's run command does. The load comes from {@code
 * wrk} (Debian package {@code wrk}): a Java client would take most of the two cores it shares with
 * the server and measure itself.
 *
 * <p>{@code mvn -Pbench-issue verify}; tune with {@code -Dbench.clients}, {@code -Dbench.seconds},
 * {@code -Dbench.warmup}, {@code -Dbench.rounds}.
 */
public final class IssueBenchmark {

  private static final int CLIENTS = Integer.getInteger("bench.clients", 16);
  private static final long SECONDS = Long.getLong("bench.seconds", 15);
  private static final long WARMUP = Long.getLong("bench.warmup", 40);
  private static final int LOTS = 5;
  private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
  private static final String[] PHASES = {
    "baseline: POST inserting one row", "issue, one lot (hot row)", "issue, spread over 5 lots"
  };
  private static final long PAUSE_MILLIS = Long.getLong("bench.pause-ms", 5000);
  private static final BigDecimal MAXIMUM = new BigDecimal("500000000.00");
  private static final BigDecimal VOUCHER_HT = new BigDecimal("94.20");

  private final ServerProcess server;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final Path dir;
  private final String api;
  private final long[] lots = new long[LOTS];
  private final long[] sites = new long[LOTS];
  private long member;
  private long agreement;
  private long warmupIssued;

  private IssueBenchmark(ServerProcess server, Path dir) {
    this.server = server;
    this.dir = dir;
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
      IssueBenchmark bench = new IssueBenchmark(server, dir);
      bench.scheme();
      bench.measure();
    }
  }

  private void scheme() throws Exception {
    long consortium = created("/consortia", "{\"name\":\"Banc d'essai\"}");
    member =
        created(
            "/consortia/" + consortium + "/members",
            "{\"name\":\"Ville\",\"siret\":\"%s\",\"legalForm\":\"LOCAL_AUTHORITY\",\"mayOrder\":true}"
                .formatted(Fixtures.siret(1)));
    agreement =
        created(
            "/agreements",
            """
            {"consortiumId":%d,"reference":"BENCH-%d","object":"Médiation sociale urbaine",
             "procedureLaunchDate":"2021-03-01","notificationDate":"2021-06-15",
             "startDate":"2021-07-01","initialMonths":6,"renewalCount":3,"renewalMonths":12}"""
                .formatted(consortium, System.currentTimeMillis()));
    for (int i = 0; i < LOTS; i++) {
      long operator =
          created(
              "/operators",
              "{\"name\":\"Opérateur %d\",\"siret\":\"%s\"}"
                  .formatted(i + 1, Fixtures.siret(10 + i)));
      lots[i] =
          created(
              "/agreements/" + agreement + "/lots",
              "{\"number\":%d,\"label\":\"Secteur %d\",\"holderIds\":[%d],\"minimum\":0,\"maximum\":%s}"
                  .formatted(i + 1, i + 1, operator, MAXIMUM.toPlainString()));
      created(
          "/lots/" + lots[i] + "/price-lines",
          "{\"code\":\"H-JOUR\",\"label\":\"Heure de médiation de jour\",\"unit\":\"heure\","
              + "\"unitPrice\":31.40,\"vatRate\":20}");
      sites[i] =
          created(
              "/sites",
              "{\"code\":\"B-%d\",\"name\":\"Résidence %d\",\"memberId\":%d,\"lotId\":%d,\"dwellings\":600}"
                  .formatted(i, i, member, lots[i]));
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
    wrk("warm-up probe", WARMUP / 2, probeScript());
    warmupIssued = wrk("warm-up issue", WARMUP / 2, issueScript(LOTS)).ok();
    List<Result[]> rounds = new ArrayList<>();
    for (int r = 1; r <= ROUNDS; r++) {
      rounds.add(
          new Result[] {
            wrk("round " + r + " " + PHASES[0], SECONDS, probeScript()),
            wrk("round " + r + " " + PHASES[1], SECONDS, issueScript(1)),
            wrk("round " + r + " " + PHASES[2], SECONDS, issueScript(LOTS))
          });
    }
    System.out.println();
    rounds.forEach(round -> List.of(round).forEach(r -> System.out.println(r.line())));
    System.out.println();
    for (int phase = 1; phase <= 2; phase++) {
      int p = phase;
      List<Result[]> byShare =
          rounds.stream()
              .sorted(java.util.Comparator.comparingDouble(round -> share(round, p)))
              .toList();
      Result[] median = byShare.get(byShare.size() / 2);
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
    List<Result> all = rounds.stream().flatMap(java.util.Arrays::stream).toList();
    long issued = all.stream().filter(r -> r.name().contains("issue")).mapToLong(Result::ok).sum();
    checkNoOverrun(issued);
    long failed = all.stream().mapToLong(Result::failed).sum();
    if (failed > 0) {
      throw new IllegalStateException(failed + " requests failed: the figures do not count");
    }
  }

  private static double share(Result[] round, int phase) {
    return round[phase].throughput() / round[0].throughput();
  }

  /**
   * Every lot's running total must equal the sum of its vouchers (the reconciliation report) and
   * stay within the maximum, and every issue answered 201 must be among those vouchers. A few more
   * vouchers than answers is expected: wrk stops counting while its last requests are in flight.
   */
  private void checkNoOverrun(long answeredIssued) throws Exception {
    JsonObject report = json(get("/agreements/" + agreement + "/reconciliation"));
    long vouchers = 0;
    BigDecimal total = BigDecimal.ZERO;
    for (JsonObject line : report.getJsonArray("lines").getValuesAs(JsonObject.class)) {
      vouchers += line.getJsonNumber("voucherCount").longValue();
      total = total.add(line.getJsonNumber("runningTotal").bigDecimalValue());
    }
    long answered = answeredIssued + warmupIssued;
    boolean ok =
        report.getBoolean("consistent")
            && vouchers >= answered
            && total.compareTo(VOUCHER_HT.multiply(BigDecimal.valueOf(vouchers))) == 0
            && total.compareTo(MAXIMUM) <= 0;
    System.out.printf(
        "reconciliation: %d vouchers (%d answered 201, the rest in flight when wrk stopped),"
            + " running totals %s € HT = vouchers' sum: %s%n",
        vouchers, answered, total.toPlainString(), ok ? "yes, no overrun" : "NO");
    if (!ok) {
      throw new IllegalStateException("running totals differ from the vouchers issued: " + report);
    }
  }

  private Result wrk(String name, long seconds, Path script) throws Exception {
    // A pause first: H2 writes back and compacts its file after a burst of commits, and the next
    // phase should not pay for the previous one.
    Thread.sleep(PAUSE_MILLIS);
    Process wrk;
    try {
      wrk =
          new ProcessBuilder(
                  "wrk",
                  "-t2",
                  "-c" + CLIENTS,
                  "-d" + seconds + "s",
                  "--timeout",
                  "10s",
                  "-s",
                  script.toString(),
                  api)
              .redirectErrorStream(true)
              .start();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("wrk is needed: apt-get install -y wrk", e);
    }
    java.time.Duration cpuBefore = server.cpuTime();
    String out = new String(wrk.getInputStream().readAllBytes());
    int exit = wrk.waitFor();
    double cpuMillis = server.cpuTime().minus(cpuBefore).toNanos() / 1e6;
    if (exit != 0 || !out.contains("RESULT")) {
      throw new IllegalStateException("wrk failed: " + out);
    }
    String[] f = out.substring(out.indexOf("RESULT")).trim().split("\\s+");
    return new Result(
        name,
        Long.parseLong(f[1]),
        Long.parseLong(f[2]),
        Long.parseLong(f[3]) / 1e6,
        Double.parseDouble(f[4]) / 1000,
        Double.parseDouble(f[5]) / 1000,
        Double.parseDouble(f[6]) / 1000,
        cpuMillis);
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
          "%-34s %7.0f req/s   p50 %6.2f ms   p99 %6.2f ms   max %7.2f ms   server CPU %5.2f ms/req"
              + "   ok %7d   failed %d",
          name, throughput(), p50Millis, p99Millis, maxMillis, cpuPerRequestMillis(), ok, failed);
    }
  }

  /** wrk's report on one line: answers, failures, microseconds, latency percentiles. */
  private static final String DONE =
      """
      done = function(summary, latency, requests)
        local e = summary.errors
        local failed = e.status + e.connect + e.read + e.write + e.timeout
        io.write(string.format("RESULT %d %d %d %.0f %.0f %.0f\\n",
          summary.requests - failed, failed, summary.duration,
          latency:percentile(50), latency:percentile(99), latency.max))
      end
      """;

  private Path probeScript() throws Exception {
    Path script = dir.resolve("probe.lua");
    Files.writeString(
        script,
        """
        wrk.method = "POST"
        wrk.path = "/api/probe"
        """
            + DONE);
    return script;
  }

  /** Issues on the first {@code lotCount} lots in turn: a 3-hour voucher, 94,20 € HT. */
  private Path issueScript(int lotCount) throws Exception {
    StringBuilder bodies = new StringBuilder("local bodies = {\n");
    for (int i = 0; i < lotCount; i++) {
      bodies
          .append("  [[")
          .append(
              "{\"memberId\":%d,\"siteId\":%d,\"object\":\"Médiation, mars 2022\",\"issueDate\":\"2022-03-01\",\"executionStart\":\"2022-03-01\",\"executionEnd\":\"2022-03-31\",\"lines\":[{\"code\":\"H-JOUR\",\"quantity\":3}]}"
                  .formatted(member, sites[i]))
          .append("]],\n");
    }
    bodies.append("}\n");
    Path script = dir.resolve("issue-" + lotCount + ".lua");
    Files.writeString(
        script,
        bodies
            + """
            wrk.method = "POST"
            wrk.headers["Content-Type"] = "application/json"
            wrk.headers["X-Cadre-User"] = "banc.essai"
            local n = 0
            request = function()
              n = n + 1
              return wrk.format(nil, "/api/vouchers?issue=true", nil, bodies[(n % #bodies) + 1])
            end
            """
            + DONE);
    return script;
  }

  private long created(String path, String body) throws Exception {
    HttpResponse<String> reply =
        http.send(
            HttpRequest.newBuilder(URI.create(api + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (reply.statusCode() != 201) {
      throw new IllegalStateException(path + ": " + reply.statusCode() + " " + reply.body());
    }
    return json(reply).getJsonNumber("id").longValue();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(api + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(HttpResponse<String> reply) {
    return Json.createReader(new StringReader(reply.body())).readObject();
  }
}
