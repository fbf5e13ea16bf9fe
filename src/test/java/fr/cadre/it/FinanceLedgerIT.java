package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A small fixture checked against figures computed by hand: on one lot (maximum 1,000 € HT per
 * period, 30 € the hour, VAT 20 %), an OPH member and an SA d'HLM member, four vouchers of March
 * 2022: A cancelled, B delivered in two parts then closed, invoiced and paid on time, C delivered,
 * invoiced twice (once refused beyond the service done, then within the member's tolerance) and
 * paid late, D left open.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName(
    "Finance ledger: service done in parts, closing, invoices and payments, late interest, overview and reconciliation")
class FinanceLedgerIT {

  @ArquillianResource URL base;

  private Api api;
  private Fixtures fixtures;
  private long agreement;
  private long lot;
  private long oph;
  private long saHlm;
  private long ophSite;
  private long saHlmSite;

  @BeforeEach
  void scheme() {
    api = new Api(base);
    fixtures = new Fixtures(api);
    long consortium = fixtures.consortium();
    oph = fixtures.member(consortium, "OPH", true);
    saHlm = fixtures.member(consortium, "SA_HLM", true);
    agreement = fixtures.agreement(consortium);
    lot = fixtures.lot(agreement, fixtures.operator(false), "0", "1000");
    fixtures.priceLine(lot, "H-JOUR", "30");
    ophSite = fixtures.site(oph, lot);
    saHlmSite = fixtures.site(saHlm, lot);
  }

  @AfterEach
  void reconciled() {
    Reconciled.check(api, agreement);
  }

  private long issue(long member, long site, String hours) {
    Api.Reply reply = fixtures.issue(member, site, "H-JOUR", hours, null);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.id();
  }

  private JsonObject post(String path, String json, int status) {
    Api.Reply reply = api.post(path, json);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    return reply.json();
  }

  private static BigDecimal n(JsonObject o, String field) {
    return o.getJsonNumber(field).bigDecimalValue();
  }

  @Test
  void theFiguresOfEveryRowAreTheOnesComputedByHand() {
    long a = issue(oph, ophSite, "10");
    post("/vouchers/" + a + "/cancellation", "{\"reason\":\"doublon\"}", 200);

    long b = issue(oph, ophSite, "10");
    post(
        "/vouchers/" + b + "/service-done",
        "{\"deliveredQuantities\":{\"H-JOUR\":4},\"doneOn\":\"2022-03-10\"}",
        200);
    JsonObject partly =
        post(
            "/vouchers/" + b + "/service-done",
            "{\"deliveredQuantities\":{\"H-JOUR\":4},\"doneOn\":\"2022-03-20\"}",
            200);
    assertThat(partly.getJsonArray("serviceDone")).hasSize(2);
    assertThat(n(partly, "deliveredHt")).isEqualByComparingTo("240.00");
    Api.Reply tooMuch =
        api.post(
            "/vouchers/" + b + "/service-done",
            "{\"deliveredQuantities\":{\"H-JOUR\":3},\"doneOn\":\"2022-03-25\"}");
    assertThat(tooMuch.status()).isEqualTo(400);
    assertThat(tooMuch.json().getString("detail")).contains("comprise entre 0 et 2");
    Api.Reply cancelTooLate =
        api.post("/vouchers/" + b + "/cancellation", "{\"reason\":\"trop tard\"}");
    assertThat(cancelTooLate.status()).isEqualTo(409);
    JsonObject closed =
        post("/vouchers/" + b + "/closing", "{\"reason\":\"deux heures non réalisées\"}", 200);
    assertThat(n(closed, "releasedHt")).isEqualByComparingTo("60.00");
    assertThat(n(closed, "committedHt")).isEqualByComparingTo("240.00");
    JsonArray history = closed.getJsonArray("history");
    assertThat(history.getJsonObject(history.size() - 1).getString("reason"))
        .contains("soldé : deux heures non réalisées")
        .contains("60,00");
    Api.Reply closedTwice = api.post("/vouchers/" + b + "/closing", "{\"reason\":\"encore\"}");
    assertThat(closedTwice.status()).isEqualTo(409);
    post(
        "/vouchers/" + b + "/invoice",
        "{\"reference\":\"F-B1\",\"receivedOn\":\"2022-03-25\",\"amountHt\":240.00,\"amountTtc\":288.00}",
        200);
    JsonObject paidB = post("/vouchers/" + b + "/payment", "{\"paidOn\":\"2022-04-20\"}", 200);
    assertThat(paidB.getString("status")).isEqualTo("PAID");
    JsonObject invoiceB = paidB.getJsonArray("invoices").getJsonObject(0);
    assertThat(invoiceB.getString("dueOn")).isEqualTo("2022-04-24");
    assertThat(invoiceB.getInt("daysLate")).isZero();
    Api.Reply paidTwice = api.post("/vouchers/" + b + "/payment", "{\"paidOn\":\"2022-04-21\"}");
    assertThat(paidTwice.status()).isEqualTo(409);

    long c = issue(saHlm, saHlmSite, "5");
    post("/vouchers/" + c + "/service-done", "{\"doneOn\":\"2022-03-31\"}", 200);
    JsonObject invoicedC =
        post(
            "/vouchers/" + c + "/invoice",
            "{\"reference\":\"F-C1\",\"receivedOn\":\"2022-04-01\",\"amountHt\":100.00,\"amountTtc\":120.00}",
            200);
    JsonObject invoiceC1 = invoicedC.getJsonArray("invoices").getJsonObject(0);
    // An SA d'HLM pays in 60 days (R2192-11).
    assertThat(invoiceC1.getInt("delayDays")).isEqualTo(60);
    assertThat(invoiceC1.getString("dueOn")).isEqualTo("2022-05-31");
    assertThat(invoiceC1.getJsonNumber("daysLeft").longValue())
        .isEqualTo(ChronoUnit.DAYS.between(LocalDate.now(), LocalDate.of(2022, 5, 31)));
    String beyond =
        "{\"reference\":\"F-C2\",\"receivedOn\":\"2022-04-02\",\"amountHt\":60.00,\"amountTtc\":72.00}";
    Api.Reply refused = api.post("/vouchers/" + c + "/invoice", beyond);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().getString("rule")).isEqualTo("invoice-exceeds-service-done");
    assertThat(refused.json().getString("detail"))
        .contains("dépasse de 10,00")
        .contains("certifié 150,00")
        .contains("déjà facturé 100,00")
        .contains("reste à facturer 50,00");
    Api.Reply tolerance = api.put("/members/" + saHlm + "/finance", "{\"invoiceTolerance\":10.00}");
    assertThat(tolerance.status()).isEqualTo(200);
    assertThat(n(tolerance.json(), "invoiceTolerance")).isEqualByComparingTo("10.00");
    assertThat(tolerance.json().getInt("paymentDelayDays")).isEqualTo(60);
    JsonObject flagged = post("/vouchers/" + c + "/invoice", beyond, 200);
    assertThat(flagged.getJsonArray("invoices").getJsonObject(1).getBoolean("beyondServiceDone"))
        .isTrue();
    Api.Reply which = api.post("/vouchers/" + c + "/payment", "{\"paidOn\":\"2022-07-15\"}");
    assertThat(which.status()).isEqualTo(400);
    JsonObject late =
        post(
            "/vouchers/" + c + "/payment",
            "{\"paidOn\":\"2022-07-15\",\"reference\":\"F-C1\"}",
            200);
    // 45 days late; interest from 01/06/2022: ECB 0.00 % on 01/01/2022 + 8 points;
    // 120,00 × 8 % × 45 / 365 = 1,1835… → 1,18 €, and the 40 € flat fee.
    JsonObject paidC1 = late.getJsonArray("invoices").getJsonObject(0);
    assertThat(paidC1.getInt("daysLate")).isEqualTo(45);
    assertThat(n(paidC1, "interestRate")).isEqualByComparingTo("8");
    assertThat(n(paidC1, "lateInterest")).isEqualByComparingTo("1.18");
    assertThat(n(paidC1, "flatFee")).isEqualByComparingTo("40.00");

    issue(oph, ophSite, "2");

    JsonArray rows = api.get("/agreements/" + agreement + "/ledger").array();
    // Lot, period 1: committed 240 + 150 + 60; done 240 + 150; invoiced 240 + 100 + 60 HT.
    figures(row(rows, "LOT", lot), "450.00", "390.00", "400.00", "480.00", "340.00", "408.00");
    assertThat(n(row(rows, "LOT", lot), "remainingHt")).isEqualByComparingTo("550.00");
    assertThat(n(row(rows, "LOT", lot), "sharePercent")).isEqualByComparingTo("45.0");
    figures(
        row(rows, "AGREEMENT", agreement),
        "450.00",
        "390.00",
        "400.00",
        "480.00",
        "340.00",
        "408.00");
    figures(row(rows, "MEMBER", oph), "300.00", "240.00", "240.00", "288.00", "240.00", "288.00");
    figures(row(rows, "MEMBER", saHlm), "150.00", "150.00", "160.00", "192.00", "100.00", "120.00");
    figures(row(rows, "SITE", ophSite), "300.00", "240.00", "240.00", "288.00", "240.00", "288.00");
    figures(
        row(rows, "SITE", saHlmSite), "150.00", "150.00", "160.00", "192.00", "100.00", "120.00");
    JsonObject lotPeriod = api.get("/lots/" + lot).json().getJsonArray("periods").getJsonObject(1);
    assertThat(n(lotPeriod, "consumed")).isEqualByComparingTo("450.00");
  }

  /**
   * A member's second site on a lot has no ledger row yet when its first voucher comes, while the
   * holder's row of that lot and period exists from the first site's vouchers: the issue prepares
   * the site's row and tries again, and the voucher still counts once on the holder's row.
   */
  @Test
  void aSecondSitesFirstVoucherCountsOnceOnItsHoldersRow() {
    issue(oph, ophSite, "1");
    long secondSite = fixtures.site(oph, lot);
    issue(oph, secondSite, "2");

    Reconciled.check(api, agreement);
  }

  @Test
  void datesAreCoherent() {
    long v = issue(oph, ophSite, "1");
    Api.Reply beforeIssue =
        api.post("/vouchers/" + v + "/service-done", "{\"doneOn\":\"2022-02-28\"}");
    assertThat(beforeIssue.status()).isEqualTo(400);
    assertThat(beforeIssue.json().getString("rule")).isEqualTo("date-coherence");
    Api.Reply future =
        api.post(
            "/vouchers/" + v + "/service-done",
            "{\"doneOn\":\"" + LocalDate.now().plusDays(1) + "\"}");
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.json().getString("rule")).isEqualTo("future-date");
    post("/vouchers/" + v + "/service-done", "{\"doneOn\":\"2022-03-31\"}", 200);
    post(
        "/vouchers/" + v + "/invoice",
        "{\"reference\":\"F-1\",\"receivedOn\":\"2022-04-05\",\"amountHt\":30.00,\"amountTtc\":36.00}",
        200);
    Api.Reply duplicate =
        api.post(
            "/vouchers/" + v + "/invoice",
            "{\"reference\":\"F-1\",\"receivedOn\":\"2022-04-05\",\"amountHt\":0.00,\"amountTtc\":0.00}");
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.json().getString("rule")).isEqualTo("invoice-reference");
    Api.Reply beforeReceipt =
        api.post("/vouchers/" + v + "/payment", "{\"paidOn\":\"2022-04-04\"}");
    assertThat(beforeReceipt.status()).isEqualTo(400);
    assertThat(beforeReceipt.json().getString("detail")).contains("précède la réception");
  }

  @Test
  void anAdministratorExtendsTheEcbRatesOnceADay() {
    JsonArray rates = api.get("/ecb-rates").array();
    assertThat(rates.getValuesAs(JsonObject.class))
        .anySatisfy(
            r -> {
              assertThat(r.getString("effectiveFrom")).isEqualTo("2022-07-27");
              assertThat(n(r, "rate")).isEqualByComparingTo("0.50");
              assertThat(r.getBoolean("shipped")).isTrue();
            });
    String day = LocalDate.of(2000, 1, 1).plusDays(Fixtures.serial() % 3000).toString();
    String rate =
        "{\"effectiveFrom\":\""
            + day
            + "\",\"rate\":4.25,\"source\":\"BCE, décision de politique monétaire\"}";
    Api.Reply added = api.post("/ecb-rates", rate);
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    assertThat(api.post("/ecb-rates", rate).status()).isEqualTo(409);
    Api.Reply shipped =
        api.post(
            "/ecb-rates", "{\"effectiveFrom\":\"2022-07-27\",\"rate\":1.00,\"source\":\"erreur\"}");
    assertThat(shipped.status()).isEqualTo(409);
    assertThat(shipped.json().getString("rule")).isEqualTo("ecb-rate-exists");
    assertThat(api.get("/ecb-rates").array().getValuesAs(JsonObject.class))
        .anyMatch(r -> r.getString("effectiveFrom").equals(day) && !r.getBoolean("shipped"));
    assertThat(api.get("/members/" + oph + "/finance").json().getInt("paymentDelayDays"))
        .isEqualTo(30);
  }

  private static JsonObject row(JsonArray rows, String dimension, long id) {
    return rows.getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("dimension").equals(dimension))
        .filter(r -> r.getJsonNumber("id").longValue() == id)
        .filter(r -> r.getInt("periodIndex") == 1)
        .findFirst()
        .orElseThrow(() -> new AssertionError(dimension + " " + id + " not in " + rows));
  }

  private static void figures(
      JsonObject row,
      String committed,
      String done,
      String invoicedHt,
      String invoicedTtc,
      String paidHt,
      String paidTtc) {
    assertThat(n(row, "committedHt")).as("committed " + row).isEqualByComparingTo(committed);
    assertThat(n(row, "doneHt")).as("done " + row).isEqualByComparingTo(done);
    assertThat(n(row, "invoicedHt")).as("invoiced HT " + row).isEqualByComparingTo(invoicedHt);
    assertThat(n(row, "invoicedTtc")).as("invoiced TTC " + row).isEqualByComparingTo(invoicedTtc);
    assertThat(n(row, "paidHt")).as("paid HT " + row).isEqualByComparingTo(paidHt);
    assertThat(n(row, "paidTtc")).as("paid TTC " + row).isEqualByComparingTo(paidTtc);
  }
}
