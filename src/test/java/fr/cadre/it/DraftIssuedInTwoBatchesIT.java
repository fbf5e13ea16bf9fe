package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A batch of issues readies its vouchers while the batch before it is still writing: a draft that
 * the earlier batch issued could still read as a draft in the later one, which then counted it a
 * second time and failed on the voucher's version at the flush, rolling back every issue it held
 * (each then issued alone). The draft's row is now taken and read again before anything is counted.
 * Its own server, so that its log can be read: no batch may have rolled back.
 */
@DisplayName(
    "A draft issued by requests in two consecutive batches: issued once, no batch rolled back")
class DraftIssuedInTwoBatchesIT {

  @Test
  void aDraftIssuedConcurrentlyBesideOtherOrdersRollsNoBatchBack() throws Exception {
    Path dir =
        Files.createTempDirectory(
            Path.of(System.getProperty("cadre.test.dir", "target")), "draft-batches");
    try (ServerProcess server = new ServerProcess(dir, "").start()) {
      Api api = new Api(server.baseUrl());
      Fixtures fixtures = new Fixtures(api);
      long consortium = fixtures.consortium();
      long member = fixtures.member(consortium, "OPH", true);
      long agreement = fixtures.agreement(consortium);
      long lot = fixtures.lot(agreement, fixtures.operator(false), "0", "1000000");
      fixtures.priceLine(lot, "H-JOUR", "30");
      long site = fixtures.site(member, lot);
      ExecutorService pool = Executors.newFixedThreadPool(16);
      int orders = 0;
      for (int round = 0; round < 8; round++) {
        long draft =
            api.post(
                    "/vouchers",
                    """
                    {"memberId":%d,"siteId":%d,"object":"Médiation, mars 2022",
                     "executionStart":"2022-03-01","executionEnd":"2022-03-31",
                     "lines":[{"code":"H-JOUR","quantity":1}]}"""
                        .formatted(member, site))
                .id();
        List<Future<Api.Reply>> again = new ArrayList<>();
        List<Future<Api.Reply>> others = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          again.add(
              pool.submit(
                  (Callable<Api.Reply>)
                      () ->
                          api.post(
                              "/vouchers/" + draft + "/issue", "{\"issueDate\":\"2022-03-01\"}")));
          others.add(
              pool.submit(
                  (Callable<Api.Reply>) () -> fixtures.issue(member, site, "H-JOUR", "2", null)));
        }
        Set<String> numbers = new HashSet<>();
        for (Future<Api.Reply> reply : again) {
          Api.Reply r = reply.get();
          assertThat(r.status()).as(r.toString()).isIn(200, 201);
          numbers.add(r.json().getString("number"));
        }
        assertThat(numbers).as("one draft, one number").hasSize(1);
        for (Future<Api.Reply> reply : others) {
          assertThat(reply.get().status()).isEqualTo(201);
          orders++;
        }
      }
      pool.shutdown();
      // 8 drafts of one hour and the other orders of two hours, each counted once.
      Reconciled.check(api, agreement);
      assertThat(
              api.get("/lots/" + lot)
                  .json()
                  .getJsonArray("periods")
                  .getJsonObject(1)
                  .getJsonNumber("consumed")
                  .bigDecimalValue())
          .isEqualByComparingTo(String.valueOf(30 * 8 + 60 * orders));
      assertThat(Files.readString(server.log()))
          .as("no batch of issues rolled back")
          .doesNotContain("issues rolled back")
          .doesNotContain("OptimisticLockException");
    }
  }
}
