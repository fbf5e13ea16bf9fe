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
    "The login form in the pages' layout with its errors beside the fields, and the HTML refusals:"
        + " 403 for a page the role does not open, 404 for another's voucher and its PDF")
class LoginAndRefusalPagesIT {

  @ArquillianResource URL base;

  @Test
  void aRefusedLoginSaysWhyBesideTheFieldAndKeepsTheLoginTyped() throws Exception {
    long member =
        new Fixtures(new Api(base)).member(new Fixtures(new Api(base)).consortium(), "OPH", true);
    String officer = PageLogins.officerOf(new Api(base), member);
    try (Browser browser = Browser.open(base)) {
      browser.go("/app/login");
      browser.type(By.id("f-login"), officer);
      browser.type(By.id("f-password"), "pas-le-bon-mot-de-passe");
      browser.clickAndLoad(By.cssSelector("main form button[type=submit]"));
      browser.check("login-refused");
      assertThat(browser.driver().getTitle()).isEqualTo("Erreur : Connexion à Cadre – Cadre");
      assertThat(browser.text(By.id("e-password")))
          .isEqualTo("Identifiant ou mot de passe incorrect, ou compte momentanément verrouillé.");
      assertThat(browser.find(By.id("f-password")).getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(browser.find(By.id("f-password")).getAttribute("aria-describedby"))
          .isEqualTo("e-password");
      assertThat(browser.find(By.cssSelector("#error-summary a")).getAttribute("href"))
          .endsWith("#f-password");
      assertThat(browser.find(By.id("f-login")).getAttribute("value"))
          .as("the login typed is kept")
          .isEqualTo(officer);
      assertThat(browser.find(By.id("f-password")).getAttribute("value")).isEmpty();

      browser.find(By.id("f-login")).clear();
      browser.clickAndLoad(By.cssSelector("main form button[type=submit]"));
      assertThat(browser.text(By.id("e-login"))).isEqualTo("saisir votre identifiant");
      assertThat(browser.text(By.id("e-password"))).isEqualTo("saisir votre mot de passe");

      browser.type(By.id("f-login"), officer);
      browser.type(By.id("f-password"), PageLogins.PASSWORD);
      browser.clickAndLoad(By.cssSelector("main form button[type=submit]"));
      assertThat(browser.text(By.cssSelector("p.who"))).contains(officer);
    }
  }

  @Test
  void aPageTheRoleDoesNotOpenIsAFrenchHtmlPageWithStatus403AndALinkHome() throws Exception {
    Fixtures fixtures = new Fixtures(new Api(base));
    String operator = PageLogins.operatorOf(new Api(base), fixtures.operator(false));
    try (Browser browser = Browser.open(base)) {
      browser.logIn(operator, PageLogins.PASSWORD);
      browser.go("/app/vouchers/new").check("error-403");
      assertThat(browser.text(By.tagName("h1"))).isEqualTo("Action réservée à d’autres rôles");
      assertThat(browser.text(By.tagName("main")))
          .contains("Votre rôle ne vous permet pas d’ouvrir cette page")
          .contains("action réservée aux rôles : acheteur");
      assertThat(browser.find(By.linkText("Revenir à l’accueil")).getAttribute("href"))
          .endsWith("/app");
      var raw = browser.download(browser.url("/app/vouchers/new"));
      assertThat(raw.statusCode()).isEqualTo(403);
      assertThat(raw.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
      browser.go("/app/users");
      assertThat(browser.text(By.tagName("h1"))).isEqualTo("Action réservée à d’autres rôles");
      assertThat(browser.status("/app/users")).isEqualTo(403);
      assertThat(browser.status("/app/audit")).isEqualTo(403);
      assertThat(browser.status("/app/imports")).isEqualTo(403);
    }
  }

  @Test
  void anotherHoldersVoucherAndItsPdfAreNotFound() throws Exception {
    Fixtures fixtures = new Fixtures(new Api(base));
    long consortium = fixtures.consortium();
    long member = fixtures.member(consortium, "OPH", true);
    long agreement = fixtures.agreement(consortium);
    long mine = fixtures.operator(false);
    long lot = fixtures.lot(agreement, fixtures.operator(false), "0", "5000");
    fixtures.priceLine(lot, "H-JOUR", "30");
    int theirs =
        fixtures.issue(member, fixtures.site(member, lot), "H-JOUR", "1", null).json().getInt("id");
    try (Browser browser = Browser.open(base)) {
      browser.logIn(PageLogins.operatorOf(new Api(base), mine), PageLogins.PASSWORD);
      browser.go("/app/vouchers/" + theirs).check("error-404-voucher");
      assertThat(browser.text(By.tagName("h1"))).isEqualTo("Page introuvable");
      assertThat(browser.status("/app/vouchers/" + theirs)).isEqualTo(404);
      var pdf = browser.download(browser.url("/app/vouchers/" + theirs + "/document.pdf"));
      assertThat(pdf.statusCode()).as("another holder's PDF").isEqualTo(404);
      assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    }
  }
}
