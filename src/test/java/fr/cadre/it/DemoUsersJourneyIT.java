package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * What a new user who follows the README does: Cadre started on a fresh data folder imports the
 * Marseille sample with its history, and each demo user (password {@code demo-cadre-2026}) logs in
 * and does their role's job in the browser, one after the other, on the same voucher: the City's
 * officer issues it today on the agreement in force, the lot's operator acknowledges it, the
 * consortium's finance certifies part of it and records its invoice and sees the consumption, the
 * auditor finds the day's logins in the audit log and who did what in the voucher's history, the
 * administrator reads the import's run and the users.
 *
 * <p>With {@code -Dcadre.docs.screenshots=src/docs} (the profile {@code readme-screenshots}) the
 * pages are also saved, whole, as the README's screenshots.
 */
@BrowserTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName(
    "The README's demo users on the sample: an officer issues today, the operator acknowledges,"
        + " finance certifies and invoices, the auditor and the administrator find who did it")
class DemoUsersJourneyIT {

  private static final String PASSWORD = "demo-cadre-2026";
  private static final String SUCCESSOR = "AC-MSU-2025-001";
  private static final String NB = " ";
  private static final String THOUSANDS = "\u202F";

  private static ServerProcess server;
  private static String number;
  private static String voucherPath;
  private static String agreementPath;

