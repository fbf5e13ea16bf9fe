package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

@ExtendWith(ArquillianExtension.class)
@BrowserTest
@DisplayName(
    "An officer in the browser: issues a voucher through the form with live totals and opens its"
        + " PDF; refusals R2162-4 and R2162-5 beside their fields; a draft saved then issued; a"
        + " cancellation with its reason; the agreement at a glance")
class OfficerPagesIT {

  /**
   * The space before the euro sign as the browser reads a page's text back: the page writes a
   * no-break space, which WebDriver's text gives as a plain one. Thousands are grouped by a narrow
   * no-break space (U+202F), which it keeps.
   */
  private static final String NB = " ";

  private static final String THOUSANDS = "\u202F";

  @ArquillianResource URL base;

  private Browser browser;
  private Fixtures fixtures;
  private long agreement;
  private long lot;
  private long site;
  private long member;

  /** A lot of 1 000,00 € at most per period, an hour at 30,00 € HT, VAT 20 %. */
  @BeforeEach
  void scheme() throws Exception {
    fixtures = new Fixtures(new Api(base));
    long consortium = fixtures.consortium();
    member = fixtures.member(consortium, "OPH", true);
    agreement = fixtures.agreement(consortium);
    lot = fixtures.lot(agreement, fixtures.operator(false), "0", "1000");
    fixtures.priceLine(lot, "H-JOUR", "30");
    site = fixtures.site(member, lot);
    browser = Browser.open(base);
    browser.logIn(PageLogins.officerOf(new Api(base), member), PageLogins.PASSWORD);
  }

  @AfterEach
  void close() throws Exception {
    browser.close();
  }

  /** Lot, then site, then the form, as an officer clicks through it. */
  private void openForm() {
    browser.go("/app/vouchers/new").check("issue-choose-lot");
    new Select(browser.find(By.id("f-lot"))).selectByValue(String.valueOf(lot));
    browser.clickAndLoad(By.xpath("//button[text()='Choisir ce lot']"));
    new Select(browser.find(By.id("f-site"))).selectByValue(String.valueOf(site));
    browser.clickAndLoad(By.xpath("//button[text()='Choisir ce site']"));
  }

  private void fill(String quantity, String issueDate) {
    browser.find(By.id("f-object")).sendKeys("Médiation sociale, mars 2022");
    date("f-executionStart", "2022-03-01");
    date("f-executionEnd", "2022-03-31");
    date("f-issueDate", issueDate);
    browser.find(By.id("f-commitmentNumber")).sendKeys("EJ-" + Fixtures.serial());
    browser.find(By.id("f-q-H-JOUR")).sendKeys(quantity);
  }

