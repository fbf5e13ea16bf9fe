package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@DisplayName(
    "The sample lives today: its successor agreement is in force (R2162-5) and takes the README's first voucher")
class SuccessorAgreementIT {

  private static final String FIRST = "AC-MSU-2021-001";
  private static final String SUCCESSOR = "AC-MSU-2025-001";

  @ArquillianResource URL base;

  private Api api;

  @BeforeEach
  void sampleImported() {
    api = new Api(base);
    Imports imports = new Imports(api);
    assertThat(imports.awaitEnd(imports.firstStartRun()).getString("status"))
        .isEqualTo("COMPLETED");
  }

  @Test
  void theSuccessorIsInForceTodayWithAMaximumOnEveryLotAndPeriod_R2162_4() {
    LocalDate today = LocalDate.now();
    JsonObject successor = agreement(SUCCESSOR);

    assertThat(successor.getString("status")).isEqualTo("IN_FORCE");
    assertThat(agreement(FIRST).getString("status")).isEqualTo("EXPIRED");
    assertThat(LocalDate.parse(successor.getString("startDate"))).isBeforeOrEqualTo(today);
    assertThat(LocalDate.parse(successor.getString("end"))).isAfterOrEqualTo(today);
    // Launched in 2024: the maximum is mandatory (décret 2021-1111); 48 months, within L2125-1.
    assertThat(successor.getBoolean("maximumRequired")).isTrue();
    assertThat(successor.getInt("totalMonths")).isLessThanOrEqualTo(48);
    for (JsonObject summary : successor.getJsonArray("lots").getValuesAs(JsonObject.class)) {
      JsonObject lot = api.get("/lots/" + summary.getJsonNumber("id").longValue()).json();
      assertThat(lot.getJsonArray("periods")).hasSize(4);
      assertThat(lot.getJsonArray("periods").getValuesAs(JsonObject.class))
          .allSatisfy(p -> assertThat(p.isNull("maximum")).as(p.toString()).isFalse());
      assertThat(lot.getJsonArray("holders")).hasSize(1);
      assertThat(lot.getJsonArray("priceLines")).hasSize(8);
    }
  }

  @Test
  void theReadmesFirstVoucherIsIssuedOnTheSuccessorToday() throws IOException {
    // As the README's commands find them, as the City's officer (a demo user): the first site it
    // sees, and its own member, the coordinator, which may order for every site (R2162-6).
    Health.awaitReady(api);
    Api city = api.as("acheteur.ville", "demo-cadre-2026");
    JsonObject site = city.get("/sites?size=1").array().getJsonObject(0);
    long siteId = site.getJsonNumber("id").longValue();
    long memberId = city.get("/me").json().getJsonNumber("memberId").longValue();
    LocalDate today = LocalDate.now();
    String body =
        readmeVoucherBody()
            .replace("$MEMBER", Long.toString(memberId))
            .replace("$SITE", Long.toString(siteId))
            .replace("$TODAY", today.toString());

    Api.Reply reply = city.send("POST", "/vouchers?issue=true", body, Map.of());

    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    JsonObject voucher = reply.json();
    assertThat(voucher.getString("status")).isEqualTo("ISSUED");
    assertThat(voucher.getString("issueDate")).isEqualTo(today.toString());
    assertThat(voucher.getString("number")).startsWith(today.getYear() + "-");
    assertThat(voucher.getString("agreementReference")).isEqualTo(SUCCESSOR);
    assertThat(voucher.getInt("lotNumber")).isEqualTo(1);
    assertThat(voucher.getString("siteCode")).isEqualTo("MRS-101");
    // The successor's revised price: 29,50 € then, 30,83 € now.
    assertThat(
            voucher
                .getJsonArray("lines")
                .getJsonObject(0)
                .getJsonNumber("unitPrice")
                .bigDecimalValue())
        .isEqualByComparingTo("30.83");
    assertThat(voucher.getJsonNumber("totalHt").bigDecimalValue())
        .isEqualByComparingTo(new BigDecimal("739.92"));
  }

