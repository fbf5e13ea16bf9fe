package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

@ExtendWith(ArquillianExtension.class)
@BrowserTest
@DisplayName(
    "Finance in the browser: certifies a partial service done, has an invoice beyond it refused"
        + " beside its amount with what was typed kept, then one of more than two decimals as the"
        + " API refuses it, records it, sees the consumption change on the dashboard (tables, chart"
        + " and its data, bars by member and by site with theirs, CSV and XLSX), the late invoice"
        + " with its interest on the home, alerts and payments pages, each alert linking to its"
        + " voucher, pays it and closes the voucher; the payments page lists every unpaid invoice, a"
        + " member's finance its member's only")
class FinancePagesIT {

  @ArquillianResource URL base;

  private Browser browser;
  private Fixtures fixtures;
  private long consortium;
  private long member;
  private long lot;
  private long agreement;
  private int voucher;
  private String number;

  /** A lot of 100,00 € minimum and 1 000,00 € maximum; 10 hours at 30,00 € HT issued in 2022. */
  @BeforeEach
  void scheme() throws Exception {
    fixtures = new Fixtures(new Api(base));
    consortium = fixtures.consortium();
    member = fixtures.member(consortium, "OPH", true);
    agreement = fixtures.agreement(consortium);
    lot = fixtures.lot(agreement, fixtures.operator(false), "100", "1000");
    fixtures.priceLine(lot, "H-JOUR", "30");
    var issued = fixtures.issue(member, fixtures.site(member, lot), "H-JOUR", "10", null).json();
    voucher = issued.getInt("id");
    number = issued.getString("number");
    browser = Browser.open(base);
    browser.logIn(PageLogins.finance(new Api(base)), PageLogins.PASSWORD);
  }