  /** A date field set as its picker would, whatever the browser's date format. */
  private void date(String id, String iso) {
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}))",
            browser.find(By.id(id)),
            iso);
  }

  private void waitForText(String id, String text) {
    browser.waiting().until(ExpectedConditions.textToBe(By.id(id), text));
  }

  @Test
  void anOfficerIssuesAVoucherThroughTheFormSeesLiveTotalsAndOpensItsPdf() throws Exception {
    openForm();
    fill("3", "2022-03-01");
    // htmx asks the domain's preview as the quantity is typed: 3 h at 30,00 € HT, 20 % VAT.
    waitForText("total-ht", "90,00" + NB + "€");
    assertThat(browser.text(By.id("total-vat"))).isEqualTo("18,00" + NB + "€");
    assertThat(browser.text(By.id("total-ttc"))).isEqualTo("108,00" + NB + "€");
    assertThat(browser.text(By.id("headroom-after"))).isEqualTo("910,00" + NB + "€");
    browser.check("issue-form-with-totals");

    browser.clickAndLoad(By.xpath("//button[@value='issue']"));
    browser.check("voucher-issued");
    assertThat(browser.text(By.cssSelector("p.notice"))).contains("Le bon est émis");
    assertThat(browser.text(By.id("status"))).isEqualTo("émis");
    String number = browser.text(By.tagName("h1")).replace("Bon de commande ", "");
    assertThat(number).matches("2022-\\d{6}");
    assertThat(browser.text(By.id("total-ttc"))).isEqualTo("108,00" + NB + "€");
    assertThat(browser.text(By.id("history"))).contains("émis sous le numéro " + number);

    HttpResponse<byte[]> pdf =
        browser.download(browser.find(By.id("pdf-open")).getAttribute("href"));
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains(number).contains("H-JOUR").contains("108,00");
    }
    assertThat(
            browser
                .download(browser.find(By.id("pdf-download")).getAttribute("href"))
                .headers()
                .firstValue("Content-Disposition")
                .orElse(""))
        .startsWith("attachment")
        .contains(number + ".pdf");

    // The agreement at a glance shows what the voucher consumed, as text beside its bar.
    browser.go("/app/agreements/" + agreement).check("agreement-at-a-glance");
    String lots = browser.text(By.tagName("main"));
    assertThat(lots).contains("90,00" + NB + "€ (9" + NB + "%)").contains("910,00" + NB + "€");
    assertThat(browser.all(By.cssSelector("svg.bar-chart[role=img]"))).isNotEmpty();
    // Issued on 2022-03-01, it counts against the first renewal (the second period's bar).
    assertThat(browser.all(By.cssSelector("svg.bar-chart")))
        .extracting(bar -> bar.getAttribute("aria-label"))
        .containsExactly(
            "0\u00A0% du maximum engagé",
            "9\u00A0% du maximum engagé",
            "0\u00A0% du maximum engagé",
            "0\u00A0% du maximum engagé");
  }

  @Test
  void anIssueOverTheMaximumIsRefusedBesideTheQuantitiesAndNothingTypedIsLost() {
    openForm();
    fill("40", "2022-03-01");
    // Live: 40 h = 1 200 € HT, over the maximum of 1 000 €: the preview warns before the issue.
    browser
        .waiting()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("totals"), "R2162-4"));
    browser.clickAndLoad(By.xpath("//button[@value='issue']"));
    browser.check("issue-refused-at-maximum");
    assertThat(browser.driver().getTitle()).startsWith("Erreur : ");
    WebElement beside = browser.find(By.id("e-lines"));
    assertThat(beside.getText()).contains("R2162-4").contains("serait dépassé de 200,00");
    WebElement summaryLink = browser.find(By.cssSelector("#error-summary a[href='#f-lines']"));
    assertThat(summaryLink.getText()).contains("R2162-4");
    assertThat(browser.find(By.id("f-q-H-JOUR")).getAttribute("value")).isEqualTo("40");
    assertThat(browser.find(By.id("f-object")).getAttribute("value"))
        .isEqualTo("Médiation sociale, mars 2022");
    assertThat(browser.find(By.id("f-issueDate")).getAttribute("value")).isEqualTo("2022-03-01");
  }

  @Test
  void anIssueAfterTheAgreementEndedIsRefusedBesideTheIssueDate() {
    openForm();
    fill("2", java.time.LocalDate.now().toString());
    browser.clickAndLoad(By.xpath("//button[@value='issue']"));
    browser.check("issue-refused-out-of-force");
    assertThat(browser.text(By.id("e-issueDate"))).startsWith("R2162-5");
    assertThat(browser.find(By.id("f-issueDate")).getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.find(By.id("f-issueDate")).getAttribute("aria-describedby"))
        .contains("e-issueDate");
    assertThat(browser.find(By.cssSelector("#error-summary a[href='#f-issueDate']")).getText())
        .startsWith("R2162-5");
  }

  @Test
  void aDraftIsSavedThenResumedAndIssued() {
    openForm();
    fill("2", "2022-03-01");
    browser.clickAndLoad(By.xpath("//button[@value='draft']"));
    browser.check("draft-saved");
    assertThat(browser.text(By.id("status"))).isEqualTo("brouillon");
    assertThat(browser.text(By.id("total-ht"))).isEqualTo("60,00" + NB + "€");
    String draftPage = browser.driver().getCurrentUrl().replaceFirst("\\?.*", "");

    browser.go("/app");
    browser.clickAndLoad(
        By.cssSelector("a[href$='" + draftPage.substring(draftPage.indexOf("/app/")) + "']"));
    date("f-issueDate", "2022-03-02");
    browser.clickAndLoad(By.xpath("//button[text()='Émettre le bon']"));
    assertThat(browser.text(By.id("status"))).isEqualTo("émis");
    assertThat(browser.text(By.tagName("h1"))).matches("Bon de commande 2022-\\d{6}");
  }

  @Test
  void aCancellationNeedsItsReasonShownBesideTheFieldThenFreesTheAmount() {
    String id =
        String.valueOf(fixtures.issue(member, site, "H-JOUR", "4", null).json().getInt("id"));
    browser.go("/app/vouchers/" + id).check("voucher-to-cancel");
    browser.clickAndLoad(By.xpath("//button[text()='Annuler ce bon']"));
    browser.check("cancel-without-reason");
    assertThat(browser.text(By.id("e-reason"))).contains("motif");
    browser.find(By.id("f-reason")).sendKeys("Prestation reportée par le bailleur");
    browser.clickAndLoad(By.xpath("//button[text()='Annuler ce bon']"));
    assertThat(browser.text(By.id("status"))).isEqualTo("annulé");
    assertThat(browser.text(By.id("history"))).contains("Prestation reportée par le bailleur");
    browser.go("/app/agreements/" + agreement);
    assertThat(browser.text(By.tagName("main"))).contains("1" + THOUSANDS + "000,00" + NB + "€");
  }
}