  @Test
  void aLotNamedInTheRequestMustServeTheSiteAndItsAgreementBeInForce() {
    JsonObject site = marseilleSite("MRS-205");
    long siteId = site.getJsonNumber("id").longValue();
    long memberId = site.getJsonNumber("memberId").longValue();
    Map<String, Long> lots = lotsBy(site);

    // The first agreement's lot still serves the site, but that agreement has ended.
    Api.Reply expired = issueToday(memberId, siteId, lots.get(FIRST));
    assertThat(expired.status()).as(expired.toString()).isEqualTo(409);
    assertThat(expired.json().getString("rule")).isEqualTo("R2162-5");

    long otherLot =
        agreement(SUCCESSOR).getJsonArray("lots").getValuesAs(JsonObject.class).stream()
            .map(l -> l.getJsonNumber("id").longValue())
            .filter(id -> !id.equals(lots.get(SUCCESSOR)))
            .findFirst()
            .orElseThrow();
    Api.Reply notServing = issueToday(memberId, siteId, otherLot);
    assertThat(notServing.status()).as(notServing.toString()).isEqualTo(400);
    assertThat(notServing.body()).contains("lotId").contains("site-lot");

    Api.Reply served = issueToday(memberId, siteId, lots.get(SUCCESSOR));
    assertThat(served.status()).as(served.toString()).isEqualTo(201);
    assertThat(served.json().getJsonNumber("lotId").longValue()).isEqualTo(lots.get(SUCCESSOR));
  }

  @Test
  void vouchersOfThePastStillGoToTheFirstAgreementsLot() {
    JsonObject site = marseilleSite("MRS-301");
    Api.Reply reply =
        api.send(
            "POST",
            "/vouchers?issue=true",
            """
            {"memberId":%d,"siteId":%d,"object":"Médiation, mars 2022","issueDate":"2022-03-01",
             "executionStart":"2022-03-01","executionEnd":"2022-03-31",
             "lines":[{"code":"H-JOUR","quantity":2}]}"""
                .formatted(
                    site.getJsonNumber("memberId").longValue(),
                    site.getJsonNumber("id").longValue()),
            Map.of("X-Cadre-User", "agent.test"));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    assertThat(reply.json().getString("agreementReference")).isEqualTo(FIRST);
    assertThat(
            reply
                .json()
                .getJsonArray("lines")
                .getJsonObject(0)
                .getJsonNumber("unitPrice")
                .bigDecimalValue())
        .isEqualByComparingTo("28.91");
  }

  private Api.Reply issueToday(long memberId, long siteId, long lotId) {
    LocalDate today = LocalDate.now();
    return api.send(
        "POST",
        "/vouchers?issue=true",
        """
        {"memberId":%d,"siteId":%d,"lotId":%d,"object":"Médiation","executionStart":"%s",
         "executionEnd":"%s","lines":[{"code":"H-SOIR","quantity":3}]}"""
            .formatted(memberId, siteId, lotId, today, today),
        Map.of("X-Cadre-User", "agent.test"));
  }

  /** The JSON the README's first voucher example sends (the lines of its here-document). */
  private static String readmeVoucherBody() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("README.md"));
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("/vouchers?issue=true") && lines.get(i).endsWith("<<EOF")) {
        start = i + 1;
        break;
      }
    }
    assertThat(start).as("the README's first voucher example").isPositive();
    StringBuilder body = new StringBuilder();
    for (int i = start; !lines.get(i).equals("EOF"); i++) {
      body.append(lines.get(i)).append('\n');
    }
    return body.toString();
  }

  private Map<String, Long> lotsBy(JsonObject site) {
    Map<String, Long> lots = new java.util.HashMap<>();
    for (JsonObject l : site.getJsonArray("lots").getValuesAs(JsonObject.class)) {
      lots.put(l.getString("agreementReference"), l.getJsonNumber("lotId").longValue());
    }
    return lots;
  }

  private JsonObject marseilleSite(String code) {
    return api.get("/sites?size=500").array().getValuesAs(JsonObject.class).stream()
        .filter(s -> s.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("site " + code + " missing"));
  }

  private JsonObject agreement(String reference) {
    return api.get("/agreements").array().getValuesAs(JsonObject.class).stream()
        .filter(a -> a.getString("reference").equals(reference))
        .findFirst()
        .orElseThrow(() -> new AssertionError("agreement " + reference + " missing"));
  }
}
