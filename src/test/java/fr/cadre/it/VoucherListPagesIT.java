package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

@ExtendWith(ArquillianExtension.class)
@BrowserTest
@DisplayName(
    "The voucher list in a browser: filters by lot, site and status, sorting by amount, a refused"
        + " filter shown beside its field, English texts; the issuing form without JavaScript")
class VoucherListPagesIT {

  @ArquillianResource URL base;

  private Browser browser;
  private Fixtures fixtures;
  private long lot;
  private long site;
  private long otherSite;
  private long member;
  private String officer;

  /** One lot, two sites; three vouchers on the first site, one on the other. */
  @BeforeEach
  void vouchers() throws Exception {
    fixtures = new Fixtures(new Api(base));
    long consortium = fixtures.consortium();
    member = fixtures.member(consortium, "OPH", true);
    long agreement = fixtures.agreement(consortium);
    lot = fixtures.lot(agreement, fixtures.operator(false), "0", "100000");
    fixtures.priceLine(lot, "H-JOUR", "30");
    site = fixtures.site(member, lot);
    otherSite = fixtures.site(member, lot);
    for (String quantity : List.of("1", "5", "3")) {
      assertThat(fixtures.issue(member, site, "H-JOUR", quantity, null).status()).isEqualTo(201);
    }
    assertThat(fixtures.issue(member, otherSite, "H-JOUR", "2", null).status()).isEqualTo(201);
    officer = PageLogins.officerOf(new Api(base), member);
    browser = Browser.open(base);
    browser.logIn(officer, PageLogins.PASSWORD);
  }

  @AfterEach
  void close() throws Exception {
    browser.close();
  }

  private List<String> column(int index) {
    return browser.all(By.cssSelector("#vouchers tbody tr td:nth-child(" + index + ")")).stream()
        .map(WebElement::getText)
        .toList();
  }

  @Test
  void theFiltersSelectTheLotsAndSitesVouchersAndTheAmountColumnSortsThem() {
    browser.go("/app/vouchers?lot=" + lot).check("vouchers-of-a-lot");
    assertThat(column(8)).hasSize(4);
    new Select(browser.find(By.id("f-site"))).selectByValue(String.valueOf(site));
    new Select(browser.find(By.id("f-status"))).selectByValue("ISSUED");
    browser.clickAndLoad(By.xpath("//button[text()='Filtrer']"));
    browser.check("vouchers-filtered");
    assertThat(browser.driver().getCurrentUrl()).contains("site=" + site).contains("status=ISSUED");
    assertThat(column(5)).hasSize(3).allMatch(code -> !code.isBlank());
    assertThat(column(7)).containsOnly("émis");

    browser.clickAndLoad(By.linkText("Total HT"));
    assertThat(browser.find(By.cssSelector("th[aria-sort]")).getText()).isEqualTo("Total HT");
    assertThat(browser.find(By.cssSelector("th[aria-sort]")).getAttribute("aria-sort"))
        .isEqualTo("descending");
    assertThat(column(8)).containsExactly("150,00 €", "90,00 €", "30,00 €");
    browser.clickAndLoad(By.linkText("Total HT"));
    assertThat(column(8)).containsExactly("30,00 €", "90,00 €", "150,00 €");
    assertThat(
            new Select(browser.find(By.id("f-site")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .as("the filters stay chosen")
        .isEqualTo(String.valueOf(site));
  }

  @Test
  void aFilterThatDoesNotParseIsShownBesideItsFieldAndFiltersNothing() throws Exception {
    browser.go("/app/vouchers?lot=" + lot + "&from=01-2022").check("vouchers-bad-filter");
    assertThat(browser.text(By.id("e-from"))).contains("date");
    assertThat(browser.find(By.cssSelector("#error-summary a[href='#f-from']"))).isNotNull();
    assertThat(column(8)).hasSize(4);
    // A page far past the end, whose offset would overflow an int: an empty page, not a 500.
    assertThat(browser.status("/app/vouchers?lot=" + lot + "&page=2147483647")).isEqualTo(200);
  }

  @Test
  void theListSpeaksEnglishOnceSwitched() {
    browser.go("/app/vouchers?lot=" + lot);
    // Sent with Enter on the focused button, as a keyboard user does: a mouse click lands where
    // the button was drawn, and once in a CI run on 2 cores it came back to a French list.
    browser.load(() -> browser.find(By.cssSelector("form.language button")).sendKeys(Keys.ENTER));
    browser
        .waiting()
        .until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    assertThat(browser.driver().getCurrentUrl())
        .as("back on the list it was switched from")
        .contains("lot=" + lot);
    browser.check("vouchers-en");
    assertThat(browser.text(By.tagName("h1"))).isEqualTo("Order vouchers");
    assertThat(column(7)).containsOnly("issued");
    assertThat(column(8)).contains("150.00 €");
  }

  @Test
  void theIssuingFormWorksWithoutJavaScript() throws Exception {
    try (Browser plain = Browser.withoutJavaScript(base)) {
      plain.logIn(officer, PageLogins.PASSWORD);
      plain.go("/app/vouchers/new?lot=" + lot + "&site=" + site);
      plain.find(By.id("f-object")).sendKeys("Médiation, sans JavaScript");
      plain.find(By.id("f-q-H-JOUR")).sendKeys("2");
      // Typed as a keyboard user does, in the date field's own format (month, day, year here).
      plain.find(By.id("f-issueDate")).sendKeys("03012022");
      plain.find(By.id("f-executionStart")).sendKeys("03012022");
      plain.find(By.id("f-executionEnd")).sendKeys("03312022");
      plain.clickAndLoad(By.xpath("//button[@value='preview']"));
      plain.screenshot("issue-form-without-javascript");
      assertThat(plain.text(By.id("total-ht"))).isEqualTo("60,00 €");
      assertThat(plain.find(By.id("f-object")).getAttribute("value"))
          .isEqualTo("Médiation, sans JavaScript");
    }
  }
}
