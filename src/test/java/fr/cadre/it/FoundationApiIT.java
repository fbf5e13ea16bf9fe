package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@DisplayName(
    "The directory and agreement API: create, read, update, list; problem details on bad input")
class FoundationApiIT {

  @ArquillianResource URL base;

  private Api api;
  private Fixtures fixtures;

  @BeforeEach
  void client() {
    api = new Api(base);
    fixtures = new Fixtures(api);
  }

  @Test
  void anAgreementWithALotAndAPriceLineIsCreatedAndReadBack() {
    long consortium = fixtures.consortium();
    long member = fixtures.member(consortium, "OPH", true);
    long operator = fixtures.operator(false);
    long agreement = fixtures.agreement(consortium);
    long lot = fixtures.lot(agreement, operator, "10000", "250000.50");
    fixtures.priceLine(lot, "H-JOUR", "31.5");
    fixtures.site(member, lot);

    JsonObject read = api.get("/agreements/" + agreement).json();
    assertThat(read.getInt("totalMonths")).isEqualTo(42);
    assertThat(read.getString("end")).isEqualTo("2024-12-31");
    assertThat(read.getJsonArray("periods")).hasSize(4);
    assertThat(read.getJsonArray("periods").getJsonObject(1).getString("start"))
        .isEqualTo("2022-01-01");

    JsonObject lotView = api.get("/lots/" + lot).json();
    JsonObject firstPeriod = lotView.getJsonArray("periods").getJsonObject(0);
    assertThat(firstPeriod.getJsonNumber("maximum").bigDecimalValue())
        .isEqualByComparingTo("250000.50");
    assertThat(firstPeriod.getJsonNumber("headroom").bigDecimalValue())
        .isEqualByComparingTo("250000.50");
    JsonObject price = lotView.getJsonArray("priceLines").getJsonObject(0);
    assertThat(price.getJsonNumber("unitPrice").bigDecimalValue()).isEqualByComparingTo("31.50");
    assertThat(price.getJsonNumber("vatRate").bigDecimalValue()).isEqualByComparingTo("20");

    assertThat(api.get("/sites?lot=" + lot).array()).hasSize(1);
    assertThat(api.get("/consortia/" + consortium + "/members").array()).hasSize(1);
  }

  @Test
  void updatesChangeTheRecordAndDeletesOnlyDeactivate() {
    long operator = fixtures.operator(false);
    JsonObject before = api.get("/operators/" + operator).json();
    Api.Reply updated =
        api.put(
            "/operators/" + operator,
            """
            {"name":"Association Trait d'Union","siret":"%s","vatExempt":true}"""
                .formatted(before.getString("siret")));
    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.json().getBoolean("vatExempt")).isTrue();

    Api.Reply deleted = api.send("DELETE", "/operators/" + operator, null, java.util.Map.of());
    assertThat(deleted.status()).isEqualTo(200);
    assertThat(api.get("/operators/" + operator).json().getBoolean("active")).isFalse();
  }

  @Test
  void aBadSiretIsNamedWithItsFieldAndRuleInProblemJson() {
    long consortium = fixtures.consortium();
    Api.Reply reply =
        api.post(
            "/consortia/" + consortium + "/members",
            """
            {"name":"Bailleur","siret":"73282932000075","legalForm":"OPH"}""");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    JsonObject violation = reply.json().getJsonArray("violations").getJsonObject(0);
    assertThat(violation.getString("field")).isEqualTo("siret");
    assertThat(violation.getString("rule")).isEqualTo("siret");
    assertThat(violation.getString("message")).contains("Luhn");
  }

  @Test
  void aDurationOverFortyEightMonthsIsRefusedUnderL2125_1() {
    long consortium = fixtures.consortium();
    Api.Reply reply =
        api.post(
            "/agreements",
            """
            {"consortiumId":%d,"reference":"AC-LONG-%d","object":"Médiation",
             "procedureLaunchDate":"2021-03-01","startDate":"2021-07-01",
             "initialMonths":12,"renewalCount":4,"renewalMonths":12}"""
                .formatted(consortium, Fixtures.serial()));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().getString("rule")).isEqualTo("L2125-1");
  }

  @Test
  void aLotWithoutMaximumIsRefusedForAProcedureLaunchedIn2022() {
    long consortium = fixtures.consortium();
    long operator = fixtures.operator(false);
    long agreement =
        api.post(
                "/agreements",
                """
                {"consortiumId":%d,"reference":"AC-2022-%d","object":"Médiation",
                 "procedureLaunchDate":"2022-02-01","startDate":"2022-07-01",
                 "initialMonths":12,"renewalCount":1,"renewalMonths":12}"""
                    .formatted(consortium, Fixtures.serial()))
            .id();
    Api.Reply reply =
        api.post(
            "/agreements/" + agreement + "/lots",
            """
            {"number":1,"label":"Nord","holderIds":[%d],"minimum":1000}"""
                .formatted(operator));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().getString("detail")).contains("champs invalides");
    assertThat(reply.json().getJsonArray("violations").getJsonObject(0).getString("rule"))
        .isEqualTo("R2162-4");
  }

  @Test
  void aSiteMustBelongToALotOfItsMembersConsortium() {
    long otherConsortium = fixtures.consortium();
    long member = fixtures.member(otherConsortium, "SA_HLM", true);
    long consortium = fixtures.consortium();
    long lot = fixtures.lot(fixtures.agreement(consortium), fixtures.operator(false), "0", "1000");
    Api.Reply reply =
        api.post(
            "/sites",
            """
            {"code":"X-%d","name":"Résidence","memberId":%d,"lotId":%d,"dwellings":10}"""
                .formatted(Fixtures.serial(), member, lot));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().getJsonArray("violations").getJsonObject(0).getString("field"))
        .isEqualTo("lotId");
  }

  @Test
  void unknownIdsAreNotFoundAndBrokenJsonIsABadRequest() {
    Api.Reply missing = api.get("/agreements/987654321");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.contentType()).startsWith("application/problem+json");

    Api.Reply broken = api.post("/operators", "{\"name\": ");
    assertThat(broken.status()).isEqualTo(400);
    assertThat(broken.contentType()).startsWith("application/problem+json");
    assertThat(broken.body()).doesNotContain("Exception");
  }

  @Test
  void aDuplicateSiretIsAConflict() {
    long operator = fixtures.operator(false);
    String siret = api.get("/operators/" + operator).json().getString("siret");
    Api.Reply reply = api.post("/operators", "{\"name\":\"Copie\",\"siret\":\"" + siret + "\"}");
    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.json().getString("rule")).isEqualTo("duplicate-siret");
  }

  @Test
  void healthAndOpenApiAreServed() {
    // /health includes readiness, DOWN until the first-start import has ended.
    Health.awaitReady(api);
    Api.Reply health = api.getFromServerRoot("/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body()).contains("UP");
    Api.Reply openapi = api.getFromServerRoot("/openapi");
    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.body()).contains("/api/vouchers").contains("/api/agreements/{id}/lots");
  }
}
