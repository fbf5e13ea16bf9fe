package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A voucher that states no commitment, no budget line and no signatory, of a member without a
 * Chorus Pro service: all optional on a voucher, so it must go through every finance step.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("A voucher without commitment or budget line goes through service done to payment")
class VoucherWithoutCommitmentIT {

  @ArquillianResource URL base;

  @Test
  void aVoucherStatingNoCommitmentIsCertifiedInvoicedAndPaid() {
    Api api = new Api(base);
    Fixtures fixtures = new Fixtures(api);
    long consortium = fixtures.consortium();
    Api.Reply member =
        api.post(
            "/consortia/" + consortium + "/members",
            """
            {"name":"Membre sans service","siret":"%s","legalForm":"LOCAL_AUTHORITY","mayOrder":true}"""
                .formatted(Fixtures.siret(Fixtures.serial())));
    assertThat(member.status()).as(member.toString()).isEqualTo(201);
    long agreement = fixtures.agreement(consortium);
    long lot = fixtures.lot(agreement, fixtures.operator(false), "0", "1000");
    fixtures.priceLine(lot, "H-JOUR", "30");
    long site = fixtures.site(member.id(), lot);
    Api.Reply issued =
        api.post(
            "/vouchers?issue=true",
            """
            {"memberId":%d,"siteId":%d,"object":"Médiation, mars 2022","issueDate":"2022-03-01",
             "executionStart":"2022-03-01","executionEnd":"2022-03-31",
             "lines":[{"code":"H-JOUR","quantity":3}]}"""
                .formatted(member.id(), site));
    assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
    String voucher = "/vouchers/" + issued.id();

    Api.Reply done =
        api.post(
            voucher + "/service-done",
            "{\"deliveredQuantities\":{\"H-JOUR\":3},\"doneOn\":\"2022-03-31\"}");
    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    Api.Reply invoiced =
        api.post(
            voucher + "/invoice",
            "{\"reference\":\"F-1\",\"receivedOn\":\"2022-04-05\",\"amountHt\":90.00,"
                + "\"amountTtc\":108.00}");
    assertThat(invoiced.status()).as(invoiced.toString()).isEqualTo(200);
    Api.Reply paid = api.post(voucher + "/payment", "{\"paidOn\":\"2022-04-20\"}");
    assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
    assertThat(paid.json().getString("status")).isEqualTo("PAID");
    Reconciled.check(api, agreement);
  }
}