  @AfterEach
  void close() throws Exception {
    browser.close();
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

  private void type(String id, String text) {
    browser.find(By.id(id)).clear();
    browser.find(By.id(id)).sendKeys(text);
  }

  @Test
  void financeCertifiesInvoicesSeesTheConsumptionPaysAndCloses() throws Exception {
    browser.go("/app/vouchers/" + voucher).check("finance-voucher-issued");
    type("f-d-H-JOUR", "4");
    date("f-doneOn", "2022-03-15");
    browser.clickAndLoad(By.cssSelector("#service-done button[type=submit]"));
    assertThat(browser.text(By.id("status"))).isEqualTo("service fait");
    assertThat(browser.text(By.id("certified"))).contains("120,00");
    assertThat(browser.find(By.id("f-d-H-JOUR")).getAttribute("aria-describedby"))
        .isEqualTo("h-d-H-JOUR");
    assertThat(browser.text(By.id("h-d-H-JOUR"))).contains("reste à livrer 6");

    type("f-invoiceReference", "F-1");
    date("f-receivedOn", "2022-03-20");
    type("f-amountHt", "150,00");
    type("f-amountTtc", "180,00");
    browser.clickAndLoad(By.cssSelector("#invoice button[type=submit]"));
    browser.check("finance-invoice-refused");
    assertThat(browser.text(By.id("e-amountHt")))
        .as("the 409 beside the amount, naming the amounts")
        .contains("dépasse de 30,00")
        .contains("certifié 120,00")
        .contains("déjà facturé 0,00")
        .contains("reste à facturer 120,00");
    assertThat(browser.text(By.cssSelector(".error-summary"))).contains("dépasse de 30,00");
    assertThat(browser.find(By.id("f-invoiceReference")).getAttribute("value")).isEqualTo("F-1");
    assertThat(browser.find(By.id("f-amountHt")).getAttribute("value")).isEqualTo("150,00");
    assertThat(browser.find(By.id("f-receivedOn")).getAttribute("value")).isEqualTo("2022-03-20");
    type("f-amountHt", "119,994");
    type("f-amountTtc", "143,99");
    browser.clickAndLoad(By.cssSelector("#invoice button[type=submit]"));
    assertThat(browser.text(By.id("e-amountHt")))
        .as("refused as the API's @Amount refuses it, not rounded to 119,99")
        .isEqualTo("un montant a au plus 2 décimales");
    assertThat(browser.find(By.id("f-amountHt")).getAttribute("value")).isEqualTo("119,994");
    assertThat(browser.text(By.id("status"))).isEqualTo("service fait");
    assertThat(new Api(base).asAdmin().get("/vouchers/" + voucher).json().getJsonArray("invoices"))
        .as("nothing recorded")
        .isEmpty();
    type("f-amountHt", "120,00");
    type("f-amountTtc", "144,00");
    browser.clickAndLoad(By.cssSelector("#invoice button[type=submit]"));
    assertThat(browser.text(By.id("status"))).isEqualTo("facturé");
    assertThat(browser.text(By.id("invoices"))).contains("F-1").contains("144,00");

    browser.go("/app/agreements/" + agreement + "/ledger").check("finance-dashboard");
    String lots = browser.text(By.id("lots"));
    assertThat(lots)
        .as("committed 300, done 120, invoiced 120, remaining 700, 30 % of the maximum")
        .contains("300,00")
        .contains("120,00")
        .contains("700,00")
        .contains("30 %");
    assertThat(browser.text(By.id("members"))).contains("300,00").contains("120,00");
    assertThat(browser.text(By.id("sites"))).contains("300,00");
    assertThat(browser.all(By.cssSelector("svg.line-chart"))).hasSize(1);
    assertThat(browser.find(By.cssSelector("svg.line-chart title")).getAttribute("textContent"))
        .contains("300,00")
        .contains("1" + "\u202F" + "000,00");
    assertThat(browser.all(By.cssSelector("svg.line-chart line.maximum"))).hasSize(1);
    assertThat(browser.all(By.cssSelector("svg.line-chart line.minimum"))).hasSize(1);
    assertThat(browser.text(By.cssSelector("table[id^=chart-data]")))
        .as("the chart's data as a table")
        .contains("2022-03")
        .contains("300,00");
    String memberName = browser.text(By.cssSelector("#members tbody th"));
    String siteCode = browser.text(By.cssSelector("#sites tbody th"));
    assertThat(browser.all(By.cssSelector("#bars-chart-members rect.committed")))
        .as("one bar: one member has committed")
        .hasSize(1);
    assertThat(
            browser.find(By.cssSelector("#bars-chart-members title")).getAttribute("textContent"))
        .contains(memberName)
        .contains("300,00");
    assertThat(browser.text(By.cssSelector("#bars-data-members tbody tr")))
        .as("the member chart's data as a table: member, period, committed")
        .contains(memberName)
        .contains("reconduction 1")
        .contains("300,00");
    assertThat(browser.all(By.cssSelector("#bars-chart-sites rect.committed"))).hasSize(1);
    assertThat(browser.text(By.cssSelector("#bars-data-sites tbody tr")))
        .as("the site chart's data as a table")
        .contains(siteCode)
        .contains("reconduction 1")
        .contains("300,00");
    var csv = browser.download(browser.find(By.id("export-csv")).getAttribute("href"));
    assertThat(csv.statusCode()).isEqualTo(200);
    String csvText = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(csvText).contains("Service fait HT").contains("300,00").contains("120,00");
    var xlsx = browser.download(browser.find(By.id("export-xlsx")).getAttribute("href"));
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = workbook.getSheetAt(0);
      Row lot = null;
      for (Row row : sheet) {
        if (row.getRowNum() > 0
            && row.getCell(0).getStringCellValue().equals("LOT")
            && row.getCell(2).getStringCellValue().equals("reconduction 1")) {
          lot = row;
        }
      }
      assertThat(lot).isNotNull();
      assertThat(lot.getCell(5).getNumericCellValue()).isEqualTo(300.0);
      assertThat(lot.getCell(6).getNumericCellValue()).isEqualTo(120.0);
    }

    browser.go("/app").check("finance-home");
    assertThat(browser.all(By.cssSelector("#to-pay a")))
        .as("invoiced vouchers to pay, linked")
        .isNotEmpty();
    assertThat(browser.text(By.id("home-payment-alerts")))
        .contains("facture F-1 du bon " + number)
        .contains("jours de retard");
    browser.clickAndLoad(By.linkText("Voir le bon " + number));
    assertThat(browser.driver().getCurrentUrl())
        .as("the home page's alert leads to its voucher")
        .endsWith("/app/vouchers/" + voucher);
    assertThat(browser.text(By.tagName("h1"))).contains(number);
    browser.go("/app/alerts").check("finance-alerts");
    assertThat(browser.text(By.id("alerts"))).contains("Facture en retard").contains("F-1");
    browser.clickAndLoad(By.cssSelector("#alerts a[href$='/app/vouchers/" + voucher + "']"));
    assertThat(browser.driver().getCurrentUrl())
        .as("the alert's voucher number leads to its page")
        .endsWith("/app/vouchers/" + voucher);
    assertThat(browser.text(By.tagName("h1"))).contains(number);
    assertThat(browser.text(By.id("status"))).isEqualTo("facturé");
    browser.go("/app/payments").check("finance-payments");
    assertThat(browser.text(By.id("unpaid-summary")))
        .contains("facture(s) en retard de paiement")
        .contains("facture(s) à payer en tout");
    // The suite's other invoices fill the consortium's pages: this agreement's only.
    new Select(browser.find(By.id("f-agreement"))).selectByValue(String.valueOf(agreement));
    browser.clickAndLoad(By.xpath("//button[text()='Filtrer']"));
    assertThat(browser.text(unpaidRow(number)))
        .as("received 20/03/2022, due 30 days later, late, with its interest and fee")
        .contains("F-1")
        .contains("144,00")
        .contains("19/04/2022")
        .contains("en retard")
        .contains("40,00");

    browser.go("/app/vouchers/" + voucher);
    date("f-paidOn", "2022-05-01");
    browser.clickAndLoad(By.cssSelector("#payment button[type=submit]"));
    assertThat(browser.text(By.id("invoices")))
        .as("received 20/03/2022, due 30 days later on 19/04/2022, paid 12 days late")
        .contains("19/04/2022")
        .contains("01/05/2022")
        .contains("12")
        .contains("40,00");
    assertThat(browser.text(By.id("status"))).isEqualTo("facturé");

    browser.clickAndLoad(By.cssSelector("#closing button[type=submit]"));
    assertThat(browser.text(By.id("e-closingReason"))).contains("motif");
    browser.check("finance-closing-refused");
    type("f-closingReason", "six heures non réalisées");
    browser.clickAndLoad(By.cssSelector("#closing button[type=submit]"));
    assertThat(browser.text(By.id("status"))).isEqualTo("payé");
    assertThat(browser.text(By.id("closed")))
        .contains("six heures non réalisées")
        .contains("180,00");
    assertThat(browser.all(By.id("service-done"))).isEmpty();
    browser.go("/app/agreements/" + agreement + "/ledger");
    assertThat(browser.text(By.id("lots"))).as("the remainder released").contains("880,00");
  }

