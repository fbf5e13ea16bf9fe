package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two Cadre processes on two ports, one PostgreSQL database (a fresh schema of its own): the
 * database arbitrates between them. Skipped unless the build names a PostgreSQL ({@link
 * PostgresSchema}).
 */
@DisplayName("Several instances on one PostgreSQL database")
class SeveralInstancesIT {

  private static final String PRICE = "42.10";
  private static final String SMALL_MAXIMUM = "1000";
  private static final String NO_SAMPLE = "cadre.import.at-first-start=false\n";

  /**
   * The sample's scheme without its history of 880 vouchers: whether the first-start import runs
   * once does not depend on it, and it took about 20 s of the two instances' start.
   */
  private static final String NO_HISTORY = "cadre.import.history=false\n";

  @Test
  @DisplayName(
      "Issues fired at both instances: exactly those that fit, one numbering, one voucher per key,"
          + " and a kill -9 mid-burst loses nothing answered")
  void issuesOnTwoInstancesShareTheMaximumAndTheNumberingAndSurviveAKill() throws Exception {
    try (PostgresSchema pg = PostgresSchema.create("issue");
        ServerProcess a = new ServerProcess(dir("a"), pg.serverProperties() + NO_SAMPLE);
        ServerProcess b = new ServerProcess(dir("b"), pg.serverProperties() + NO_SAMPLE)) {
      ServerProcess.startTogether(a, b);
      Api apiA = new Api(a.baseUrl());
      Api apiB = new Api(b.baseUrl());
      Fixtures fixtures = new Fixtures(apiA);
      long consortium = fixtures.consortium();
      long agreement = fixtures.agreement(consortium);
      long holder = fixtures.operator(false);
      long lot = fixtures.lot(agreement, holder, "0", SMALL_MAXIMUM);
      fixtures.priceLine(lot, "H-NUIT", PRICE);
      long member = fixtures.member(consortium, "OPH", true);
      long site = fixtures.site(member, lot);
      ExecutorService pool = Executors.newFixedThreadPool(16);
      long started = System.nanoTime();

      // One key sent to both instances at once: one voucher, issued by one, replayed by the other.
      int keys = 3;
      for (int k = 0; k < keys; k++) {
        String key = "both-" + k + "-" + Fixtures.serial();
        List<Api.Reply> replies =
            together(
                pool,
                List.of(
                    () -> new Fixtures(apiA).issue(member, site, "H-NUIT", "1", key),
                    () -> new Fixtures(apiB).issue(member, site, "H-NUIT", "1", key)));
        assertThat(replies).extracting(Api.Reply::status).containsExactlyInAnyOrder(200, 201);
        assertThat(replies.get(0).id()).isEqualTo(replies.get(1).id());
        assertThat(replies.get(0).json().getString("number"))
            .isEqualTo(replies.get(1).json().getString("number"));
      }

      // Then a burst at both: exactly as many as fit in the maximum succeed, the rest are refused.
      int fit =
          new BigDecimal(SMALL_MAXIMUM)
              .divide(new BigDecimal(PRICE), 0, RoundingMode.FLOOR)
              .intValueExact();
      int burst = 40;
      List<Callable<Api.Reply>> issues = new ArrayList<>();
      for (int i = 0; i < burst; i++) {
        Api api = i % 2 == 0 ? apiA : apiB;
        issues.add(() -> new Fixtures(api).issue(member, site, "H-NUIT", "1", null));
      }
      List<Api.Reply> replies = together(pool, issues);
      long issued = replies.stream().filter(r -> r.status() == 201).count();
      long refused = replies.stream().filter(r -> r.status() == 409).count();
      assertThat(issued + refused).as("only 201 or 409: %s", replies).isEqualTo(burst);
      assertThat(issued).isEqualTo(fit - keys);
      List<JsonObject> onLot = vouchers(apiB, "lot=" + lot);
      BigDecimal sum =
          onLot.stream()
              .map(v -> v.getJsonNumber("totalHt").bigDecimalValue())
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(onLot).hasSize(fit);
      assertThat(sum)
          .isEqualByComparingTo(new BigDecimal(PRICE).multiply(BigDecimal.valueOf(fit)))
          .isLessThanOrEqualTo(new BigDecimal(SMALL_MAXIMUM));
      assertGapless(apiA, member, fit);
      assertReconciled(apiA, agreement, lot, fit, sum);
      assertReconciled(apiB, agreement, lot, fit, sum);
      long phaseOne = (System.nanoTime() - started) / 1_000_000;

      // A kill -9 of one instance in the middle of a burst on a roomier lot.
      long bigLot = fixtures.lot(agreement, holder, "0", "100000");
      fixtures.priceLine(bigLot, "H-NUIT", PRICE);
      long bigSite = fixtures.site(member, bigLot);
      Map<Long, String> answered = new ConcurrentHashMap<>();
      AtomicInteger lost = new AtomicInteger();
      AtomicInteger afterKill = new AtomicInteger();
      AtomicBoolean killed = new AtomicBoolean();
      CountDownLatch twenty = new CountDownLatch(20);
      long killStart = System.nanoTime();
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        Api api = i % 2 == 0 ? apiA : apiB;
        running.add(
            pool.submit(
                () -> {
                  boolean sentAfterKill = killed.get();
                  try {
                    Api.Reply reply = new Fixtures(api).issue(member, bigSite, "H-NUIT", "1", null);
                    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
                    answered.put(reply.id(), reply.json().getString("number"));
                    if (sentAfterKill) {
                      afterKill.incrementAndGet();
                    }
                    twenty.countDown();
                  } catch (UncheckedIOException refusedOrCut) {
                    lost.incrementAndGet();
                  }
                }));
      }
      twenty.await();
      b.kill();
      killed.set(true);
      for (Future<?> f : running) {
        f.get();
      }
      long killBurst = (System.nanoTime() - killStart) / 1_000_000;
      assertThat(lost.get()).as("requests to the killed instance").isPositive();
      assertThat(afterKill.get()).as("issued by the other instance after the kill").isPositive();
      for (Map.Entry<Long, String> voucher : answered.entrySet()) {
        JsonObject stored = apiA.get("/vouchers/" + voucher.getKey()).json();
        assertThat(stored.getString("number")).isEqualTo(voucher.getValue());
        assertThat(stored.getString("status")).isEqualTo("ISSUED");
      }
      int total = vouchers(apiA, "member=" + member).size();
      assertThat(total).isGreaterThanOrEqualTo(fit + answered.size());
      assertGapless(apiA, member, total);

      // The killed instance restarts on the same database and joins.
      try (ServerProcess again =
          new ServerProcess(dir("b-again"), pg.serverProperties() + NO_SAMPLE).start()) {
        Api apiAgain = new Api(again.baseUrl());
        for (int i = 0; i < 5; i++) {
          for (Api api : List.of(apiAgain, apiA)) {
            Api.Reply reply = new Fixtures(api).issue(member, bigSite, "H-NUIT", "1", null);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
          }
        }
        assertGapless(apiAgain, member, total + 10);
        JsonObject report = apiAgain.get("/agreements/" + agreement + "/reconciliation").json();
        assertThat(report.getBoolean("consistent")).as(report.toString()).isTrue();
      }
      pool.shutdown();
      System.out.printf(
          "SeveralInstancesIT: %d keys sent to both (one voucher each); burst of %d: %d issued, %d"
              + " refused, %d ms (keys included); kill burst: %d answered 201, %d lost with the"
              + " killed instance, %d issued by the other after the kill, %d ms; %d vouchers,"
              + " numbers gapless%n",
          keys,
          burst,
          issued,
          refused,
          phaseOne,
          answered.size(),
          lost.get(),
          afterKill.get(),
          killBurst,
          total + 10);
    }
  }

  @Test
  @DisplayName("Two instances started together on an empty database import the sample once")
  void twoInstancesStartedTogetherImportTheSampleOnce() throws Exception {
    try (PostgresSchema pg = PostgresSchema.create("first");
        ServerProcess a = new ServerProcess(dir("first-a"), pg.serverProperties() + NO_HISTORY);
        ServerProcess b = new ServerProcess(dir("first-b"), pg.serverProperties() + NO_HISTORY)) {
      ServerProcess.startTogether(a, b);
      for (ServerProcess server : List.of(a, b)) {
        Api api = new Api(server.baseUrl());
        List<JsonObject> runs = api.get("/imports").array().getValuesAs(JsonObject.class);
        assertThat(runs).as("runs seen by %s", server.baseUrl()).hasSize(1);
        assertThat(runs.get(0).getString("startedBy")).contains("premier démarrage");
        assertThat(runs.get(0).getString("status")).isEqualTo("COMPLETED");
        assertThat(api.get("/sites?size=500").array()).hasSize(40);
      }
    }
  }

  /** The calls, released together from one latch; their replies in the calls' order. */
  private static List<Api.Reply> together(ExecutorService pool, List<Callable<Api.Reply>> calls)
      throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Api.Reply>> futures = new ArrayList<>();
    for (Callable<Api.Reply> call : calls) {
      futures.add(
          pool.submit(
              () -> {
                go.await();
                return call.call();
              }));
    }
    go.countDown();
    List<Api.Reply> replies = new ArrayList<>();
    for (Future<Api.Reply> future : futures) {
      replies.add(future.get());
    }
    return replies;
  }

  private static List<JsonObject> vouchers(Api api, String filter) {
    return api.get("/vouchers?size=500&" + filter).array().getValuesAs(JsonObject.class).stream()
        .filter(v -> !v.isNull("number"))
        .toList();
  }

  /** The member's vouchers of 2022 are numbered 2022-000001 to {@code count}, none twice. */
  private static void assertGapless(Api api, long member, int count) {
    List<String> numbers =
        vouchers(api, "member=" + member).stream()
            .map(v -> v.getString("number"))
            .sorted()
            .toList();
    assertThat(numbers)
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, count).mapToObj(n -> "2022-%06d".formatted(n)).toList());
  }

  private static void assertReconciled(
      Api api, long agreement, long lot, int count, BigDecimal sum) {
    JsonObject report = api.get("/agreements/" + agreement + "/reconciliation").json();
    assertThat(report.getBoolean("consistent")).as(report.toString()).isTrue();
    JsonObject line =
        report.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
            .filter(l -> l.getJsonNumber("lotId").longValue() == lot)
            .filter(l -> l.getInt("voucherCount") > 0)
            .findFirst()
            .orElseThrow();
    assertThat(line.getInt("voucherCount")).isEqualTo(count);
    assertThat(line.getJsonNumber("vouchersTotal").bigDecimalValue()).isEqualByComparingTo(sum);
    assertThat(line.getJsonNumber("runningTotal").bigDecimalValue()).isEqualByComparingTo(sum);
  }

  private static Path dir(String name) throws Exception {
    return Files.createTempDirectory(
        Files.createDirectories(Path.of(System.getProperty("cadre.test.dir", "target/it"))),
        "instances-" + name);
  }
}
