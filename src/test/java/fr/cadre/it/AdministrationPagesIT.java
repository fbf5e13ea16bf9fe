package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

@ExtendWith(ArquillianExtension.class)
@BrowserTest
@DisplayName(
    "The administrator's pages in a browser: users and roles with refusals beside the fields, the"
        + " audit log, the CSV import with its progress and rejection report, the reference data")
class AdministrationPagesIT {

  @ArquillianResource URL base;

  private static final String STRONG = "un-mot-de-passe-solide";

  @Test
  void anAdministratorCreatesChangesResetsAndDeactivatesAUser() throws Exception {
    Fixtures fixtures = new Fixtures(new Api(base));
    long member = fixtures.member(fixtures.consortium(), "OPH", true);
    String login = "pages.admin." + Fixtures.serial();
    try (Browser browser = Browser.open(base)) {
      browser.logIn("admin", Api.ADMIN_PASSWORD);
      browser.go("/app/users").check("users");
      browser.clickAndLoad(By.linkText("Créer un utilisateur"));
      browser.check("user-new");
      browser.type(By.id("f-login"), login);
      browser.find(By.id("f-name")).sendKeys("Agent des pages");
      browser.type(By.id("f-password"), "court");
      browser.clickAndLoad(By.xpath("//main//button[normalize-space()='Créer l’utilisateur']"));
      browser.check("user-new-refused");
      assertThat(browser.driver().getTitle()).startsWith("Erreur : ");
      assertThat(browser.text(By.id("e-roles"))).contains("au moins un rôle");
      assertThat(browser.find(By.cssSelector("#error-summary a")).getAttribute("href"))
          .endsWith("#f-roles");
      assertThat(browser.find(By.id("f-login")).getAttribute("value")).isEqualTo(login);
      assertThat(browser.find(By.id("f-name")).getAttribute("value")).isEqualTo("Agent des pages");

      browser.find(By.id("f-roles-OPERATOR")).click();
      new Select(browser.find(By.id("f-scope"))).selectByValue("m-" + member);
      browser.type(By.id("f-password"), STRONG);
      browser.clickAndLoad(By.xpath("//main//button[normalize-space()='Créer l’utilisateur']"));
      assertThat(browser.text(By.id("e-roles")))
          .as("a holder's role for a member's user, refused by the account rules")
          .contains("ne convient pas à un utilisateur d'un membre");
      assertThat(browser.find(By.id("f-roles-OPERATOR")).isSelected()).isTrue();

      browser.find(By.id("f-roles-OPERATOR")).click();
      browser.find(By.id("f-roles-OFFICER")).click();
      browser.type(By.id("f-password"), "court");
      browser.clickAndLoad(By.xpath("//main//button[normalize-space()='Créer l’utilisateur']"));
      assertThat(browser.text(By.id("e-password"))).contains("au moins 12 caractères");
      assertThat(browser.find(By.id("f-roles-OFFICER")).isSelected()).isTrue();
      assertThat(
              new Select(browser.find(By.id("f-scope")))
                  .getFirstSelectedOption()
                  .getAttribute("value"))
          .isEqualTo("m-" + member);
      browser.type(By.id("f-password"), STRONG);
      browser.clickAndLoad(By.xpath("//main//button[normalize-space()='Créer l’utilisateur']"));
      browser.check("user");
      assertThat(browser.text(By.id("done"))).isEqualTo("L’utilisateur est créé.");
      assertThat(browser.text(By.id("user-roles"))).isEqualTo("acheteur");
      long id = new Api(base).userId(login);

      browser.find(By.id("f-roles-FINANCE")).click();
      browser.clickAndLoad(
          By.xpath("//main//button[normalize-space()='Enregistrer les modifications']"));
      assertThat(browser.text(By.id("user-roles"))).contains("acheteur", "gestionnaire financier");
      var stored = new Api(base).asAdmin().get("/users/" + id).json();
      assertThat(stored.getJsonArray("roles").toString()).contains("OFFICER", "FINANCE");
      assertThat(stored.getJsonNumber("memberId").longValue()).isEqualTo(member);

      browser.type(By.id("f-password"), "court");
      browser.clickAndLoad(
          By.xpath("//main//button[starts-with(normalize-space(),'Réinitialiser')]"));
      assertThat(browser.text(By.id("e-password"))).contains("au moins 12 caractères");
      browser.type(By.id("f-password"), "un-autre-mot-de-passe");
      browser.clickAndLoad(
          By.xpath("//main//button[starts-with(normalize-space(),'Réinitialiser')]"));
      assertThat(browser.text(By.id("done"))).isEqualTo("Le mot de passe est réinitialisé.");
      assertThat(new Api(base).as(login, "un-autre-mot-de-passe").get("/me").status())
          .isEqualTo(200);

      browser.clickAndLoad(By.xpath("//main//button[starts-with(normalize-space(),'Désactiver')]"));
      assertThat(browser.text(By.id("user-state"))).startsWith("désactivé");
      assertThat(new Api(base).as(login, "un-autre-mot-de-passe").get("/me").status())
          .as("a deactivated user")
          .isEqualTo(401);

      browser.go("/app/audit?action=USER_CREATED&actor=admin").check("audit");
      assertThat(browser.text(By.id("audit"))).contains(login, "utilisateur créé");
      browser.go("/app/audit?from=demain");
      assertThat(browser.text(By.id("e-from"))).isEqualTo("saisir une date (jj/mm/aaaa)");

      browser.go("/app/reference").check("reference");
      assertThat(browser.text(By.tagName("main"))).contains("Titulaires", "Sites");
    }
  }

