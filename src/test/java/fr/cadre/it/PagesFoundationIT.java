package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

@ExtendWith(ArquillianExtension.class)
@BrowserTest
@DisplayName(
    "The pages' frame in a browser: French by default, English on request and by the switch, error"
        + " and information pages, CSRF on every post")
class PagesFoundationIT {

  @ArquillianResource URL base;

  private Browser browser;
  private String officer;

  @BeforeEach
  void open() throws Exception {
    Fixtures fixtures = new Fixtures(new Api(base));
    long member = fixtures.member(fixtures.consortium(), "OPH", true);
    officer = PageLogins.officerOf(new Api(base), member);
    browser = Browser.open(base);
    browser.logIn(officer, PageLogins.PASSWORD);
  }

  @AfterEach
  void close() throws Exception {
    browser.close();
  }

  @Test
  void theHomePageIsInFrenchWithItsMenuSkipLinkAndFooter() {
    browser.go("/app").check("home-fr");
    assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
    assertThat(browser.text(By.tagName("h1"))).isEqualTo("Accueil");
    assertThat(browser.find(By.cssSelector("a.skip-link")).getAttribute("href")).endsWith("#main");
    assertThat(browser.find(By.cssSelector("nav a[aria-current=page]")).getText())
        .isEqualTo("Accueil");
    assertThat(browser.all(By.cssSelector("nav a")))
        .extracting(e -> e.getText())
        .contains("Accords-cadres", "Bons de commande", "Émettre un bon de commande");
    assertThat(browser.driver().getTitle()).isEqualTo("Accueil – Cadre");
  }

  @Test
  void theLanguageSwitchIsAPostThatKeepsThePageAndTheChoice() {
    browser.go("/app/accessibility");
    assertThat(browser.text(By.tagName("h1"))).isEqualTo("Déclaration d’accessibilité");
    browser.clickAndLoad(By.cssSelector("form.language button"));
    assertThat(browser.driver().getCurrentUrl()).endsWith("/app/accessibility");
    assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    assertThat(browser.text(By.tagName("h1"))).isEqualTo("Accessibility statement");
    browser.check("accessibility-en");
    browser.go("/app");
    assertThat(browser.text(By.tagName("h1"))).as("the choice is kept").isEqualTo("Home");
    browser.clickAndLoad(By.cssSelector("form.language button"));
    assertThat(browser.text(By.tagName("h1"))).isEqualTo("Accueil");
  }

  @Test
  void aBrowserAskingForEnglishGetsEnglishPages() throws Exception {
    try (Browser english = Browser.open(base, "en-GB")) {
      english.logIn(officer, PageLogins.PASSWORD);
      english.go("/app/legal-notice").check("legal-notice-en");
      assertThat(english.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
      assertThat(english.text(By.tagName("h1"))).isEqualTo("Legal notice");
    }
  }

  @Test
  void theAccessibilityStatementAndLegalNoticeAreLinkedFromEveryPage() {
    browser.go("/app");
    browser.clickAndLoad(By.linkText("Accessibilité : partiellement conforme"));
    browser.check("accessibility-fr");
    assertThat(browser.text(By.tagName("main"))).contains("RGAA 4.1", "partiellement conforme");
    browser.clickAndLoad(By.linkText("Mentions légales"));
    browser.check("legal-notice-fr");
    assertThat(browser.text(By.tagName("h1"))).isEqualTo("Mentions légales");
  }

  @Test
  void anUnknownPageIsAnAccessibleHtmlPageWithStatus404() throws Exception {
    browser.go("/app/no-such-page").check("error-404");
    assertThat(browser.text(By.tagName("h1"))).isEqualTo("Page introuvable");
    HttpResponse<String> raw = get("/app/no-such-page");
    assertThat(raw.statusCode()).isEqualTo(404);
    assertThat(raw.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
  }

  @Test
  void anAnonymousPageLeadsToTheLoginFormAndBackOnceLoggedIn() throws Exception {
    try (Browser anonymous = Browser.open(base)) {
      anonymous.go("/app/agreements");
      assertThat(anonymous.driver().getCurrentUrl()).contains("/app/login");
      assertThat(anonymous.all(By.id("f-password"))).hasSize(1);
      assertThat(anonymous.all(By.cssSelector("nav"))).as("no menu before login").isEmpty();
      anonymous.check("login");
      anonymous.type(By.id("f-login"), officer);
      anonymous.type(By.id("f-password"), PageLogins.PASSWORD);
      anonymous.clickAndLoad(By.cssSelector("main form button[type=submit]"));
      assertThat(anonymous.driver().getCurrentUrl()).endsWith("/app/agreements");
      assertThat(anonymous.text(By.cssSelector("p.who"))).contains(officer);
      anonymous.logOut();
      anonymous.go("/app");
      assertThat(anonymous.driver().getCurrentUrl()).as("logged out").contains("/app/login");
    }
  }

  @Test
  void theAccessibilityStatementAndLegalNoticeAreReadableWithoutLogin() throws Exception {
    try (Browser anonymous = Browser.open(base)) {
      anonymous.go("/app/login");
      anonymous.clickAndLoad(By.linkText("Accessibilité : partiellement conforme"));
      assertThat(anonymous.driver().getCurrentUrl()).endsWith("/app/accessibility");
      assertThat(anonymous.text(By.tagName("h1"))).isEqualTo("Déclaration d’accessibilité");
      assertThat(anonymous.all(By.cssSelector("form.logout"))).as("nobody logged in").isEmpty();
      anonymous.check("accessibility-anonymous");
      anonymous.clickAndLoad(By.linkText("Mentions légales"));
      assertThat(anonymous.text(By.tagName("h1"))).isEqualTo("Mentions légales");
      assertThat(anonymous.status("/app/legal-notice")).isEqualTo(200);
      anonymous.go("/app/vouchers");
      assertThat(anonymous.driver().getCurrentUrl())
          .as("other pages still need a login")
          .contains("/app/login");
    }
  }

  @Test
  void aFormPostWithoutItsCsrfTokenIsRefused() throws Exception {
    HttpResponse<String> refused =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(browser.url("/app/language")))
                    .header("Cookie", browser.cookies())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("lang=en&back=/app"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.headers().allValues("Set-Cookie"))
        .noneMatch(c -> c.startsWith("cadre-lang"));
  }

  @Test
  void htmxAndTheStylesheetsAreServedByCadreItself() throws Exception {
    assertThat(get("/webjars/htmx.org/2.0.10/dist/htmx.min.js").statusCode()).isEqualTo(200);
    assertThat(get("/static/cadre.css").statusCode()).isEqualTo(200);
    assertThat(get("/static/print.css").body()).contains("display: none");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(browser.url(path)))
                .header("Cookie", browser.cookies())
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
