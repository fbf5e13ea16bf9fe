package fr.cadre.bench;

import fr.cadre.it.ServerProcess;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The consumption overview of one agreement ({@code GET /api/agreements/{id}/ledger}) with 10,000,
 * 100,000 and 1,000,000 vouchers, on the embedded H2 and on PostgreSQL: its latency beside the bare
 * SQL aggregate over the same vouchers (the figures the overview would have to sum without its
 * ledger rows), measured in the same run, and the reconciliation's duration, which must find every
 * figure exact. Target: overview p95 under 50 ms at 1,000,000 vouchers on both databases.
 *
 * <p>{@code mvn -Pbench-ledger verify}; {@code -Dbench.ledger.sizes=10000,100000,1000000}, {@code
 * -Dbench.ledger.databases=h2,postgresql}, {@code -Dbench.ledger.requests=400}, and the PostgreSQL
 * database of {@link BenchDatabase}.
 */
public final class LedgerBenchmark {

  private static final int[] SIZES =
      Arrays.stream(System.getProperty("bench.ledger.sizes", "10000,100000,1000000").split(","))
          .mapToInt(s -> Integer.parseInt(s.strip()))
          .toArray();
  private static final List<String> DATABASES =
      List.of(System.getProperty("bench.ledger.databases", "h2,postgresql").split(","));
  private static final int REQUESTS = Integer.getInteger("bench.ledger.requests", 400);
  private static final int WARMUP = 200;

  private static final String AGGREGATE =
      "SELECT v.lot_id, v.period_index, SUM(v.total_ht - v.released_ht),"
          + " SUM(COALESCE(v.delivered_ht, 0)), SUM(v.invoiced_ht), SUM(v.invoiced_ttc),"
          + " SUM(v.paid_ht), SUM(v.paid_ttc) FROM voucher v WHERE v.agreement_id = ?"
          + " AND v.status NOT IN ('DRAFT', 'CANCELLED') AND v.id > ?"
          + " GROUP BY v.lot_id, v.period_index";

  /**
   * A new value for the aggregate's always-true condition at each call: H2 hands back the result of
   * a query it ran before on unchanged tables, which would not be a measure of the sum.
   */
  private static long call;

  private final List<String> report = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    LedgerBenchmark bench = new LedgerBenchmark();
    for (String database : DATABASES) {
      bench.run(database.strip());
    }
    System.out.println();
    System.out.println(
        "| database | vouchers | overview p50 / p95 / p99 | bare SQL aggregate p50 / p95 / p99"
            + " | reconciliation, 3 runs | generated in |");
    System.out.println("|---|---|---|---|---|---|");
    bench.report.forEach(System.out::println);
  }

  private void run(String database) throws Exception {
    try (VoucherVolume volume = VoucherVolume.start("ledger", database)) {
      ServerProcess server = volume.server();
      BenchScheme scheme = volume.scheme();
      server.close();
      for (int size : SIZES) {
        long generation;
        Percentiles aggregate;
        try (Connection c = volume.connect()) {
          generation = volume.generate(c, size).nanos();
          aggregate =
              Percentiles.of(WARMUP / 4, REQUESTS / 4, () -> {}, () -> aggregate(c, scheme));
        }
        server.start();
        String ledger = server.baseUrl() + "/api/agreements/" + scheme.agreement() + "/ledger";
        String reconciliation =
            server.baseUrl() + "/api/agreements/" + scheme.agreement() + "/reconciliation";
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Runnable issue = volume.issueBeforeEachRequest();
        Percentiles overview =
            Percentiles.of(
                WARMUP, REQUESTS, issue, () -> get(http, ledger, scheme, "\"dimension\":\"LOT\""));
        Percentiles reconciled =
            Percentiles.of(
                0, 3, issue, () -> get(http, reconciliation, scheme, "\"consistent\":true"));
        server.close();
        String line =
            String.format(
                "| %s | %,d | %s | %s | %.2f to %.2f s | %.0f s |",
                volume.databaseName(),
                size,
                overview.line(),
                aggregate.line(),
                reconciled.at(0) / 1e3,
                reconciled.max() / 1e3,
                generation / 1e9);
        System.out.println(line);
        report.add(line);
      }
    }
  }

  private static void aggregate(Connection c, BenchScheme scheme) {
    try (PreparedStatement q = c.prepareStatement(AGGREGATE)) {
      q.setLong(1, scheme.agreement());
      q.setLong(2, -1 - call++);
      BigDecimal total = BigDecimal.ZERO;
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          total = total.add(r.getBigDecimal(3));
        }
      }
      if (total.signum() <= 0) {
        throw new IllegalStateException("no committed amount summed");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void get(HttpClient http, String url, BenchScheme scheme, String expected) {
    try {
      HttpResponse<String> reply =
          http.send(
              HttpRequest.newBuilder(URI.create(url))
                  .header("Authorization", scheme.authorization())
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (reply.statusCode() != 200 || !reply.body().contains(expected)) {
        throw new IllegalStateException(url + ": " + reply.statusCode() + " " + reply.body());
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
