package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

@ExtendWith(ArquillianExtension.class)
@BrowserTest
@DisplayName(
    "An operator's \"mes bons de commande\" in a browser: only its own vouchers, their PDF, and"
        + " the acknowledgement of receipt")
class OperatorPagesIT {

  @ArquillianResource URL base;

  @Test
  void anOperatorSeesOnlyItsVouchersDownloadsOneAndAcknowledgesIt() throws Exception {
    Fixtures fixtures = new Fixtures(new Api(base));
    long consortium = fixtures.consortium();
    long member = fixtures.member(consortium, "OPH", true);
    long agreement = fixtures.agreement(consortium);
    long holder = fixtures.operator(false);
    long lot = fixtures.lot(agreement, holder, "0", "5000");
    fixtures.priceLine(lot, "H-JOUR", "30");
    long otherLot = fixtures.lot(agreement, fixtures.operator(true), "0", "5000");
    fixtures.priceLine(otherLot, "H-JOUR", "30");
    String mine =
        fixtures
            .issue(member, fixtures.site(member, lot), "H-JOUR", "2", null)
            .json()
            .getString("number");
    var theirsIssued = fixtures.issue(member, fixtures.site(member, otherLot), "H-JOUR", "3", null);
    String theirs = theirsIssued.json().getString("number");
    int theirsId = theirsIssued.json().getInt("id");
    try (Browser browser = Browser.open(base)) {
      browser.logIn(PageLogins.operatorOf(new Api(base), holder), PageLogins.PASSWORD);
      assertThat(browser.all(By.cssSelector("nav a")).stream().map(a -> a.getText()).toList())
          .as("an operator's menu")
          .containsExactly("Accueil", "Mes bons de commande");
      browser.go("/app/operator/vouchers");
      browser.check("operator-vouchers");
      String list = browser.text(By.id("vouchers"));
      assertThat(list).contains(mine).doesNotContain(theirs).contains("émis");
      var pdf =
          browser.download(browser.find(By.linkText("PDF du bon " + mine)).getAttribute("href"));
      assertThat(pdf.statusCode()).isEqualTo(200);
      assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
          .isEqualTo("%PDF-");
      browser.clickAndLoad(
          By.cssSelector("button[aria-label='Accuser réception du bon " + mine + "']"));
      assertThat(browser.text(By.id("status"))).isEqualTo("accusé de réception");
      browser.go("/app/operator/vouchers");
      assertThat(browser.text(By.id("vouchers"))).contains("accusé de réception");
      assertThat(browser.all(By.cssSelector("button[aria-label^='Accuser réception']"))).isEmpty();
      browser.go("/app/vouchers/" + theirsId);
      assertThat(browser.text(By.tagName("h1")))
          .as("another holder's voucher, as if it did not exist")
          .isEqualTo("Page introuvable");
    }
  }
}
