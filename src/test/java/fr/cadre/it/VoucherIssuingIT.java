package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
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
@DisplayName(
    "Issuing vouchers: R2162-4 maximum under concurrency, gapless numbers, idempotency, lifecycle")
class VoucherIssuingIT {

  @ArquillianResource URL base;

  private Api api;
  private Fixtures fixtures;
  private long consortium;
  private long member;
  private long agreement;
  private long lot;
  private long site;

  /** A lot whose maximum is 1 000,00 € per period, an hour at 30,00 € HT. */
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
  void r2162_4_concurrentIssuesNeverOverrunTheMaximumAndNumbersStayContiguous() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<Api.Reply>> replies = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      // 60 requests of 3 hours = 90,00 € HT each: 5 400 € asked, 1 000 € allowed -> 11 fit.
      replies.add(
          pool.submit(
              (Callable<Api.Reply>) () -> fixtures.issue(member, site, "H-JOUR", "3", null)));
    }
    List<String> numbers = new ArrayList<>();
    BigDecimal issued = BigDecimal.ZERO;
    int refused = 0;
    for (Future<Api.Reply> future : replies) {
      Api.Reply reply = future.get();
      assertThat(reply.status()).as(reply.toString()).isIn(201, 409);
      if (reply.status() == 201) {
        numbers.add(reply.json().getString("number"));
        issued = issued.add(reply.json().getJsonNumber("totalHt").bigDecimalValue());
      } else {
        refused++;
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("rule")).isEqualTo("R2162-4");
        // What is left depends on the requests still in flight; the message always says it.
        assertThat(reply.json().getString("detail"))
            .contains("serait dépassé de")
            .contains("reste");
      }
    }
    pool.shutdown();
    assertThat(numbers).hasSize(11);
    assertThat(refused).isEqualTo(49);
    assertThat(issued).isEqualByComparingTo("990.00");
    List<Integer> sequence =
        numbers.stream().map(n -> Integer.parseInt(n.substring(5))).sorted().toList();
    assertThat(sequence)
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 11).boxed().toList());
    assertThat(numbers).allMatch(n -> n.startsWith("2022-"));
    JsonObject period = api.get("/lots/" + lot).json().getJsonArray("periods").getJsonObject(1);
    assertThat(period.getJsonNumber("consumed").bigDecimalValue()).isEqualByComparingTo("990.00");
    // The running total the limit was enforced on is what the vouchers add up to.
    JsonObject reconciliation = api.get("/agreements/" + agreement + "/reconciliation").json();
    assertThat(reconciliation.getBoolean("consistent")).isTrue();
    assertThat(reconciliation.getJsonArray("lines").getJsonObject(1).getInt("voucherCount"))
        .isEqualTo(11);
  }

  /** Officers double-clicking "émettre" on one draft: one voucher, one number, counted once. */
  @Test
  void aDraftIssuedConcurrentlyIsIssuedOnceAndCountedOnce() throws Exception {
    Api.Reply draft =
        api.send(
            "POST",
            "/vouchers",
            """
            {"memberId":%d,"siteId":%d,"object":"Médiation, mars 2022",
             "executionStart":"2022-03-01","executionEnd":"2022-03-31",
             "lines":[{"code":"H-JOUR","quantity":3}]}"""
                .formatted(member, site),
            java.util.Map.of("X-Cadre-User", "agent.test"));
    assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
    ExecutorService pool = Executors.newFixedThreadPool(12);
    List<Future<Api.Reply>> replies = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      replies.add(
          pool.submit(
              (Callable<Api.Reply>)
                  () ->
                      api.post(
                          "/vouchers/" + draft.id() + "/issue", "{\"issueDate\":\"2022-03-01\"}")));
    }
    java.util.Set<String> numbers = new java.util.HashSet<>();
    for (Future<Api.Reply> reply : replies) {
      Api.Reply r = reply.get();
      assertThat(r.status()).as(r.toString()).isIn(200, 201);
      numbers.add(r.json().getString("number"));
    }
    pool.shutdown();
    assertThat(numbers).containsExactly("2022-000001");
    JsonObject period = api.get("/lots/" + lot).json().getJsonArray("periods").getJsonObject(1);
    assertThat(period.getJsonNumber("consumed").bigDecimalValue()).isEqualByComparingTo("90.00");
    assertThat(
            api.get("/agreements/" + agreement + "/reconciliation").json().getBoolean("consistent"))
        .isTrue();
  }

  @Test
  void r2162_4_cancellingFreesTheAmountAndKeepsTheNumber() {
    Api.Reply first = fixtures.issue(member, site, "H-JOUR", "30", null);
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(first.json().getJsonNumber("headroomAfter").bigDecimalValue())
        .isEqualByComparingTo("100.00");
    assertThat(first.json().getJsonArray("warnings").toString()).contains("90 %");
    Api.Reply refused = fixtures.issue(member, site, "H-JOUR", "4", null);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().getString("detail"))
        .contains("serait dépassé de 20,00")
        .contains("reste 100,00");

    Api.Reply cancelled =
        api.post(
            "/vouchers/" + first.id() + "/cancellation",
            "{\"reason\":\"Site fermé pour travaux\"}");
    assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
    assertThat(cancelled.json().getString("number")).isEqualTo(first.json().getString("number"));
    Api.Reply again = fixtures.issue(member, site, "H-JOUR", "4", null);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.json().getString("number")).isNotEqualTo(first.json().getString("number"));
  }

  @Test
  void aRetriedRequestWithTheSameIdempotencyKeyIssuesOnce() {
    String key = "retry-" + Fixtures.serial();
    Api.Reply first = fixtures.issue(member, site, "H-JOUR", "1", key);
    Api.Reply retry = fixtures.issue(member, site, "H-JOUR", "1", key);
    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.id()).isEqualTo(first.id());
    assertThat(api.get("/vouchers?lot=" + lot).array()).hasSize(1);
  }

  @Test
  void theSameIdempotencyKeyWithAnotherRequestIsRefusedWith422NamingTheKey() {
    String key = "reused-" + Fixtures.serial();
    Api.Reply first = fixtures.issue(member, site, "H-JOUR", "1", key);
    Api.Reply other = fixtures.issue(member, site, "H-JOUR", "3", key);
    assertThat(first.status()).isEqualTo(201);
    assertThat(other.status()).as(other.toString()).isEqualTo(422);
    assertThat(other.contentType()).startsWith("application/problem+json");
    assertThat(other.json().getString("rule")).isEqualTo("idempotency-key");
    assertThat(other.json().getString("detail")).contains("« " + key + " »");
    assertThat(api.get("/vouchers?lot=" + lot).array()).hasSize(1);
    assertThat(
            api.get("/vouchers/" + first.id())
                .json()
                .getJsonArray("lines")
                .getJsonObject(0)
                .getJsonNumber("quantity")
                .intValue())
        .isEqualTo(1);
  }

  /**
   * A batch writes its new vouchers, lines and history with plain JDBC (JdbcInserts), not through
   * the persistence context: what is read back must be what the issue answered, field for field.
   */
  @Test
  void aVoucherIssuedInABatchReadsBackFieldForFieldAsItWasAnswered() {
    Api.Reply issued =
        fixtures.issue(member, site, "H-JOUR", "2.5", "read-back-" + Fixtures.serial());
    assertThat(issued.status()).isEqualTo(201);
    JsonObject answered = issued.json();
    JsonObject read = api.get("/vouchers/" + issued.id()).json();
    List<String> compared = new ArrayList<>();
    for (String field : read.keySet()) {
      if (answered.containsKey(field)) {
        assertThat(byValue(read.get(field))).as(field).isEqualTo(byValue(answered.get(field)));
        compared.add(field);
      }
    }
    assertThat(compared)
        .contains("number", "status", "totalHt", "totalVat", "totalTtc", "lines", "history");
    assertThat(read.getJsonArray("lines").getJsonObject(0).getJsonNumber("quantity").doubleValue())
        .isEqualTo(2.5);
    // Its version is the one a new entity gets: the next step's optimistic lock accepts it.
    assertThat(api.post("/vouchers/" + issued.id() + "/acknowledgement", "{}").status())
        .isEqualTo(200);
  }

  /** A JSON value with its numbers by value: 2.5 and 2.500 (the column's scale) are equal. */
  private static Object byValue(jakarta.json.JsonValue value) {
    return switch (value.getValueType()) {
      case NUMBER -> ((jakarta.json.JsonNumber) value).bigDecimalValue().stripTrailingZeros();
      case ARRAY -> value.asJsonArray().stream().map(VoucherIssuingIT::byValue).toList();
      case OBJECT ->
          value.asJsonObject().entrySet().stream()
              .collect(
                  java.util.stream.Collectors.toMap(
                      java.util.Map.Entry::getKey, e -> byValue(e.getValue())));
      default -> value;
    };
  }

  @Test
  void theLifecycleIsRecordedWithWhoAndWhy() {
    Api.Reply issued = fixtures.issue(member, site, "H-JOUR", "10", null);
    long id = issued.id();
    assertThat(issued.json().getJsonNumber("totalVat").bigDecimalValue())
        .isEqualByComparingTo("60.00");
    assertThat(issued.json().getJsonNumber("totalTtc").bigDecimalValue())
        .isEqualByComparingTo("360.00");
    api.post("/vouchers/" + id + "/acknowledgement", "{}");
    Api.Reply done =
        api.post(
            "/vouchers/" + id + "/service-done",
            "{\"deliveredQuantities\":{\"H-JOUR\":8},\"doneOn\":\"2022-03-31\"}");
    assertThat(done.json().getJsonNumber("deliveredHt").bigDecimalValue())
        .isEqualByComparingTo("240.00");
    api.post(
        "/vouchers/" + id + "/invoice",
        "{\"reference\":\"F-2022-12\",\"receivedOn\":\"2022-04-04\",\"amountHt\":240.00,\"amountTtc\":288.00}");
    Api.Reply paid = api.post("/vouchers/" + id + "/payment", "{\"paidOn\":\"2022-05-02\"}");
    // Two hours undelivered: paid, but open until it is closed (soldé), which releases them.
    assertThat(paid.json().getString("status")).isEqualTo("INVOICED");
    Api.Reply closed =
        api.post("/vouchers/" + id + "/closing", "{\"reason\":\"mission terminée\"}");
    assertThat(closed.json().getString("status")).isEqualTo("PAID");
    assertThat(closed.json().getJsonNumber("releasedHt").bigDecimalValue())
        .isEqualByComparingTo("60.00");
    // Issued in one step: the history starts with the issue, then the five later steps.
    assertThat(closed.json().getJsonArray("history")).hasSize(6);
    assertThat(closed.json().getJsonArray("history").getJsonObject(0).getString("to"))
        .isEqualTo("ISSUED");
    assertThat(closed.json().getJsonArray("history").getJsonObject(0).getString("actor"))
        .as("the authenticated user, not X-Cadre-User")
        .isEqualTo(Api.TESTER);

    Api.Reply tooLate = api.post("/vouchers/" + id + "/cancellation", "{\"reason\":\"erreur\"}");
    assertThat(tooLate.status()).isEqualTo(409);
    assertThat(tooLate.json().getString("rule")).isEqualTo("voucher-lifecycle");
  }

  @Test
  void r2162_5_noVoucherIsIssuedAfterTheAgreementEnds() {
    Api.Reply reply =
        api.post(
            "/vouchers?issue=true",
            """
            {"memberId":%d,"siteId":%d,"object":"Médiation","issueDate":"2025-01-02",
             "executionStart":"2025-01-02","executionEnd":"2025-01-31","lines":[{"code":"H-JOUR","quantity":1}]}"""
                .formatted(member, site));
    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.json().getString("rule")).isEqualTo("R2162-5");
    assertThat(api.get("/vouchers?lot=" + lot).array()).as("no draft left behind").isEmpty();
  }

  @Test
  void r2162_6_aMemberOrdersOnlyForItsOwnSites() {
    long other = fixtures.member(consortium, "SA_HLM", true);
    Api.Reply reply = fixtures.issue(other, site, "H-JOUR", "1", null);
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().getJsonArray("violations").getJsonObject(0).getString("rule"))
        .isEqualTo("R2162-6");
  }
}
