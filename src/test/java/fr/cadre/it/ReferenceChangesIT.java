package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Batches of issues keep the reference data they read (sites, lots, holders, price lines) from one
 * batch to the next, for as long as the reference version in the database has not moved. Each test
 * issues once, so that a batch has read and kept the data, changes it through the API, and issues
 * again: the second issue must see the change. Only the database tells the batches of a change, so
 * the same holds across instances.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Issuing sees each change to the reference data at once, though batches keep it")
class ReferenceChangesIT {

  @ArquillianResource URL base;

  private Api api;
  private Fixtures fixtures;
  private long agreement;
  private long member;
  private long firstHolder;
  private long lot;
  private long priceLine;
  private long site;

  @BeforeEach
  void scheme() {
    api = new Api(base);
    fixtures = new Fixtures(api);
    long consortium = fixtures.consortium();
    member = fixtures.member(consortium, "OPH", true);
    agreement = fixtures.agreement(consortium);
    firstHolder = fixtures.operator(false);
    lot = fixtures.lot(agreement, firstHolder, "0", "100000");
    priceLine = fixtures.priceLine(lot, "H-JOUR", "30");
    site = fixtures.site(member, lot);
  }

  @AfterEach
  void reconciled() {
    Reconciled.check(api, agreement);
  }

  @Test
  void anIssueAfterAPriceRevisionIsPricedAtTheRevisedPrice() {
    assertThat(issued().getJsonNumber("totalHt").bigDecimalValue()).isEqualByComparingTo("90.00");

    Api.Reply revised =
        api.put(
            "/price-lines/" + priceLine,
            """
            {"code":"H-JOUR","label":"Heure de médiation","unit":"heure","unitPrice":40,"vatRate":20}""");
    assertThat(revised.status()).as(revised.toString()).isEqualTo(200);

    assertThat(issued().getJsonNumber("totalHt").bigDecimalValue()).isEqualByComparingTo("120.00");
  }

  @Test
  void anIssueAfterItsPriceLineIsDeactivatedIsRefusedOnThatLine() {
    issued();

    Api.Reply deactivated =
        api.send("DELETE", "/price-lines/" + priceLine, null, java.util.Map.of());
    assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);

    Api.Reply refused = fixtures.issue(member, site, "H-JOUR", "3", null);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().getString("rule")).isEqualTo("price-schedule");
    assertThat(refused.json().getJsonArray("violations").getJsonObject(0).getString("field"))
        .isEqualTo("lines[0].code");
  }

  @Test
  void anIssueAfterTheLotChangesHolderGoesToTheNewHolder() {
    assertThat(issued().getJsonNumber("holderId").longValue()).isEqualTo(firstHolder);

    long newHolder = fixtures.operator(false);
    int number = api.get("/lots/" + lot).json().getInt("number");
    Api.Reply revised =
        api.put(
            "/lots/" + lot,
            """
            {"number":%d,"label":"Secteur repris","holderIds":[%d],"minimum":0,"maximum":100000}"""
                .formatted(number, newHolder));
    assertThat(revised.status()).as(revised.toString()).isEqualTo(200);

    assertThat(issued().getJsonNumber("holderId").longValue()).isEqualTo(newHolder);
  }

  @Test
  void r2162_6_anIssueAfterItsMemberMayNoLongerOrderIsRefused() {
    issued();

    jakarta.json.JsonObject was = api.get("/members/" + member).json();
    Api.Reply revised =
        api.put(
            "/members/" + member,
            """
            {"name":"%s","siret":"%s","address":"%s","legalForm":"%s","chorusServiceCode":"%s",
             "mayOrder":false}"""
                .formatted(
                    was.getString("name"),
                    was.getString("siret"),
                    was.getString("address"),
                    was.getString("legalForm"),
                    was.getString("chorusServiceCode")));
    assertThat(revised.status()).as(revised.toString()).isEqualTo(200);

    Api.Reply refused = fixtures.issue(member, site, "H-JOUR", "3", null);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().getString("rule")).isEqualTo("R2162-6");
  }

  /** Three hours of the lot's one price line, issued and answered 201. */
  private jakarta.json.JsonObject issued() {
    Api.Reply reply = fixtures.issue(member, site, "H-JOUR", "3", null);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json();
  }
}
