package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Vouchers issued by many requests at once go through the batch path (the issue queue groups them
 * into one transaction): the ledger's rows per lot, member, budget line, site and holder move there
 * as they do for one voucher alone, so the reconciliation finds nothing to report; the budget
 * line's credit holds under the batch as the lot's maximum does. A member's finance user then reads
 * its own member's figures only.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Finance ledger under concurrent issues (the batch path): reconciled, credits held")
class LedgerUnderConcurrentIssuesIT {

  @ArquillianResource URL base;

  @Test
  void concurrentIssuesLeaveTheLedgerReconciledAndTheCreditHeld() throws Exception {
    Api api = new Api(base);
    Fixtures fixtures = new Fixtures(api);
    long consortium = fixtures.consortium();
    long memberA = fixtures.member(consortium, "OPH", true);
    long memberB = fixtures.member(consortium, "OPH", true);
    long agreement = fixtures.agreement(consortium);
    long lot = fixtures.lot(agreement, fixtures.operator(false), "0", "1000");
    fixtures.priceLine(lot, "H-JOUR", "30");
    long siteA = fixtures.site(memberA, lot);
    long siteB = fixtures.site(memberB, lot);

    // B's finance user records a credit of 300 € on its line 6228 of 2022 and refuses beyond it.
    String login = "finance.b." + Fixtures.serial();
    Api.Reply user =
        api.asAdmin()
            .post(
                "/users",
                """
                {"login":"%s","name":"Finances du membre B","roles":["FINANCE"],"memberId":%d,"password":"mot-de-passe-finances"}"""
                    .formatted(login, memberB));
    assertThat(user.status()).as(user.toString()).isEqualTo(201);
    Api financeB = api.as(login, "mot-de-passe-finances");
    assertThat(
            financeB
                .put("/members/" + memberB + "/finance", "{\"budgetCheck\":\"REFUSE\"}")
                .status())
        .isEqualTo(200);
    assertThat(
            financeB
                .put(
                    "/members/" + memberB + "/finance/budget-envelopes",
                    "{\"agreementId\":%d,\"budgetYear\":2022,\"budgetLine\":\"6228\",\"credit\":300}"
                        .formatted(agreement))
                .status())
        .isEqualTo(200);

    // 40 requests of 3 hours (90 € HT), half for each member: the lot admits 11, B's credit 3.
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<Api.Reply>> forA = new ArrayList<>();
    List<Future<Api.Reply>> forB = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      forA.add(
          pool.submit(
              (Callable<Api.Reply>) () -> fixtures.issue(memberA, siteA, "H-JOUR", "3", null)));
      forB.add(
          pool.submit(
              (Callable<Api.Reply>) () -> fixtures.issue(memberB, siteB, "H-JOUR", "3", null)));
    }
    int issuedA = issued(forA, "R2162-4");
    int issuedB = issued(forB, "R2162-4", "budget-credit");
    pool.shutdown();

    assertThat(issuedA + issuedB).as("the lot's maximum: 11 vouchers of 90 €").isEqualTo(11);
    assertThat(issuedB)
        .as("B's credit of 300 €: at most 3 vouchers of 90 €")
        .isLessThanOrEqualTo(3);
    Reconciled.check(api, agreement);

    JsonObject line =
        financeB
            .get("/members/" + memberB + "/finance/view?agreement=" + agreement)
            .json()
            .getJsonArray("budgetLines")
            .getJsonObject(0);
    assertThat(line.getJsonNumber("committedHt").bigDecimalValue())
        .isEqualByComparingTo(new BigDecimal(90 * issuedB));

    // B's finance user sees B's member row and B's site row, nothing of A nor of the lot as a
    // whole.
    var rows = financeB.get("/agreements/" + agreement + "/ledger").array();
    Map<String, BigDecimal> committed = new HashMap<>();
    for (var r : rows) {
      JsonObject row = r.asJsonObject();
      assertThat(row.getString("dimension")).isIn("MEMBER", "SITE");
      assertThat(row.getJsonNumber("id").longValue())
          .isEqualTo(row.getString("dimension").equals("MEMBER") ? memberB : siteB);
      committed.merge(
          row.getString("dimension"),
          row.getJsonNumber("committedHt").bigDecimalValue(),
          BigDecimal::add);
    }
    assertThat(committed).containsOnlyKeys("MEMBER", "SITE");
    assertThat(committed.values())
        .allSatisfy(c -> assertThat(c).isEqualByComparingTo(new BigDecimal(90 * issuedB)));
    assertThat(financeB.get("/members/" + memberA + "/finance/view").status()).isEqualTo(403);
  }

  /** How many were issued; every other one was refused by one of these rules. */
  private static int issued(List<Future<Api.Reply>> replies, String... rules) throws Exception {
    int issued = 0;
    for (Future<Api.Reply> future : replies) {
      Api.Reply reply = future.get();
      assertThat(reply.status()).as(reply.toString()).isIn(201, 409);
      if (reply.status() == 201) {
        issued++;
      } else {
        assertThat(reply.json().getString("rule")).isIn((Object[]) rules);
      }
    }
    return issued;
  }
}
