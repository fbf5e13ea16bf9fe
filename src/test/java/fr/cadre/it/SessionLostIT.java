package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a user sees when the instance that held their session goes down and the proxy sends them to
 * another (README, Production, "Sessions"): the browser's session cookie names a session this
 * instance does not have, as when its own was lost. The form posted then records nothing and leads
 * to the login form; once logged in again, the user is back on the page asked for.
 */
@ExtendWith(ArquillianExtension.class)
@BrowserTest
@DisplayName(
    "A lost session: the form posted then records nothing and leads to the login form, then back"
        + " to the page once logged in")
class SessionLostIT {

  @ArquillianResource URL base;

  @Test
  void aFormPostedWithALostSessionRecordsNothingAndLeadsToTheLoginForm() throws Exception {
    Fixtures fixtures = new Fixtures(new Api(base));
    long consortium = fixtures.consortium();
    long member = fixtures.member(consortium, "OPH", true);
    long agreement = fixtures.agreement(consortium);
    long lot = fixtures.lot(agreement, fixtures.operator(false), "0", "100000");
    fixtures.priceLine(lot, "H-JOUR", "30");
    long site = fixtures.site(member, lot);
    String officer = PageLogins.officerOf(new Api(base), member);
    try (Browser browser = Browser.open(base)) {
      browser.logIn(officer, PageLogins.PASSWORD);
      String form = "/app/vouchers/new?lot=" + lot + "&site=" + site;
      browser.go(form);
      browser.type(By.id("f-object"), "Médiation, session perdue");
      // The fixtures' agreement ran from 2021 to 2024: a voucher of March 2022.
      for (String[] d :
          new String[][] {
            {"f-issueDate", "2022-03-01"},
            {"f-executionStart", "2022-03-01"},
            {"f-executionEnd", "2022-03-31"}
          }) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
            .executeScript(
                "arguments[0].value = arguments[1];"
                    + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}))",
                browser.find(By.id(d[0])),
                d[1]);
      }
      browser.type(By.id("f-q-H-JOUR"), "2");
      browser
          .waiting()
          .until(ExpectedConditions.textToBePresentInElementLocated(By.id("total-ht"), "60,00"));
      // Another instance knows nothing of this session: as if the cookie named none.
      browser.driver().manage().deleteCookieNamed("JSESSIONID");
      browser.driver().manage().addCookie(new org.openqa.selenium.Cookie("JSESSIONID", "lost"));
      browser.clickAndLoad(By.xpath("//button[@value='issue']"));
      assertThat(browser.driver().getCurrentUrl()).contains("/app/login");
      assertThat(new Api(base).asAdmin().get("/vouchers?member=" + member).array())
          .as("nothing issued")
          .isEmpty();

      browser.go(form);
      assertThat(browser.driver().getCurrentUrl()).contains("/app/login");
      browser.type(By.id("f-login"), officer);
      browser.type(By.id("f-password"), PageLogins.PASSWORD);
      browser.clickAndLoad(By.cssSelector("main form button[type=submit]"));
      assertThat(browser.driver().getCurrentUrl()).as("back on the page asked for").endsWith(form);
    }
  }
}
