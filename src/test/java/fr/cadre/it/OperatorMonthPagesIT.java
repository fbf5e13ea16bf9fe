package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

@ExtendWith(ArquillianExtension.class)
@BrowserTest
@DisplayName(
    "An operator's vouchers filtered by status and month, and the ZIP of a month's PDFs: its own"
        + " vouchers of that month only, streamed")
class OperatorMonthPagesIT {

  @ArquillianResource URL base;

  @Test
  void anOperatorFiltersItsVouchersAndDownloadsTheZipOfAMonth() throws Exception {
    Api api = new Api(base);
    Fixtures fixtures = new Fixtures(api);
    long consortium = fixtures.consortium();
    long member = fixtures.member(consortium, "OPH", true);
    long agreement = fixtures.agreement(consortium);
    long holder = fixtures.operator(false);
    long lot = fixtures.lot(agreement, holder, "0", "5000");
    fixtures.priceLine(lot, "H-JOUR", "30");
    long site = fixtures.site(member, lot);
    String march = fixtures.issue(member, site, "H-JOUR", "2", null).json().getString("number");
    String april = issueOn(api, member, site, "2022-04-05").json().getString("number");
    long otherLot = fixtures.lot(agreement, fixtures.operator(true), "0", "5000");
    fixtures.priceLine(otherLot, "H-JOUR", "30");
    String theirs =
        fixtures
            .issue(member, fixtures.site(member, otherLot), "H-JOUR", "1", null)
            .json()
            .getString("number");
    try (Browser browser = Browser.open(base)) {
      browser.logIn(PageLogins.operatorOf(new Api(base), holder), PageLogins.PASSWORD);
      browser.go("/app/operator/vouchers?month=2022-03").check("operator-march");
      assertThat(browser.find(By.id("f-month")).getAttribute("value")).isEqualTo("2022-03");
      assertThat(browser.text(By.id("vouchers"))).contains(march).doesNotContain(april, theirs);

      var zip =
          browser.download(browser.url("/app/operator/vouchers/archive?status=&month=2022-03"));
      assertThat(zip.statusCode()).isEqualTo(200);
      assertThat(zip.headers().firstValue("Content-Disposition").orElse(""))
          .contains("bons-de-commande-2022-03.zip");
      assertThat(entries(zip.body())).containsExactly(march + ".pdf");
      var april2022 = browser.download(browser.url("/app/operator/vouchers/archive?month=2022-04"));
      assertThat(entries(april2022.body())).containsExactly(april + ".pdf");

      browser.go("/app/operator/vouchers");
      browser.clickAndLoad(
          By.cssSelector("button[aria-label='Accuser réception du bon " + march + "']"));
      browser.go("/app/operator/vouchers");
      new Select(browser.find(By.id("f-status"))).selectByVisibleText("accusé de réception");
      browser.clickAndLoad(By.xpath("//main//button[normalize-space()='Filtrer']"));
      assertThat(browser.driver().getCurrentUrl()).contains("status=ACKNOWLEDGED");
      assertThat(browser.text(By.id("vouchers"))).contains(march).doesNotContain(april);

      browser.go("/app/operator/vouchers?month=2022-13").check("operator-bad-month");
      assertThat(browser.text(By.id("e-month"))).isEqualTo("saisir un mois, par exemple 2026-12");
      assertThat(browser.driver().getTitle()).startsWith("Erreur : ");
      assertThat(browser.status("/app/operator/vouchers?month=2022-13")).isEqualTo(400);

      browser.go("/app/operator/vouchers");
      browser.clickAndLoad(
          By.xpath("//main//button[normalize-space()='Télécharger le ZIP du mois']"));
      assertThat(browser.text(By.id("e-month")))
          .as("a ZIP asked for without its month")
          .isEqualTo("choisir le mois dont il faut le ZIP");
    }
  }

  private static Api.Reply issueOn(Api api, long member, long site, String day) {
    Api.Reply issued =
        api.post(
            "/vouchers?issue=true",
            """
            {"memberId":%d,"siteId":%d,"object":"Médiation sociale","issueDate":"%s",
             "executionStart":"%s","executionEnd":"%s","commitmentNumber":"EJ-%d",
             "budgetYear":2022,"budgetLine":"6228","signatoryName":"Claire Martin",
             "signatoryRole":"Directrice","lines":[{"code":"H-JOUR","quantity":1}]}"""
                .formatted(member, site, day, day, day, Fixtures.serial()));
    assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
    return issued;
  }

  private static List<String> entries(byte[] zip) throws Exception {
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        names.add(e.getName());
      }
    }
    return names;
  }
}
