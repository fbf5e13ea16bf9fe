package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

@ExtendWith(ArquillianExtension.class)
@BrowserTest
@DisplayName(
    "Keyboard only: an officer logs in, issues a voucher and opens its page with Tab, arrows,"
        + " typing and Enter, every element reached showing its focus; a refusal is reached too")
class KeyboardJourneyIT {

  @ArquillianResource URL base;

  private Browser browser;

  /** Every element the keyboard reached, for the report of a failure. */
  private final List<String> reached = new ArrayList<>();

  @Test
  void anOfficerIssuesAVoucherWithTheKeyboardAlone() throws Exception {
    Api api = new Api(base);
    Fixtures fixtures = new Fixtures(api);
    long consortium = fixtures.consortium();
    long member = fixtures.member(consortium, "OPH", true);
    long agreement = agreementInForceToday(api, consortium);
    long lot = fixtures.lot(agreement, fixtures.operator(false), "0", "5000");
    fixtures.priceLine(lot, "H-JOUR", "30");
    long site = fixtures.site(member, lot);
    String officer = PageLogins.officerOf(api, member);
    try (Browser opened = Browser.open(base)) {
      browser = opened;
      browser.go("/app/login");
      tabTo(By.id("f-login"));
      type(officer);
      tabTo(By.id("f-password"));
      type(PageLogins.PASSWORD);
      pressAndLoad(Keys.ENTER);
      assertThat(browser.text(By.cssSelector("p.who"))).contains(officer);

      tabTo(By.linkText("Émettre un bon de commande"));
      pressAndLoad(Keys.ENTER);
      assertThat(browser.text(By.tagName("h1"))).isEqualTo("Émettre un bon de commande");
      tabTo(By.id("f-lot"));
      choose(By.id("f-lot"), String.valueOf(lot));
      tabTo(By.xpath("//button[text()='Choisir ce lot']"));
      pressAndLoad(Keys.ENTER);
      tabTo(By.id("f-site"));
      choose(By.id("f-site"), String.valueOf(site));
      tabTo(By.xpath("//button[text()='Choisir ce site']"));
      pressAndLoad(Keys.ENTER);

      tabTo(By.id("f-object"));
      type("Médiation sociale, au clavier");
      tabTo(By.id("f-q-H-JOUR"));
      type("deux");
      pressAndLoad(Keys.ENTER);
      assertThat(browser.driver().getTitle()).startsWith("Erreur : ");
      tabTo(By.cssSelector("#error-summary a"));
      assertThat(active().getAttribute("href")).endsWith("#f-q-H-JOUR");
      assertThat(browser.find(By.id("f-object")).getAttribute("value"))
          .as("nothing typed is lost")
          .isEqualTo("Médiation sociale, au clavier");

      tabTo(By.id("f-q-H-JOUR"));
      new Actions(browser.driver())
          .keyDown(Keys.CONTROL)
          .sendKeys("a")
          .keyUp(Keys.CONTROL)
          .sendKeys(Keys.BACK_SPACE)
          .perform();
      type("2");
      pressAndLoad(Keys.ENTER);
      browser.check("keyboard-issued");
      assertThat(browser.text(By.id("status"))).isEqualTo("émis");
      assertThat(browser.text(By.tagName("h1")))
          .startsWith("Bon de commande " + LocalDate.now().getYear() + "-");
      assertThat(browser.driver().getCurrentUrl()).contains("/app/vouchers/");
    }
  }

  /** An agreement that started this year and runs past it, so that today is in force. */
  private static long agreementInForceToday(Api api, long consortium) {
    LocalDate start = LocalDate.now().withDayOfYear(1);
    Api.Reply created =
        api.post(
            "/agreements",
            """
            {"consortiumId":%d,"reference":"AC-K-%d","object":"Médiation sociale urbaine",
             "cpvCode":"85320000","procedureLaunchDate":"%s","notificationDate":"%s",
             "startDate":"%s","initialMonths":12,"renewalCount":1,"renewalMonths":12}"""
                .formatted(
                    consortium,
                    Fixtures.serial(),
                    start.minusMonths(3),
                    start.minusDays(15),
                    start));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.id();
  }

  private WebElement active() {
    return browser.driver().switchTo().activeElement();
  }

  /** Presses Tab until the element has the focus, each element reached showing it. */
  private void tabTo(By target) {
    WebElement wanted = browser.find(target);
    for (int i = 0; i < 250; i++) {
      new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
      WebElement now = active();
      reached.add(now.getTagName() + "#" + now.getAttribute("id") + " " + now.getText());
      assertThat(focusVisible(now))
          .as("focus visible on %s", reached.get(reached.size() - 1))
          .isTrue();
      if (now.equals(wanted)) {
        return;
      }
    }
    fail("Tab never reached " + target + "; reached " + reached);
  }

  /**
   * An outline or a box shadow drawn around the element. A date field is an exception Chromium
   * decides: the keyboard lands in its day, month or year part, which Chromium highlights itself
   * (the stylesheet's outline on the field is not reported for it).
   */
  private boolean focusVisible(WebElement element) {
    return (Boolean)
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "const e = arguments[0]; const s = getComputedStyle(e);"
                    + " return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)"
                    + " || s.boxShadow !== 'none'"
                    + " || (e.tagName === 'INPUT' && e.type === 'date');",
                element);
  }

  private void type(String text) {
    new Actions(browser.driver()).sendKeys(text).perform();
  }

  /** With the list focused, arrows down until the option is chosen. */
  private void choose(By list, String value) {
    Select select = new Select(browser.find(list));
    for (int i = 0; i < 2000; i++) {
      if (value.equals(select.getFirstSelectedOption().getAttribute("value"))) {
        return;
      }
      new Actions(browser.driver()).sendKeys(Keys.ARROW_DOWN).perform();
    }
    fail("option " + value + " never chosen by the arrows");
  }

  /** A key that loads another page (Enter on a link or in a form), then waits for it. */
  private void pressAndLoad(Keys key) {
    browser.load(() -> new Actions(browser.driver()).sendKeys(key).perform());
  }
}
