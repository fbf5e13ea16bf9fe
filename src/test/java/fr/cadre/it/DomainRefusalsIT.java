package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The 409 and 422 refusals the OpenAPI document declares, each provoked on the operation that
 * declares it: duplicates on creation and on update, lifecycle moves from the wrong status, a
 * document asked of a draft, a restart of an import that did not fail, a reused key.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName(
    "Duplicates, lifecycle moves from the wrong status, a draft's document, a finished import's"
        + " restart are 409 naming the rule; a reused Idempotency-Key is a 422")
class DomainRefusalsIT {

  @ArquillianResource URL base;

  private Api api;
  private Fixtures fixtures;
  private long consortium;
  private long member;
  private long agreement;
  private long lot;
  private long site;

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
    member = fixtures.member(consortium, "OPH", true);
    agreement = fixtures.agreement(consortium);
    lot = fixtures.lot(agreement, fixtures.operator(false), "0", "1000");
    fixtures.priceLine(lot, "H-JOUR", "30");
    site = fixtures.site(member, lot);
  }

  @Test
  void lifecycleMovesFromADraftAndItsDocumentAreConflicts() {
    long draft = draft();
    conflict(api.post("/vouchers/" + draft + "/acknowledgement", "{}"), "voucher-lifecycle");
    conflict(api.post("/vouchers/" + draft + "/service-done", "{}"), "voucher-lifecycle");
    conflict(
        api.post(
            "/vouchers/" + draft + "/invoice",
            "{\"reference\":\"F-1\",\"receivedOn\":\"2022-04-01\",\"amountHt\":10.00,\"amountTtc\":12.00}"),
        "voucher-lifecycle");
    conflict(
        api.post("/vouchers/" + draft + "/payment", "{\"paidOn\":\"2022-04-01\"}"),
        "voucher-lifecycle");
    conflict(
        api.post("/vouchers/" + draft + "/cancellation", "{\"reason\":\"erreur\"}"),
        "voucher-lifecycle");
    conflict(
        api.post("/vouchers/" + draft + "/closing", "{\"reason\":\"erreur\"}"),
        "voucher-lifecycle");
    conflict(api.get("/vouchers/" + draft + "/document"), "voucher-draft");
  }

  @Test
  void issuingOrPreviewingAfterTheAgreementEndedIsAConflict() {
    String late = "{\"issueDate\":\"2025-06-01\"}";
    conflict(api.post("/vouchers/" + draft("2025-06-01") + "/preview", late), "R2162-5");
    conflict(api.post("/vouchers/" + draft("2025-06-01") + "/issue", late), "R2162-5");
  }

  @Test
  void aKeyReusedToIssueAnotherDraftIs422() {
    String key = "k-" + Fixtures.serial();
    String on = "{\"issueDate\":\"2022-03-01\"}";
    Map<String, String> headers = Map.of("Idempotency-Key", key);
    assertThat(api.send("POST", "/vouchers/" + draft() + "/issue", on, headers).status())
        .isEqualTo(201);
    Api.Reply other = api.send("POST", "/vouchers/" + draft() + "/issue", on, headers);
    assertThat(other.status()).as(other.toString()).isEqualTo(422);
  }

  @Test
  void duplicatesOnCreationAreConflicts() {
    String reference = api.get("/agreements/" + agreement).json().getString("reference");
    conflict(api.post("/agreements", agreementBody(reference)), "duplicate-reference");
    int number = api.get("/lots/" + lot).json().getInt("number");
    conflict(
        api.post(
            "/agreements/" + agreement + "/lots",
            "{\"number\":%d,\"label\":\"Bis\",\"holderIds\":[%d],\"minimum\":0,\"maximum\":10}"
                .formatted(number, fixtures.operator(false))),
        "duplicate-lot");
    conflict(
        api.post("/lots/" + lot + "/price-lines", priceLine("H-JOUR")), "duplicate-price-code");
    String code = api.get("/sites/" + site).json().getString("code");
    conflict(
        api.post(
            "/sites",
            "{\"code\":\"%s\",\"name\":\"Bis\",\"memberId\":%d,\"lotId\":%d}"
                .formatted(code, member, lot)),
        "duplicate-site");
    String siret = api.get("/members/" + member).json().getString("siret");
    conflict(
        api.post("/consortia/" + consortium + "/members", memberBody(siret)), "duplicate-siret");
  }

  @Test
  void duplicatesOnUpdateAreConflicts() {
    long other = fixtures.agreement(consortium);
    String reference = api.get("/agreements/" + agreement).json().getString("reference");
    conflict(api.put("/agreements/" + other, agreementBody(reference)), "duplicate-reference");
    long line = fixtures.priceLine(lot, "H-NUIT", "40");
    conflict(api.put("/price-lines/" + line, priceLine("H-JOUR")), "duplicate-price-code");
    long second = fixtures.member(consortium, "OPH", true);
    String siret = api.get("/members/" + member).json().getString("siret");
    conflict(api.put("/members/" + second, memberBody(siret)), "duplicate-siret");
    long operator = fixtures.operator(false);
    long another = fixtures.operator(false);
    String operatorSiret = api.get("/operators/" + operator).json().getString("siret");
    conflict(
        api.put(
            "/operators/" + another,
            "{\"name\":\"Copie\",\"siret\":\"%s\",\"address\":\"Marseille\",\"vatExempt\":false}"
                .formatted(operatorSiret)),
        "duplicate-siret");
  }

  @Test
  void restartingAnImportThatDidNotFailIsAConflict() {
    JsonObject done =
        api.get("/imports").array().getValuesAs(JsonObject.class).stream()
            .filter(run -> run.getString("status").equals("COMPLETED"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no completed import: " + api.get("/imports")));
    conflict(
        api.post("/imports/" + done.getJsonNumber("id").longValue() + "/restart", ""),
        "import-restart");
  }

  private long draft() {
    return draft("2022-03-01");
  }

  /** A draft executed for a month from {@code start}. */
  private long draft(String start) {
    Api.Reply draft =
        api.send(
            "POST",
            "/vouchers",
            """
            {"memberId":%d,"siteId":%d,"object":"Médiation, mars 2022",
             "executionStart":"%s","executionEnd":"%s",
             "lines":[{"code":"H-JOUR","quantity":1}]}"""
                .formatted(
                    member, site, start, java.time.LocalDate.parse(start).plusDays(29).toString()),
            Map.of("X-Cadre-User", "agent.test"));
    assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
    return draft.id();
  }

  private String agreementBody(String reference) {
    return """
        {"consortiumId":%d,"reference":"%s","object":"Médiation sociale urbaine",
         "cpvCode":"85320000","procedureLaunchDate":"2021-03-01","notificationDate":"2021-06-15",
         "startDate":"2021-07-01","initialMonths":6,"renewalCount":3,"renewalMonths":12}"""
        .formatted(consortium, reference);
  }

  private static String priceLine(String code) {
    return """
        {"code":"%s","label":"Heure","unit":"heure","unitPrice":30,"vatRate":20}"""
        .formatted(code);
  }

  private static String memberBody(String siret) {
    return """
        {"name":"Copie","siret":"%s","address":"1 rue de la République, 13001 Marseille",
         "legalForm":"OPH","chorusServiceCode":"SERV-1","mayOrder":true}"""
        .formatted(siret);
  }

  private static void conflict(Api.Reply reply, String rule) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().getString("rule")).isEqualTo(rule);
  }

  /**
   * Each update answers 200 with what was sent, and the 404 of an unknown id is then tried with a
   * body the operation accepts (OperationContractIT).
   */
  @Test
  void eachRecordIsRevisedPreviewedAndTerminatedThroughItsOperation() {
    ok(
        api.put(
            "/consortia/" + consortium,
            """
            {"name":"Groupement révisé %d","constitutiveAgreementRef":"CC-R","constitutiveAgreementDate":"2021-03-01"}"""
                .formatted(Fixtures.serial())));
    JsonObject m = api.get("/members/" + member).json();
    ok(
        api.put(
            "/members/" + member,
            """
            {"name":"Membre révisé","siret":"%s","address":"2 rue de la République, 13001 Marseille",
             "legalForm":"OPH","chorusServiceCode":"SERV-R","mayOrder":true}"""
                .formatted(m.getString("siret"))));
    JsonObject a = api.get("/agreements/" + agreement).json();
    ok(
        api.put(
            "/agreements/" + agreement,
            """
            {"reference":"%s","object":"Médiation sociale urbaine, révisée",
             "cpvCode":"85320000","procedureLaunchDate":"2021-03-01","notificationDate":"2021-06-15",
             "startDate":"2021-07-01","initialMonths":6,"renewalCount":3,"renewalMonths":12}"""
                .formatted(a.getString("reference"))));
    long line =
        api.get("/lots/" + lot + "/price-lines")
            .array()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    ok(
        api.put(
            "/price-lines/" + line,
            """
            {"code":"H-JOUR","label":"Heure de médiation, jour","unit":"heure","unitPrice":31,"vatRate":20}"""));
    JsonObject s = api.get("/sites/" + site).json();
    ok(
        api.put(
            "/sites/" + site,
            """
            {"code":"%s","name":"Résidence révisée","address":"Marseille","district":"13015",
             "memberId":%d,"lotId":%d,"dwellings":520}"""
                .formatted(s.getString("code"), member, lot)));
    ok(api.post("/vouchers/" + draft() + "/preview", "{\"issueDate\":\"2022-03-01\"}"));
    ok(api.post("/agreements/" + agreement + "/termination", "{\"terminatedOn\":\"2024-06-30\"}"));
  }

  private static void ok(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
  }
}
