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
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

@ExtendWith(ArquillianExtension.class)
@BrowserTest
@DisplayName(
    "A member's budget in the browser: finance records an envelope and sees what the credit leaves"
        + " after a voucher, refusals beside their fields with what was typed kept, the payment"
        + " delay's legal bound; an officer reads it without forms; another member's is refused")
class MemberFinancePagesIT {

  /** WebDriver reads the page's no-break space before € as a plain one; thousands keep U+202F. */
  private static final String NB = " ";

  private static final String THOUSANDS = "\u202F";

  @ArquillianResource URL base;

  private Browser browser;
  private long member;
  private long other;
  private long agreement;

  /** A voucher of 10 hours at 30,00 € HT on the member's budget year 2022, line 6228. */
  @BeforeEach
  void voucher() throws Exception {
    Fixtures fixtures = new Fixtures(new Api(base));
    long consortium = fixtures.consortium();
    member = fixtures.member(consortium, "OPH", true);
    other = fixtures.member(consortium, "OPH", true);
    agreement = fixtures.agreement(consortium);
    long lot = fixtures.lot(agreement, fixtures.operator(false), "0", "100000");
    fixtures.priceLine(lot, "H-JOUR", "30");
    long site = fixtures.site(member, lot);
    assertThat(fixtures.issue(member, site, "H-JOUR", "10", null).status()).isEqualTo(201);
  }

  @AfterEach
  void close() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  private void envelope(String year, String line, String credit) {
    new Select(browser.find(By.id("f-agreementId"))).selectByValue(String.valueOf(agreement));
    browser.type(By.id("f-budgetYear"), year);
    browser.type(By.id("f-budgetLine"), line);
    browser.type(By.id("f-credit"), credit);
    browser.clickAndLoad(By.cssSelector("#envelope button[type=submit]"));
  }

  @Test
  void financeRecordsAnEnvelopeAndSeesWhatTheCreditLeavesAfterTheVoucher() throws Exception {
    browser = Browser.open(base);
    browser.logIn(PageLogins.financeOf(new Api(base), member), PageLogins.PASSWORD);
    browser.go("/app/budgets");
    assertThat(browser.driver().getCurrentUrl())
        .as("a member's finance goes straight to its member's budget")
        .endsWith("/app/budgets/" + member);
    String lines = browser.text(By.id("lines"));
    assertThat(lines).contains("2022").contains("6228").contains("sans enveloppe");
    assertThat(lines).contains("300,00" + NB + "€");

    envelope("2022", "6228", "mille");
    browser.check("budget-envelope-refused");
    assertThat(browser.driver().getTitle()).startsWith("Erreur : ");
    assertThat(browser.text(By.id("e-credit"))).contains("saisir un nombre");
    assertThat(browser.find(By.cssSelector("#error-summary a[href='#f-credit']"))).isNotNull();
    assertThat(browser.find(By.id("f-budgetLine")).getAttribute("value")).isEqualTo("6228");
    assertThat(browser.find(By.id("f-credit")).getAttribute("value")).isEqualTo("mille");

    envelope("2022", "6228", "-5");
    assertThat(browser.text(By.id("e-credit"))).contains("un crédit ne peut être négatif");
    envelope("1999", "6228", "1000");
    assertThat(browser.text(By.id("e-budgetYear"))).isNotBlank();

    envelope("2022", "6228", "1 000,00");
    assertThat(browser.text(By.cssSelector("p.notice"))).isEqualTo("L’enveloppe est enregistrée.");
    lines = browser.text(By.id("lines"));
    assertThat(lines)
        .as("the credit, and what it leaves after the voucher's 300,00 € HT")
        .contains("1" + THOUSANDS + "000,00" + NB + "€")
        .contains("700,00" + NB + "€")
        .doesNotContain("sans enveloppe");
    browser.check("budget-member");

    browser.type(By.id("f-paymentDelayDays"), "90");
    browser.clickAndLoad(By.cssSelector("#settings button[type=submit]"));
    assertThat(browser.text(By.id("e-paymentDelayDays"))).contains("60 jours");
    browser.type(By.id("f-paymentDelayDays"), "45");
    browser.clickAndLoad(By.cssSelector("#settings button[type=submit]"));
    assertThat(browser.text(By.id("delay"))).isEqualTo("45 jours");

    assertThat(browser.status("/app/budgets/" + other))
        .as("another member's budget")
        .isEqualTo(403);
  }

  @Test
  void anOfficerReadsTheMembersBudgetWithoutFormsAndNotAnotherMembers() throws Exception {
    browser = Browser.open(base);
    browser.logIn(PageLogins.officerOf(new Api(base), member), PageLogins.PASSWORD);
    browser.go("/app/budgets/" + member).check("budget-officer");
    assertThat(browser.text(By.id("lines"))).contains("6228");
    assertThat(browser.all(By.id("envelope"))).as("no envelope form for an officer").isEmpty();
    assertThat(browser.all(By.id("settings"))).as("no settings form for an officer").isEmpty();
    assertThat(browser.all(By.id("delay")))
        .as("the member's finance settings are finance's, as in the API")
        .isEmpty();
    assertThat(browser.status("/app/budgets/" + other)).isEqualTo(403);

    browser.logOut();
    browser.logIn(PageLogins.finance(new Api(base)), PageLogins.PASSWORD);
    browser.go("/app/budgets").check("budgets");
    browser.clickAndLoad(By.cssSelector("#members a[href$='/app/budgets/" + member + "']"));
    assertThat(browser.text(By.id("lines"))).contains("6228");
  }
}