  /** The payments page's row of a voucher's invoice. */
  @Test
  void thePaymentsTableFitsA1280PixelWindowWithNoColumnCutOff() throws Exception {
    // Its widest rows: a long reference, an invoice years late with its interest and fee.
    Api api = new Api(base);
    var late = fixtures.issue(member, fixtures.site(member, lot), "H-JOUR", "10", null).json();
    invoiced(api, late.getInt("id"), "FACTURE-2022-0001-MEDIATION-URBAINE-LOT-1", "2022-06-01");
    invoicedToday(api, voucher, "F-WIDTH");
    assertThat(browser.go("/app/payments?agreement=" + agreement).text(By.id("unpaid")))
        .as("the late invoice's interest is shown")
        .contains("FACTURE-2022-0001-MEDIATION-URBAINE-LOT-1")
        .contains("40,00");
    browser.go("/app/payments?agreement=" + agreement);
    Number hidden =
        (Number)
            ((JavascriptExecutor) browser.driver())
                .executeScript(
                    "var wrap = document.getElementById('unpaid').closest('.table-wrap');"
                        + " return wrap.scrollWidth - wrap.clientWidth;");
    assertThat(hidden.longValue())
        .as(
            "pixels of the table past the page's edge, to scroll sideways to (the interest and fee)")
        .isLessThanOrEqualTo(0);
  }

  private static By unpaidRow(String voucherNumber) {
    return By.xpath("//table[@id='unpaid']//tr[th/a[normalize-space()='" + voucherNumber + "']]");
  }