  @Test
  void anAdministratorImportsADefectiveArchiveSeesTheReportThenAGoodOne() throws Exception {
    Api api = new Api(base);
    Imports imports = new Imports(api, base);
    imports.awaitEnd(imports.firstStartRun());
    Map<String, byte[]> entries = Imports.sampleEntries();
    String name = "marseille/sites.csv";
    List<String> lines =
        new ArrayList<>(new String(entries.get(name), StandardCharsets.UTF_8).lines().toList());
    String[] cells = lines.get(2).split(";", -1);
    cells[5] = "-7";
    lines.set(2, String.join(";", cells));
    entries.put(name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    Path defective = Files.createTempFile("cadre-defective", ".zip");
    Files.write(defective, Imports.zip(entries));
    Path good = Files.createTempFile("cadre-good", ".zip");
    Files.write(good, Imports.zip(Imports.sampleEntries()));
    try (Browser browser = Browser.open(base)) {
      browser.logIn("admin", Api.ADMIN_PASSWORD);
      browser.go("/app/imports").check("imports");
      browser.clickAndLoad(By.xpath("//main//button[normalize-space()='Lancer l’import']"));
      assertThat(browser.text(By.id("e-archive"))).isEqualTo("choisir l’archive ZIP à importer");

      browser.find(By.id("f-archive")).sendKeys(defective.toString());
      browser.clickAndLoad(By.xpath("//main//button[normalize-space()='Lancer l’import']"));
      assertThat(browser.driver().getCurrentUrl()).matches(".*/app/imports/\\d+$");
      awaitStatus(browser, "refusé (défauts)");
      browser.check("import-refused");
      String report = browser.text(By.id("report"));
      assertThat(report).contains("sites.csv", "3", "dwellings", "-7");
      assertThat(browser.all(By.cssSelector("#report thead th")))
          .extracting(WebElement::getText)
          .containsExactly("Fichier", "Ligne", "Colonne", "Valeur", "Motif");

      browser.go("/app/imports");
      browser.find(By.id("f-archive")).sendKeys(good.toString());
      browser.clickAndLoad(By.xpath("//main//button[normalize-space()='Lancer l’import']"));
      awaitStatus(browser, "terminé");
      assertThat(browser.all(By.id("report"))).isEmpty();
      assertThat(browser.find(By.id("run-progress")).getAttribute("value"))
          .isEqualTo(browser.find(By.id("run-progress")).getAttribute("max"));
    } finally {
      Files.deleteIfExists(defective);
      Files.deleteIfExists(good);
    }
  }

  @Test
  void everyoneChangesTheirPasswordAndCreatesAndRevokesATokenShownOnce() throws Exception {
    Fixtures fixtures = new Fixtures(new Api(base));
    long member = fixtures.member(fixtures.consortium(), "OPH", true);
    String officer = PageLogins.officerOf(new Api(base), member);
    try (Browser browser = Browser.open(base)) {
      browser.logIn(officer, PageLogins.PASSWORD);
      browser.go("/app/me").check("me");
      browser.find(By.id("f-currentPassword")).sendKeys(PageLogins.PASSWORD);
      browser.find(By.id("f-newPassword")).sendKeys(STRONG);
      browser.find(By.id("f-confirmation")).sendKeys(STRONG + "!");
      browser.clickAndLoad(By.xpath("//main//button[normalize-space()='Changer le mot de passe']"));
      browser.check("me-refused");
      assertThat(browser.text(By.id("e-confirmation")))
          .isEqualTo("les deux saisies du nouveau mot de passe diffèrent");
      browser.find(By.id("f-currentPassword")).sendKeys("pas-le-bon-mot-de-passe");
      browser.find(By.id("f-newPassword")).sendKeys(STRONG);
      browser.find(By.id("f-confirmation")).sendKeys(STRONG);
      browser.clickAndLoad(By.xpath("//main//button[normalize-space()='Changer le mot de passe']"));
      assertThat(browser.text(By.id("e-currentPassword"))).isEqualTo("mot de passe actuel inexact");
      assertThat(new Api(base).as(officer, STRONG).get("/me").status())
          .as("nothing changed")
          .isEqualTo(401);
      browser.find(By.id("f-currentPassword")).sendKeys(PageLogins.PASSWORD);
      browser.find(By.id("f-newPassword")).sendKeys(STRONG);
      browser.find(By.id("f-confirmation")).sendKeys(STRONG);
      browser.clickAndLoad(By.xpath("//main//button[normalize-space()='Changer le mot de passe']"));
      assertThat(browser.text(By.id("done"))).isEqualTo("Votre mot de passe est changé.");
      assertThat(new Api(base).as(officer, STRONG).get("/me").status()).isEqualTo(200);

      browser.find(By.id("f-label")).sendKeys("mon script");
      browser.find(By.id("f-days")).sendKeys("trente");
      browser.clickAndLoad(By.xpath("//main//button[normalize-space()='Créer le jeton']"));
      assertThat(browser.text(By.id("e-days")))
          .isEqualTo("saisir un nombre de jours, par exemple 30");
      assertThat(browser.find(By.id("f-label")).getAttribute("value")).isEqualTo("mon script");
      browser.find(By.id("f-days")).clear();
      browser.find(By.id("f-days")).sendKeys("30");
      browser.clickAndLoad(By.xpath("//main//button[normalize-space()='Créer le jeton']"));
      browser.check("me-token");
      String token = browser.text(By.id("token-secret"));
      assertThat(token).startsWith("cadre_");
      assertThat(new Api(base).withToken(token).get("/me").status()).isEqualTo(200);
      browser.go("/app/me");
      assertThat(browser.all(By.id("token-secret"))).as("shown once only").isEmpty();
      assertThat(browser.driver().getPageSource()).doesNotContain(token);
      browser.clickAndLoad(By.cssSelector("button[aria-label='Révoquer le jeton mon script']"));
      assertThat(browser.text(By.id("done"))).startsWith("Le jeton est révoqué");
      assertThat(new Api(base).withToken(token).get("/me").status()).isEqualTo(401);
    }
  }

  /** The run's status as htmx refreshes it on the page, without reloading it. */
  private static void awaitStatus(Browser browser, String status) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
        .until(d -> status.equals(d.findElement(By.id("run-status")).getText()));
  }
}
