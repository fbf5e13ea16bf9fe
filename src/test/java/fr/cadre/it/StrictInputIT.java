package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@DisplayName(
    "Bodies checked strictly: constraints, unknown properties, lengths, control characters,"
        + " amounts and quantities, refused with 400 naming the field in French")
class StrictInputIT {

  @ArquillianResource URL base;

  private Api api;
  private Fixtures fixtures;

  @BeforeEach
  void client() {
    api = new Api(base);
    fixtures = new Fixtures(api);
  }

  /**
   * A voucher that exists and that the tests' user sees: on another's or a missing voucher the
   * answer is 404 before the body is read (AccessMatrixIT), so the body's checks need a real one.
   */
  private long voucher() {
    long consortium = fixtures.consortium();
    long member = fixtures.member(consortium, "OPH", true);
    long lot = fixtures.lot(fixtures.agreement(consortium), fixtures.operator(false), "0", "1000");
    fixtures.priceLine(lot, "H-JOUR", "30");
    Api.Reply issued = fixtures.issue(member, fixtures.site(member, lot), "H-JOUR", "1", null);
    assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
    return issued.id();
  }

  @Test
  void aConsortiumNameOverItsColumnIsA400NamingTheFieldAndItsLimit() {
    Api.Reply reply = api.post("/consortia", "{\"name\":\"" + "G".repeat(1500) + "\"}");
    JsonObject v = onlyViolation(reply);
    assertThat(v.getString("field")).isEqualTo("name");
    assertThat(v.getString("rule")).isEqualTo("size");
    assertThat(v.getString("message")).isEqualTo("au plus 200 caractères");
  }

  @Test
  void aMissingRequiredFieldIsNamedInFrenchEvenForAnEnglishSpeakingClient() {
    Api.Reply reply =
        api.send(
            "POST",
            "/consortia",
            "{\"constitutiveAgreementRef\":\"CC-1\"}",
            java.util.Map.of("Accept-Language", "en-US"));
    JsonObject v = onlyViolation(reply);
    assertThat(v.getString("field")).isEqualTo("name");
    assertThat(v.getString("rule")).isEqualTo("required");
    assertThat(v.getString("message")).isEqualTo("champ obligatoire, non vide");
  }

  @Test
  void aMissingBodyIsNamedAsTheBody() {
    Api.Reply reply =
        api.send("POST", "/operators", "", java.util.Map.of("Content-Type", "application/json"));
    JsonObject v = onlyViolation(reply);
    assertThat(v.getString("field")).isEqualTo("body");
    assertThat(v.getString("message")).isEqualTo("corps de requête JSON manquant");
  }

  @Test
  void aNulCharacterIsRefusedAndALineBreakOnlyWhereTheFieldHasSeveralLines() {
    Api.Reply nul = api.post("/consortia", "{\"name\":\"Groupe\\u0000ment\"}");
    JsonObject v = onlyViolation(nul);
    assertThat(v.getString("field")).isEqualTo("name");
    assertThat(v.getString("rule")).isEqualTo("text");
    assertThat(v.getString("message")).isEqualTo("caractère de contrôle interdit (position 7)");

    Api.Reply oneLine = api.post("/consortia", "{\"name\":\"Groupement\\nMarseille\"}");
    assertThat(onlyViolation(oneLine).getString("message"))
        .startsWith("retour à la ligne interdit dans ce champ");

    long consortium = fixtures.consortium();
    Api.Reply address =
        api.post(
            "/consortia/" + consortium + "/members",
            """
            {"name":"Bailleur","siret":"%s","legalForm":"OPH",
             "address":"Service achats\\n1 rue de la République\\n13001 Marseille"}"""
                .formatted(Fixtures.siret(Fixtures.serial())));
    assertThat(address.status()).as(address.toString()).isEqualTo(201);
  }

  @Test
  void everyBrokenFieldOfABodyIsListedWithItsJsonPath() {
    long consortium = fixtures.consortium();
    long member = fixtures.member(consortium, "OPH", true);
    Api.Reply reply =
        api.post(
            "/vouchers",
            """
            {"memberId":%d,"siteId":1,"object":"Médiation","executionStart":"2022-03-01",
             "executionEnd":"2022-03-31","signatoryName":"%s",
             "lines":[{"code":"H-JOUR","quantity":2},{"code":"H-JOUR","quantity":1000001}]}"""
                .formatted(member, "X".repeat(201)));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    JsonArray violations = reply.json().getJsonArray("violations");
    assertThat(violations).hasSize(2);
    assertThat(violations.getJsonObject(0).getString("field")).isEqualTo("lines[1].quantity");
    assertThat(violations.getJsonObject(0).getString("message"))
        .isEqualTo("une quantité ne dépasse pas 1 000 000");
    assertThat(violations.getJsonObject(1).getString("field")).isEqualTo("signatoryName");
    assertThat(reply.json().getString("detail")).isEqualTo("2 champs invalides");
  }

  @Test
  void anUnknownPropertyIsRefusedAndNamedInsteadOfIgnored() {
    Api.Reply reply =
        api.post("/vouchers/" + voucher() + "/service-done", "{\"lines\":{\"H-JOUR\":8}}");
    JsonObject v = onlyViolation(reply);
    assertThat(v.getString("field")).isEqualTo("lines");
    assertThat(v.getString("rule")).isEqualTo("unknown-property");
    assertThat(reply.json().getString("detail")).contains("« lines »");

    Api.Reply nested =
        api.post(
            "/agreements/1/lots",
            "{\"number\":7,\"label\":\"Nord\",\"periods\":[{\"index\":0,\"maximun\":10}]}");
    assertThat(onlyViolation(nested).getString("field")).isEqualTo("maximun");
  }