  /** Service done today for the whole voucher (10 hours, 300,00 € HT), invoiced today. */
  private void invoicedToday(Api api, long voucherId, String reference) {
    invoiced(api, voucherId, reference, LocalDate.now().toString());
  }

  /** Service done and invoiced on that day, for the whole voucher. */
  private void invoiced(Api api, long voucherId, String reference, String today) {
    assertThat(
            api.post("/vouchers/" + voucherId + "/service-done", "{\"doneOn\":\"" + today + "\"}")
                .status())
        .isEqualTo(200);
    Api.Reply invoiced =
        api.post(
            "/vouchers/" + voucherId + "/invoice",
            """
            {"reference":"%s","receivedOn":"%s","amountHt":300.00,"amountTtc":360.00}"""
                .formatted(reference, today));
    assertThat(invoiced.status()).as(invoiced.toString()).isEqualTo(200);
  }

  @Test
  void aMembersFinanceSeesEveryUnpaidInvoiceOfItsMemberEvenNotYetDueAndNoOtherMembers()
      throws Exception {
    Api api = new Api(base);
    long other = fixtures.member(consortium, "OPH", true);
    var theirs = fixtures.issue(other, fixtures.site(other, lot), "H-JOUR", "10", null).json();
    invoicedToday(api, voucher, "F-LATER");
    invoicedToday(api, theirs.getInt("id"), "F-THEIRS");
    String due = LocalDate.now().plusDays(30).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

    browser.logOut();
    browser.logIn(PageLogins.financeOf(api, member), PageLogins.PASSWORD);
    browser.go("/app/payments").check("member-finance-payments");
    assertThat(browser.text(unpaidRow(number)))
        .as("due in 30 days (an OPH's delay), beyond the alerts' 7: listed all the same")
        .contains("F-LATER")
        .contains("360,00")
        .contains(due)
        .contains("à payer")
        .contains("30");
    assertThat(browser.text(By.id("unpaid")))
        .as("another member's invoice is not for this member's finance")
        .doesNotContain(theirs.getString("number"))
        .doesNotContain("F-THEIRS");
    assertThat(browser.text(By.id("unpaid-summary")))
        .contains("1 facture(s) à payer plus tard")
        .contains("1 facture(s) à payer en tout, pour 360,00");

    browser.logOut();
    browser.logIn(PageLogins.finance(api), PageLogins.PASSWORD);
    browser.go("/app/payments?agreement=" + agreement);
    assertThat(browser.text(unpaidRow(theirs.getString("number"))))
        .as("the consortium's finance sees every member's")
        .contains("F-THEIRS")
        .contains("à payer");
    assertThat(browser.text(unpaidRow(number))).contains("F-LATER");
  }

  @Test
  void anOfficerSeesItsMembersRowsOnlyAndNoFinanceStep() throws Exception {
    long other = fixtures.member(consortium, "OPH", true);
    String theirs =
        fixtures
            .issue(other, fixtures.site(other, lot), "H-JOUR", "5", null)
            .json()
            .getString("number");
    browser.logOut();
    browser.logIn(PageLogins.officerOf(new Api(base), member), PageLogins.PASSWORD);
    browser.go("/app/agreements/" + agreement + "/ledger").check("officer-dashboard");
    assertThat(browser.all(By.id("lots")))
        .as("the lots' rows add up every member: not for a member's officer")
        .isEmpty();
    assertThat(browser.text(By.id("members"))).contains("300,00").doesNotContain("150,00");
    assertThat(browser.all(By.cssSelector("#bars-chart-members rect.committed")))
        .as("a bar for its own member only")
        .hasSize(1);
    assertThat(browser.text(By.id("bars-data-members")))
        .contains("300,00")
        .doesNotContain("150,00");
    assertThat(browser.text(By.cssSelector("table[id^=chart-data]")))
        .as("the chart of its own vouchers only")
        .contains("300,00")
        .doesNotContain("450,00");
    browser.go("/app/vouchers/" + voucher);
    assertThat(browser.all(By.id("service-done"))).as("no finance step for an officer").isEmpty();
    assertThat(browser.status("/app/payments")).isEqualTo(403);
    assertThat(theirs).isNotBlank();
  }
}
