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
          .containsExactly("Accueil", "Mes bons de commande", "Mon compte");
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

  @Test
  @DisplayName(
      "an operator with more vouchers than a page pages through them all, newest first, and never"
          + " sees another holder's")
  void anOperatorPagesThroughAllItsVouchers() throws Exception {
    Fixtures fixtures = new Fixtures(new Api(base));
    long consortium = fixtures.consortium();
    long member = fixtures.member(consortium, "OPH", true);
    long agreement = fixtures.agreement(consortium);
    long holder = fixtures.operator(false);
    long lot = fixtures.lot(agreement, holder, "0", "100000");
    fixtures.priceLine(lot, "H-JOUR", "30");
    long site = fixtures.site(member, lot);
    long otherLot = fixtures.lot(agreement, fixtures.operator(true), "0", "5000");
    fixtures.priceLine(otherLot, "H-JOUR", "30");
    String theirs =
        fixtures
            .issue(member, fixtures.site(member, otherLot), "H-JOUR", "3", null)
            .json()
            .getString("number");
    int count = 55;
    java.util.List<String> mine = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      mine.add(fixtures.issue(member, site, "H-JOUR", "1", null).json().getString("number"));
    }
    try (Browser browser = Browser.open(base)) {
      browser.logIn(PageLogins.operatorOf(new Api(base), holder), PageLogins.PASSWORD);
      browser.go("/app/operator/vouchers");
      java.util.List<String> first = numbers(browser);
      assertThat(first).as("a full first page").hasSize(50);
      assertThat(browser.all(By.cssSelector("a[rel=prev]"))).isEmpty();
      browser.clickAndLoad(By.cssSelector("a[rel=next]"));
      browser.check("operator-vouchers-page-2");
      assertThat(browser.driver().getTitle()).contains("page 2");
      java.util.List<String> second = numbers(browser);
      assertThat(second).as("the rest on the second page").hasSize(count - 50);
      assertThat(browser.all(By.cssSelector("a[rel=next]"))).as("no third page").isEmpty();
      java.util.List<String> newestFirst = new java.util.ArrayList<>(mine);
      java.util.Collections.reverse(newestFirst);
      java.util.List<String> all = new java.util.ArrayList<>(first);
      all.addAll(second);
      assertThat(all)
          .as("every voucher of the holder once, newest number first, none of another holder")
          .containsExactlyElementsOf(newestFirst)
          .doesNotContain(theirs);
      browser.clickAndLoad(By.cssSelector("a[rel=prev]"));
      assertThat(numbers(browser)).isEqualTo(first);
    }
  }

  private static java.util.List<String> numbers(Browser browser) {
    return browser.all(By.cssSelector("#vouchers tbody tr td:first-child a")).stream()
        .map(a -> a.getText())
        .toList();
  }
}
