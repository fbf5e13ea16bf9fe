package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A member's budget envelopes (credits per budget year and line): a voucher beyond what is left is
 * warned, or refused when the member says so; the finance view follows its regime with the
 * commitments still open at the year's end (restes à réaliser).
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName(
    "Budget envelopes: credits checked before a commitment (warn or refuse); finance view with restes à réaliser")
class BudgetEnvelopesIT {

  @ArquillianResource URL base;

  private Api api;
  private Fixtures fixtures;
  private long agreement;
  private long member;
  private long site;

  @BeforeEach
  void scheme() {
    api = new Api(base);
    fixtures = new Fixtures(api);
    long consortium = fixtures.consortium();
    member = fixtures.member(consortium, "OPH", true);
    agreement = fixtures.agreement(consortium);
    long lot = fixtures.lot(agreement, fixtures.operator(false), "0", "100000");
    fixtures.priceLine(lot, "H-JOUR", "30");
    site = fixtures.site(member, lot);
  }

  @AfterEach
  void reconciled() {
    Reconciled.check(api, agreement);
  }

  private Api.Reply envelope(String credit) {
    return api.put(
        "/members/" + member + "/finance/budget-envelopes",
        "{\"agreementId\":%d,\"budgetYear\":2022,\"budgetLine\":\"6228\",\"credit\":%s}"
            .formatted(agreement, credit));
  }

  private static BigDecimal n(JsonObject o, String field) {
    return o.getJsonNumber(field).bigDecimalValue();
  }

  @Test
  void aVoucherBeyondTheCreditLeftIsWarnedOrRefusedAsTheMemberSays() {
    assertThat(envelope("500").status()).isEqualTo(200);
    long first = fixtures.issue(member, site, "H-JOUR", "10", null).id();
    Api.Reply beyond = fixtures.issue(member, site, "H-JOUR", "10", null);
    assertThat(beyond.status()).isEqualTo(201);
    assertThat(beyond.json().getJsonArray("warnings").toString())
        .contains("crédit de la ligne 6228 du budget 2022 dépassé de 100,00");

    Api.Reply refuse = api.put("/members/" + member + "/finance", "{\"budgetCheck\":\"REFUSE\"}");
    assertThat(refuse.json().getString("budgetCheck")).isEqualTo("REFUSE");
    Api.Reply refused = fixtures.issue(member, site, "H-JOUR", "1", null);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().getString("rule")).isEqualTo("budget-credit");
    assertThat(refused.json().getString("detail"))
        .contains("crédit 500,00")
        .contains("déjà engagé 600,00")
        .contains("bon de 30,00");

    JsonObject raised = envelope("1000").json();
    assertThat(n(raised, "availableHt")).isEqualByComparingTo("400.00");
    assertThat(fixtures.issue(member, site, "H-JOUR", "1", null).status()).isEqualTo(201);

    api.post("/vouchers/" + first + "/service-done", "{\"doneOn\":\"2022-03-31\"}");
    api.post(
        "/vouchers/" + first + "/invoice",
        "{\"reference\":\"F-1\",\"receivedOn\":\"2022-04-01\",\"amountHt\":300.00,\"amountTtc\":360.00}");
    JsonObject view = api.get("/members/" + member + "/finance/view?agreement=" + agreement).json();
    assertThat(view.getString("regime")).isEqualTo("PUBLIC");
    JsonObject line = view.getJsonArray("budgetLines").getJsonObject(0);
    assertThat(line.getString("budgetLine")).isEqualTo("6228");
    assertThat(n(line, "credit")).isEqualByComparingTo("1000.00");
    assertThat(n(line, "committedHt")).isEqualByComparingTo("630.00");
    assertThat(n(line, "doneHt")).isEqualByComparingTo("300.00");
    assertThat(n(line, "invoicedTtc")).isEqualByComparingTo("360.00");
    assertThat(n(line, "availableHt")).isEqualByComparingTo("370.00");
    // 630 committed on 2022, 300 certified: 330 are still open at the year's end.
    JsonObject open = view.getJsonArray("restesARealiser").getJsonObject(0);
    assertThat(open.getInt("budgetYear")).isEqualTo(2022);
    assertThat(n(open, "amountHt")).isEqualByComparingTo("330.00");
    assertThat(view.getJsonArray("awaitingPayment").getJsonObject(0).getString("reference"))
        .isEqualTo("F-1");
    assertThat(view.getJsonArray("latePayments")).hasSize(1);

    JsonObject removed = envelope("null").json();
    assertThat(removed.get("credit") == null || removed.isNull("credit"))
        .as("no credit: the line is no longer checked " + removed)
        .isTrue();
  }
}
