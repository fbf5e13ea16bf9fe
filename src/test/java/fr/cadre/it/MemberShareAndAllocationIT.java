package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Member shares of the constitutive agreement, and cascade allocation between holders")
class MemberShareAndAllocationIT {

  @ArquillianResource URL base;

  private Api api;
  private Fixtures fixtures;
  private long consortium;
  private long agreement;

  /** Whatever the scenario did, every ledger figure is what the vouchers add up to. */
  @AfterEach
  void reconciled() {
    Reconciled.check(api, agreement);
  }

  @BeforeEach
  void scheme() {
    api = new Api(base);
    fixtures = new Fixtures(api);
    consortium = fixtures.consortium();
    agreement = fixtures.agreement(consortium);
  }

  @Test
  void r2162_4_memberShareAmountIsNeverExceededAndCancellingFreesIt() {
    long member = memberWithShare("\"shareAmount\":300");
    long lot = fixtures.lot(agreement, fixtures.operator(false), "0", "100000");
    fixtures.priceLine(lot, "H-JOUR", "30");
    long site = fixtures.site(member, lot);

    // 90,00 € each: three fit in the member's 300,00 €, the fourth would leave it 60,00 € short.
    long first = fixtures.issue(member, site, "H-JOUR", "3", null).id();
    assertThat(fixtures.issue(member, site, "H-JOUR", "3", null).status()).isEqualTo(201);
    assertThat(fixtures.issue(member, site, "H-JOUR", "3", null).status()).isEqualTo(201);
    Api.Reply refused = fixtures.issue(member, site, "H-JOUR", "3", null);

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().getString("rule")).isEqualTo("R2162-4");
    assertThat(refused.json().getString("detail"))
        .contains("part de")
        .contains("convention constitutive")
        .contains("serait dépassée de 60,00\u00a0€")
        .contains("reste 30,00\u00a0€");
    // The refusal rolled back the lot's running total too: only the three vouchers count.
    assertThat(lotConsumed(lot)).isEqualTo("270.00");

    api.send(
        "POST",
        "/vouchers/" + first + "/cancellation",
        "{\"reason\":\"Erreur de site\"}",
        Map.of("X-Cadre-User", "agent.test"));
    assertThat(fixtures.issue(member, site, "H-JOUR", "3", null).status()).isEqualTo(201);
  }

  /**
   * Concurrent issues are written in batches: a member-share refusal inside one gives back what it
   * had added to the lot's total, and a malformed request beside them changes nothing.
   */
  @Test
  void r2162_4_concurrentIssuesNeverOverrunTheMemberShareAndRefusalsLeaveNoTrace()
      throws Exception {
    long member = memberWithShare("\"shareAmount\":1500");
    long lot = fixtures.lot(agreement, fixtures.operator(false), "0", "100000");
    fixtures.priceLine(lot, "H-JOUR", "30");
    long site = fixtures.site(member, lot);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<Api.Reply>> replies = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      // 30 requests of 90,00 € against a share of 1 500,00 € (16 fit), 10 naming no price line.
      String code = i % 4 == 3 ? "INCONNU" : "H-JOUR";
      replies.add(
          pool.submit((Callable<Api.Reply>) () -> fixtures.issue(member, site, code, "3", null)));
    }
    Map<Integer, Integer> statuses = new TreeMap<>();
    for (Future<Api.Reply> reply : replies) {
      statuses.merge(reply.get().status(), 1, Integer::sum);
    }
    pool.shutdown();

    assertThat(statuses).isEqualTo(Map.of(201, 16, 409, 14, 400, 10));
    assertThat(lotConsumed(lot)).isEqualTo("1440.00");
    JsonObject reconciliation = api.get("/agreements/" + agreement + "/reconciliation").json();
    assertThat(reconciliation.getBoolean("consistent")).isTrue();
  }

  @Test
  void r2162_4_memberSharePercentIsTakenOnWhatAllLotsAllowInThePeriod() {
    // 10 % of two lots of 1 000,00 € = 200,00 € for the member.
    long member = memberWithShare("\"sharePercent\":10");
    long lot = fixtures.lot(agreement, fixtures.operator(false), "0", "1000");
    fixtures.lot(agreement, fixtures.operator(false), "0", "1000");
    fixtures.priceLine(lot, "H-JOUR", "30");
    long site = fixtures.site(member, lot);

    assertThat(fixtures.issue(member, site, "H-JOUR", "6", null).status()).isEqualTo(201);
    Api.Reply refused = fixtures.issue(member, site, "H-JOUR", "1", null);

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().getString("detail")).contains("reste 20,00\u00a0€");
  }

  @Test
  void r2162_6_cascadeGivesTheFirstRankedHolderAndRecordsWhoWasChosen() {
    long member = fixtures.member(consortium, "OPH", true);
    long first = fixtures.operator(false);
    long second = fixtures.operator(true);
    long outsider = fixtures.operator(false);
    long lot =
        created(
            api.post(
                "/agreements/" + agreement + "/lots",
                """
                {"number":%d,"label":"Secteur nord","allocationRule":"CASCADE",
                 "holderIds":[%d,%d],"minimum":0,"maximum":100000}"""
                    .formatted(Fixtures.serial() % 1000 + 1, first, second)));
    fixtures.priceLine(lot, "H-JOUR", "30");
    long site = fixtures.site(member, lot);

    Api.Reply byRank = fixtures.issue(member, site, "H-JOUR", "2", null);
    assertThat(byRank.status()).isEqualTo(201);
    assertThat(byRank.json().getJsonNumber("holderId").longValue()).isEqualTo(first);
    assertThat(byRank.json().getString("allocation")).isEqualTo("cascade : titulaire de rang 1");

    Api.Reply secondRank = issueTo(member, site, second);
    assertThat(secondRank.status()).as(secondRank.toString()).isEqualTo(201);
    assertThat(secondRank.json().getJsonNumber("holderId").longValue()).isEqualTo(second);
    assertThat(secondRank.json().getString("allocation")).contains("cascade");
    // The second holder is VAT-exempt: its voucher carries no VAT.
    assertThat(secondRank.json().getJsonNumber("totalVat").bigDecimalValue()).isZero();

    Api.Reply notAHolder = issueTo(member, site, outsider);
    assertThat(notAHolder.status()).isIn(400, 409);
    assertThat(notAHolder.json().getString("rule")).isEqualTo("R2162-6");
  }

  private Api.Reply issueTo(long member, long site, long holder) {
    return api.send(
        "POST",
        "/vouchers?issue=true",
        """
        {"memberId":%d,"siteId":%d,"holderId":%d,"object":"Renfort, mars 2022","issueDate":"2022-03-01",
         "executionStart":"2022-03-01","executionEnd":"2022-03-31",
         "lines":[{"code":"H-JOUR","quantity":2}]}"""
            .formatted(member, site, holder),
        Map.of("X-Cadre-User", "agent.test"));
  }

  private long memberWithShare(String share) {
    return created(
        api.post(
            "/consortia/" + consortium + "/members",
            """
            {"name":"Bailleur %d","siret":"%s","legalForm":"OPH","mayOrder":true,%s}"""
                .formatted(Fixtures.serial(), Fixtures.siret(Fixtures.serial()), share)));
  }

  private String lotConsumed(long lot) {
    return api.get("/lots/" + lot)
        .json()
        .getJsonArray("periods")
        .getJsonObject(1)
        .getJsonNumber("consumed")
        .bigDecimalValue()
        .toPlainString();
  }

  private static long created(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.id();
  }
}