  @Test
  void amountsHaveAtMostTwoDecimalsAndOneBillionEuros() {
    long lot =
        fixtures.lot(
            fixtures.agreement(fixtures.consortium()), fixtures.operator(false), "0", "1000");
    Api.Reply cents =
        api.post(
            "/lots/" + lot + "/price-lines",
            "{\"code\":\"H\",\"label\":\"Heure\",\"unit\":\"heure\",\"unitPrice\":31.505}");
    JsonObject v = onlyViolation(cents);
    assertThat(v.getString("field")).isEqualTo("unitPrice");
    assertThat(v.getString("rule")).isEqualTo("digits");
    assertThat(v.getString("message")).isEqualTo("un montant a au plus 2 décimales");

    Api.Reply billion =
        api.post(
            "/lots/" + lot + "/price-lines",
            "{\"code\":\"H\",\"label\":\"Heure\",\"unit\":\"heure\",\"unitPrice\":1000000000.01}");
    assertThat(onlyViolation(billion).getString("message"))
        .isEqualTo("un montant ne dépasse pas 1 000 000 000 €");

    Api.Reply atTheLimit =
        api.post(
            "/lots/" + lot + "/price-lines",
            "{\"code\":\"H\",\"label\":\"Heure\",\"unit\":\"heure\",\"unitPrice\":1000000000.00}");
    assertThat(atTheLimit.status()).as(atTheLimit.toString()).isEqualTo(201);
  }

  @Test
  void aDeliveredQuantityOverAMillionIsNamedByItsPriceCode() {
    Api.Reply reply =
        api.post(
            "/vouchers/" + voucher() + "/service-done",
            "{\"deliveredQuantities\":{\"H-JOUR\":1000000.5}}");
    JsonObject v = onlyViolation(reply);
    assertThat(v.getString("field")).isEqualTo("deliveredQuantities[H-JOUR]");
    assertThat(v.getString("message")).contains("1 000 000");
  }

  @Test
  void anUpdateDoesNotNeedWhatOnlyACreationStates() {
    long lot =
        fixtures.lot(
            fixtures.agreement(fixtures.consortium()), fixtures.operator(false), "0", "1000");
    Api.Reply creation =
        api.post(
            "/agreements/" + api.get("/lots/" + lot).json().getInt("agreementId") + "/lots",
            "{\"label\":\"Sans numéro\"}");
    assertThat(onlyViolation(creation).getString("field")).isEqualTo("number");
    Api.Reply update =
        api.put(
            "/lots/" + lot,
            """
            {"label":"Secteur renommé","holderIds":%s,"maximum":1000}"""
                .formatted(
                    api.get("/lots/" + lot).json().getJsonArray("holders").stream()
                        .map(h -> String.valueOf(h.asJsonObject().getInt("operatorId")))
                        .toList()));
    assertThat(update.status()).as(update.toString()).isEqualTo(200);
  }

  @Test
  void anIdempotencyKeyLongerThanItsColumnIsNamedAsTheHeader() {
    Api.Reply reply =
        api.send(
            "POST",
            "/vouchers/" + voucher() + "/issue",
            "{}",
            java.util.Map.of("Idempotency-Key", "k".repeat(101)));
    JsonObject v = onlyViolation(reply);
    assertThat(v.getString("field")).isEqualTo("Idempotency-Key");
    assertThat(v.getString("message")).isEqualTo("au plus 100 caractères");
  }

  @Test
  void aSiteEndingBeforeItStartsIsRefusedWithBothDatesInFrench() {
    long consortium = fixtures.consortium();
    long member = fixtures.member(consortium, "OPH", true);
    long lot = fixtures.lot(fixtures.agreement(consortium), fixtures.operator(false), "0", "1000");
    Api.Reply reply =
        api.post(
            "/sites",
            """
            {"code":"D-%d","name":"Résidence","memberId":%d,"lotId":%d,"dwellings":10,
             "activeFrom":"2022-04-01","activeTo":"2022-03-01"}"""
                .formatted(Fixtures.serial(), member, lot));
    JsonObject v = onlyViolation(reply);
    assertThat(v.getString("field")).isEqualTo("activeTo");
    assertThat(v.getString("message"))
        .contains("fin le 01/03/2022")
        .contains("début le 01/04/2022");
  }

  @Test
  void theOpenApiDocumentStatesEachTextsMaximumLengthAndTheAmountsLimits() throws Exception {
    java.net.http.HttpResponse<String> response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(base.toString()).resolve("/openapi"))
                    .header("Accept", "application/json")
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject schemas =
        new Api.Reply(200, "application/json", response.body())
            .json()
            .getJsonObject("components")
            .getJsonObject("schemas");
    JsonObject consortium = schemas.getJsonObject("ConsortiumInput");
    assertThat(consortium.getJsonObject("properties").getJsonObject("name").getInt("maxLength"))
        .isEqualTo(200);
    assertThat(consortium.getJsonArray("required").getString(0)).isEqualTo("name");
    JsonObject price = schemas.getJsonObject("PriceLineInput").getJsonObject("properties");
    assertThat(price.getJsonObject("code").getInt("maxLength")).isEqualTo(30);
    assertThat(price.getJsonObject("unitPrice").getJsonNumber("maximum").longValue())
        .isEqualTo(1_000_000_000L);
    assertThat(
            schemas
                .getJsonObject("OrderRequest")
                .getJsonObject("properties")
                .getJsonObject("object")
                .getInt("maxLength"))
        .isEqualTo(1000);
  }

  static JsonObject onlyViolation(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().containsKey("violations")).as(reply.toString()).isTrue();
    List<JsonObject> violations =
        reply.json().getJsonArray("violations").getValuesAs(JsonObject.class);
    assertThat(violations).as(reply.toString()).hasSize(1);
    return violations.get(0);
  }
}