  @BeforeAll
  static void start() throws Exception {
    Path dir =
        Files.createTempDirectory(
            Files.createDirectories(Path.of(System.getProperty("cadre.test.dir", "target"))),
            "demo-users");
    server = new ServerProcess(dir, "").start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  private static Browser as(String login) throws Exception {
    Browser browser = Browser.open(new java.net.URL(server.baseUrl()));
    browser.logIn(login, PASSWORD);
    return browser;
  }

  /** Checks the page as every browser test does, and saves it for the README when asked. */
  private static void shot(Browser browser, String name) {
    browser.check("demo-" + name);
    String docs = System.getProperty("cadre.docs.screenshots", "");
    if (!docs.isBlank()) {
      browser.fullPage(Path.of(docs).resolve(name + ".png"));
    }
  }

  private static void date(Browser browser, String id, LocalDate day) {
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}))",
            browser.find(By.id(id)),
            day.toString());
  }

  private static void choose(Browser browser, String select, String startingWith) {
    Select options = new Select(browser.find(By.id(select)));
    WebElement option =
        options.getOptions().stream()
            .filter(o -> o.getText().startsWith(startingWith))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no option " + startingWith + " in " + select));
    options.selectByValue(option.getAttribute("value"));
  }

  @Test
  @Order(1)
  void theCitysOfficerIssuesAVoucherTodayOnTheAgreementInForce() throws Exception {
    try (Browser browser = as("acheteur.ville")) {
      shot(browser, "officer-home");
      browser.go("/app/agreements");
      browser.clickAndLoad(By.linkText(SUCCESSOR));
      agreementPath = browser.driver().getCurrentUrl().replace(server.baseUrl(), "");
      assertThat(browser.text(By.tagName("main"))).contains("Secteur Nord-Littoral");
      shot(browser, "agreement");

      browser.go("/app/vouchers/new");
      choose(browser, "f-lot", SUCCESSOR + " – Lot 1 ");
      browser.clickAndLoad(By.xpath("//button[text()='Choisir ce lot']"));
      choose(browser, "f-site", "MRS-101 – ");
      browser.clickAndLoad(By.xpath("//button[text()='Choisir ce site']"));
      browser.type(By.id("f-object"), "Renfort de médiation, une journée");
      // Far more hours than the lot's current period has left: refused beside the quantities.
      browser.type(By.id("f-q-H-JOUR"), "99999");
      // htmx redraws the totals as the quantity is typed: the warning, then the refusal on issue.
      browser
          .waiting()
          .until(ExpectedConditions.textToBePresentInElementLocated(By.id("totals"), "R2162-4"));
      browser.clickAndLoad(By.xpath("//button[@value='issue']"));
      assertThat(browser.text(By.id("e-lines"))).contains("R2162-4");
      assertThat(browser.text(By.id("total-ht")))
          .as("the totals kept beside the refusal")
          .isEqualTo("3" + THOUSANDS + "082" + THOUSANDS + "969,17" + NB + "€");
      assertThat(browser.find(By.id("f-object")).getAttribute("value"))
          .isEqualTo("Renfort de médiation, une journée");
      shot(browser, "issue-refused");
      browser.type(By.id("f-q-H-JOUR"), "24");
      // The sample's price for lot 1 from 2025: 30,83 € HT the hour. Its holder, an association,
      // is not subject to VAT: the total to pay is the total HT.
      browser.waiting().until(ExpectedConditions.textToBe(By.id("total-ht"), "739,92" + NB + "€"));
      assertThat(browser.text(By.id("total-ttc"))).isEqualTo("739,92" + NB + "€");
      shot(browser, "issue-form");

      browser.clickAndLoad(By.xpath("//button[@value='issue']"));
      number = browser.text(By.tagName("h1")).replace("Bon de commande ", "");
      // The sample's history numbers 2026 up to 2026-000400: Cadre goes on after it.
      assertThat(number).isEqualTo(LocalDate.now().getYear() + "-000401");
      assertThat(browser.text(By.id("status"))).isEqualTo("émis");
      voucherPath = browser.driver().getCurrentUrl().replace(server.baseUrl(), "");
      shot(browser, "voucher-issued");

      browser.go("/app/vouchers");
      assertThat(browser.text(By.id("vouchers"))).contains(number);
      shot(browser, "voucher-list");
    }
  }

  @Test
  @Order(2)
  void theLotsOperatorSeesItAmongTheirsAndAcknowledgesIt() throws Exception {
    try (Browser browser = as("titulaire.passerelles")) {
      browser.go("/app/operator/vouchers");
      assertThat(browser.text(By.id("vouchers"))).contains(number);
      shot(browser, "operator-vouchers");
      browser.clickAndLoad(
          By.cssSelector("button[aria-label='Accuser réception du bon " + number + "']"));
      assertThat(browser.text(By.id("status"))).isEqualTo("accusé de réception");
    }
    try (Browser other = as("titulaire.mup")) {
      other.go("/app/operator/vouchers");
      assertThat(other.text(By.tagName("main"))).doesNotContain(number);
      assertThat(other.status(voucherPath)).as("another operator's voucher").isEqualTo(404);
    }
  }

  @Test
  @Order(3)
  void theConsortiumsFinanceCertifiesPartOfItRecordsItsInvoiceAndSeesTheConsumption()
      throws Exception {
    try (Browser browser = as("finances.groupement")) {
      shot(browser, "finance-home");
      browser.go(agreementPath + "/ledger");
      String before = browser.text(By.id("lots"));

      browser.go(voucherPath);
      browser.type(By.id("f-d-H-JOUR"), "10");
      date(browser, "f-doneOn", LocalDate.now());
      browser.clickAndLoad(By.cssSelector("#service-done button[type=submit]"));
      assertThat(browser.text(By.id("status"))).isEqualTo("service fait");
      assertThat(browser.text(By.id("certified"))).contains("308,30");
      browser.type(By.id("f-invoiceReference"), "PN-2026-" + number.substring(5));
      date(browser, "f-receivedOn", LocalDate.now());
      browser.type(By.id("f-amountHt"), "308,30");
      browser.type(By.id("f-amountTtc"), "308,30");
      browser.clickAndLoad(By.cssSelector("#invoice button[type=submit]"));
      assertThat(browser.text(By.id("status"))).isEqualTo("facturé");
      assertThat(browser.text(By.id("invoices"))).contains("308,30");
      shot(browser, "voucher-finance");

      browser.go(agreementPath + "/ledger");
      String after = browser.text(By.id("lots"));
      assertThat(after).as("the dashboard moved with the invoice").isNotEqualTo(before);
      shot(browser, "finance-dashboard");
      browser.go("/app/payments");
      // The sample's history brings invoices paid late; the one just recorded, due in 30 days,
      // is not among those to pay soon yet, but listed with every invoice awaiting payment.
      assertThat(browser.text(By.tagName("main"))).contains("facture(s) en retard de paiement");
      assertThat(
              browser.text(
                  By.xpath("//table[@id='unpaid']//tr[th/a[normalize-space()='" + number + "']]")))
          .contains("PN-2026-" + number.substring(5))
          .contains("308,30")
          .contains("à payer")
          .doesNotContain("en retard")
          .doesNotContain("échéance proche");
      shot(browser, "payments");
    }
  }

  @Test
  @Order(4)
  void theAuditorFindsWhoDidWhatAndTheAdministratorTheImportsRunAndTheUsers() throws Exception {
    try (Browser browser = as("auditeur")) {
      browser.go("/app/audit");
      assertThat(browser.text(By.id("audit")))
          .as("the day's logins")
          .contains("acheteur.ville")
          .contains("titulaire.passerelles")
          .contains("finances.groupement");
      shot(browser, "audit");
      browser.go(voucherPath);
      assertThat(browser.text(By.id("history")))
          .as("who did what to the voucher")
          .contains("acheteur.ville")
          .contains("titulaire.passerelles")
          .contains("finances.groupement");
    }
    try (Browser browser = Browser.open(new java.net.URL(server.baseUrl()))) {
      browser.logIn("admin", Api.ADMIN_PASSWORD);
      browser.go("/app/imports");
      browser.clickAndLoad(By.cssSelector("main table tbody tr a"));
      assertThat(browser.text(By.id("run-status"))).isEqualTo("terminé");
      WebElement progress = browser.find(By.id("run-progress"));
      assertThat(progress.getAttribute("value"))
          .as("every item of the sample written")
          .isEqualTo(progress.getAttribute("max"));
      shot(browser, "import-run");
      browser.go("/app/users");
      assertThat(browser.text(By.tagName("main"))).contains("acheteur.ville").contains("auditeur");
      shot(browser, "users");
    }
  }
}
