package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

@ExtendWith(ArquillianExtension.class)
@BrowserTest
@DisplayName(
    "The administrator changes the reference data in a browser: operators, members, sites, an"
        + " agreement's terms, a lot's limits (R2162-4) and its price lines, refusals beside the"
        + " field with what was typed kept; other roles get 403")
class ReferenceDataPagesIT {

  @ArquillianResource URL base;

  private static final String SAVE =
      "//main//button[normalize-space()='Enregistrer les modifications']";

  @Test
  void anAdministratorCreatesAnOperatorRefusedFirstForItsSiretKey() throws Exception {
    String name = "Médiation Provence " + Fixtures.serial();
    String siret = Fixtures.siret(Fixtures.serial());
    String badKey = siret.substring(0, 13) + ((siret.charAt(13) - '0' + 1) % 10);
    try (Browser browser = Browser.open(base)) {
      browser.logIn("admin", Api.ADMIN_PASSWORD);
      browser.go("/app/reference");
      browser.clickAndLoad(By.id("operator-new"));
      browser.check("operator-new");
      browser.type(By.id("f-name"), name);
      browser.type(By.id("f-siret"), badKey);
      browser.type(By.id("f-contactEmail"), "contact@provence.example");
      browser.clickAndLoad(By.xpath("//main//button[normalize-space()='Créer le titulaire']"));
      browser.check("operator-refused");
      assertThat(browser.driver().getTitle()).startsWith("Erreur : ");
      assertThat(browser.text(By.id("e-siret")))
          .isEqualTo("clé de contrôle du SIRET (Luhn) invalide");
      assertThat(browser.find(By.cssSelector("#error-summary a")).getAttribute("href"))
          .endsWith("#f-siret");
      assertThat(browser.find(By.id("f-name")).getAttribute("value")).isEqualTo(name);
      assertThat(browser.find(By.id("f-siret")).getAttribute("value")).isEqualTo(badKey);
      assertThat(browser.find(By.id("f-contactEmail")).getAttribute("value"))
          .isEqualTo("contact@provence.example");
      assertThat(operatorWithSiret(badKey)).as("nothing stored").isNull();

      browser.type(By.id("f-siret"), siret);
      browser.find(By.id("f-vatExempt")).click();
      browser.clickAndLoad(By.xpath("//main//button[normalize-space()='Créer le titulaire']"));
      browser.check("operator");
      assertThat(browser.text(By.id("done"))).isEqualTo("L’enregistrement est créé.");
      JsonObject stored = operatorWithSiret(siret);
      assertThat(stored).isNotNull();
      assertThat(stored.getString("name")).isEqualTo(name);
      assertThat(stored.getBoolean("vatExempt")).isTrue();
      assertThat(stored.getString("contactEmail")).isEqualTo("contact@provence.example");

      browser.type(By.id("f-contactName"), "Nadia Benali");
      browser.clickAndLoad(By.xpath(SAVE));
      assertThat(browser.text(By.id("done"))).isEqualTo("Les modifications sont enregistrées.");
      assertThat(operatorWithSiret(siret).getString("contactName")).isEqualTo("Nadia Benali");

      browser.go("/app/reference");
      assertThat(browser.text(By.id("operators"))).contains(name, siret);
    }
  }

  @Test
  void anAdministratorAddsAMemberCreatesASiteForItThenEditsASiteAndAMember() throws Exception {
    Fixtures fixtures = new Fixtures(new Api(base));
    long consortium = fixtures.consortium();
    long member = fixtures.member(consortium, "OPH", true);
    long agreement = fixtures.agreement(consortium);
    long lot = fixtures.lot(agreement, fixtures.operator(false), "0", "5000");
    long site = fixtures.site(member, lot);
    String renamed = "Résidence Les Lauriers " + Fixtures.serial();
    try (Browser browser = Browser.open(base)) {
      browser.logIn("admin", Api.ADMIN_PASSWORD);
      String siret = Fixtures.siret(Fixtures.serial());
      browser.go("/app/reference");
      browser.clickAndLoad(
          By.cssSelector("a[href$='/app/members/new?consortium=" + consortium + "']"));
      browser.check("member-new");
      browser.type(By.id("f-name"), "Office public de l’habitat du Var");
      browser.type(By.id("f-siret"), siret);
      browser.clickAndLoad(By.xpath("//main//button[normalize-space()='Ajouter le membre']"));
      assertThat(browser.text(By.id("e-legalForm")))
          .isEqualTo("le champ legalForm est obligatoire");
      assertThat(browser.find(By.id("f-siret")).getAttribute("value")).isEqualTo(siret);
      new Select(browser.find(By.id("f-legalForm"))).selectByValue("OPH");
      browser.clickAndLoad(By.xpath("//main//button[normalize-space()='Ajouter le membre']"));
      assertThat(browser.text(By.id("done"))).isEqualTo("L’enregistrement est créé.");
      JsonObject added =
          new Api(base)
              .asAdmin().get("/consortia/" + consortium + "/members").array().stream()
                  .map(v -> v.asJsonObject())
                  .filter(m -> m.getString("siret").equals(siret))
                  .findFirst()
                  .orElseThrow();
      assertThat(added.getString("legalForm")).isEqualTo("OPH");
      assertThat(added.getBoolean("mayOrder")).isTrue();

      String code = "S-P-" + Fixtures.serial();
      browser.go("/app/sites/new").check("site-new");
      browser.type(By.id("f-code"), code);
      browser.type(By.id("f-name"), "Résidence du Var");
      new Select(browser.find(By.id("f-memberId")))
          .selectByValue(String.valueOf(added.getJsonNumber("id").longValue()));
      browser.clickAndLoad(By.xpath("//main//button[normalize-space()='Créer le site']"));
      assertThat(browser.text(By.id("e-lotId"))).isEqualTo("le champ lotId est obligatoire");
      assertThat(browser.find(By.id("f-code")).getAttribute("value")).isEqualTo(code);
      new Select(browser.find(By.id("f-lotId"))).selectByValue(String.valueOf(lot));
      browser.clickAndLoad(By.xpath("//main//button[normalize-space()='Créer le site']"));
      assertThat(browser.text(By.id("done"))).isEqualTo("L’enregistrement est créé.");
      assertThat(browser.text(By.id("site-lots"))).contains("Lot ");
      long created =
          Long.parseLong(
              browser.driver().getCurrentUrl().replaceAll(".*/app/sites/(\\d+).*", "$1"));
      JsonObject createdSite = new Api(base).asAdmin().get("/sites/" + created).json();
      assertThat(createdSite.getString("code")).isEqualTo(code);
      assertThat(
              createdSite.getJsonArray("lots").getJsonObject(0).getJsonNumber("lotId").longValue())
          .isEqualTo(lot);

      browser.go("/app/sites/" + site).check("site");
      browser.type(By.id("f-dwellings"), "-3");
      browser.type(By.id("f-name"), renamed);
      browser.clickAndLoad(By.xpath(SAVE));
      browser.check("site-refused");
      assertThat(browser.text(By.id("e-dwellings")))
          .isEqualTo("le nombre de logements est positif");
      assertThat(browser.find(By.id("f-name")).getAttribute("value")).isEqualTo(renamed);
      browser.type(By.id("f-dwellings"), "640");
      browser.clickAndLoad(By.xpath(SAVE));
      assertThat(browser.text(By.id("done"))).isEqualTo("Les modifications sont enregistrées.");
      JsonObject stored = new Api(base).asAdmin().get("/sites/" + site).json();
      assertThat(stored.getString("name")).isEqualTo(renamed);
      assertThat(stored.getInt("dwellings")).isEqualTo(640);
      assertThat(stored.getJsonArray("lots")).hasSize(1);

      browser.go("/app/members/" + member).check("member");
      browser.type(By.id("f-sharePercent"), "12,5");
      browser.type(By.id("f-shareAmount"), "1000");
      browser.clickAndLoad(By.xpath(SAVE));
      assertThat(browser.text(By.id("e-sharePercent")))
          .isEqualTo("la quote-part est un montant ou un pourcentage, pas les deux");
      browser.find(By.id("f-shareAmount")).clear();
      browser.clickAndLoad(By.xpath(SAVE));
      assertThat(browser.text(By.id("done"))).isEqualTo("Les modifications sont enregistrées.");
      assertThat(
              new Api(base)
                  .asAdmin()
                  .get("/members/" + member)
                  .json()
                  .getJsonNumber("sharePercent")
                  .bigDecimalValue())
          .isEqualByComparingTo("12.5");
    }
  }

  @Test
  void anAdministratorChangesALotsMaximumRefusedBelowItsMinimumAndAddsAPriceLine()
      throws Exception {
    Fixtures fixtures = new Fixtures(new Api(base));
    long consortium = fixtures.consortium();
    long agreement = fixtures.agreement(consortium);
    long lot = fixtures.lot(agreement, fixtures.operator(false), "0", "5000");
    long line = fixtures.priceLine(lot, "H-JOUR", "30");
    String code = "H-NUIT-" + Fixtures.serial();
    try (Browser browser = Browser.open(base)) {
      browser.logIn("admin", Api.ADMIN_PASSWORD);
      browser.go("/app/agreements/" + agreement);
      browser.clickAndLoad(By.id("lot-edit-" + lot));
      browser.check("lot");
      assertThat(browser.find(By.id("f-max-0")).getAttribute("value")).isEqualTo("5000.00");
      browser.type(By.id("f-min-0"), "3000");
      browser.type(By.id("f-max-0"), "1 000");
      browser.clickAndLoad(By.xpath(SAVE));
      browser.check("lot-refused");
      assertThat(browser.text(By.id("e-min-0")))
          .startsWith("R2162-4 : le minimum (")
          .contains("dépasse le maximum");
      assertThat(browser.find(By.cssSelector("#error-summary a")).getAttribute("href"))
          .endsWith("#f-min-0");
      assertThat(browser.find(By.id("f-min-0")).getAttribute("value")).isEqualTo("3000");
      assertThat(browser.find(By.id("f-max-0")).getAttribute("value")).isEqualTo("1 000");
      assertThat(maximum(lot, 0)).as("nothing stored").isEqualTo("5000.00");

      browser.type(By.id("f-max-0"), "7 500,00");
      browser.clickAndLoad(By.xpath(SAVE));
      assertThat(browser.text(By.id("done"))).isEqualTo("Les modifications sont enregistrées.");
      assertThat(maximum(lot, 0)).isEqualTo("7500.00");
      assertThat(maximum(lot, 1)).as("the other periods keep theirs").isEqualTo("5000.00");
      browser.clickAndLoad(By.partialLinkText("Retour à l’accord-cadre"));
      String shown =
          browser
              .text(By.cssSelector("section[aria-labelledby='lot-" + lot + "'] tbody tr"))
              .replace('\u202f', ' ')
              .replace('\u00a0', ' ');
      assertThat(shown).startsWith("période initiale").contains("3 000,00 €", "7 500,00 €");

      browser.go("/app/lots/" + lot);
      browser.type(By.id("f-line-code"), "H-JOUR");
      browser.type(By.id("f-line-label"), "Heure de médiation de nuit");
      browser.type(By.id("f-line-unit"), "heure");
      browser.type(By.id("f-line-unitPrice"), "42,50");
      browser.clickAndLoad(
          By.xpath("//main//button[normalize-space()='Ajouter la ligne de prix']"));
      assertThat(browser.text(By.id("e-line-code"))).contains("a déjà une ligne de prix H-JOUR");
      assertThat(browser.find(By.id("f-line-unitPrice")).getAttribute("value")).isEqualTo("42,50");
      browser.type(By.id("f-line-code"), code);
      browser.clickAndLoad(
          By.xpath("//main//button[normalize-space()='Ajouter la ligne de prix']"));
      assertThat(browser.text(By.id("done")))
          .isEqualTo("La ligne de prix est ajoutée au bordereau.");
      assertThat(
              browser.text(By.id("lot-price-lines")).replace('\u202f', ' ').replace('\u00a0', ' '))
          .contains(code, "Heure de médiation de nuit", "42,50 €");
      JsonObject added =
          new Api(base)
              .asAdmin().get("/lots/" + lot + "/price-lines").array().stream()
                  .map(v -> v.asJsonObject())
                  .filter(p -> p.getString("code").equals(code))
                  .findFirst()
                  .orElseThrow();
      assertThat(added.getJsonNumber("unitPrice").bigDecimalValue()).isEqualByComparingTo("42.50");
      assertThat(added.getJsonNumber("vatRate").bigDecimalValue()).isEqualByComparingTo("20");

      browser.clickAndLoad(By.cssSelector("a[href$='/app/price-lines/" + line + "']"));
      browser.check("price-line");
      browser.type(By.id("f-unitPrice"), "31,20");
      browser.clickAndLoad(By.xpath(SAVE));
      assertThat(browser.text(By.id("done"))).isEqualTo("Les modifications sont enregistrées.");
      assertThat(
              new Api(base)
                  .asAdmin()
                  .get("/price-lines/" + line)
                  .json()
                  .getJsonNumber("unitPrice")
                  .bigDecimalValue())
          .isEqualByComparingTo("31.20");

      browser.go("/app/agreements/" + agreement);
      browser.clickAndLoad(By.id("edit-link"));
      browser.check("agreement-edit");
      browser.type(By.id("f-cpvCode"), "8532");
      browser.type(By.id("f-object"), "Médiation sociale et tranquillité résidentielle");
      browser.clickAndLoad(By.xpath(SAVE));
      assertThat(browser.text(By.id("e-cpvCode"))).startsWith("un code CPV s'écrit sur 8 chiffres");
      assertThat(browser.find(By.id("f-object")).getAttribute("value"))
          .isEqualTo("Médiation sociale et tranquillité résidentielle");
      browser.type(By.id("f-cpvCode"), "85320000");
      browser.clickAndLoad(By.xpath(SAVE));
      assertThat(browser.text(By.id("done"))).isEqualTo("Les modifications sont enregistrées.");
      assertThat(new Api(base).asAdmin().get("/agreements/" + agreement).json().getString("object"))
          .isEqualTo("Médiation sociale et tranquillité résidentielle");
    }
  }

  @Test
  void anOfficerGets403OnEveryPageThatChangesReferenceDataAndSeesNoLinkToThem() throws Exception {
    Fixtures fixtures = new Fixtures(new Api(base));
    long consortium = fixtures.consortium();
    long member = fixtures.member(consortium, "OPH", true);
    long agreement = fixtures.agreement(consortium);
    long holder = fixtures.operator(false);
    long lot = fixtures.lot(agreement, holder, "0", "5000");
    long line = fixtures.priceLine(lot, "H-JOUR", "30");
    long site = fixtures.site(member, lot);
    try (Browser browser = Browser.open(base)) {
      browser.logIn(PageLogins.officerOf(new Api(base), member), PageLogins.PASSWORD);
      for (String path :
          new String[] {
            "/app/operators/new",
            "/app/operators/" + holder,
            "/app/members/new?consortium=" + consortium,
            "/app/members/" + member,
            "/app/sites/new",
            "/app/sites/" + site,
            "/app/agreements/" + agreement + "/edit",
            "/app/lots/" + lot,
            "/app/price-lines/" + line,
          }) {
        assertThat(browser.status(path)).as(path).isEqualTo(403);
      }
      browser.go("/app/lots/" + lot).check("reference-data-403");
      assertThat(browser.text(By.tagName("h1"))).isEqualTo("Action réservée à d’autres rôles");
      browser.go("/app/agreements/" + agreement);
      assertThat(browser.all(By.id("edit-link"))).isEmpty();
      assertThat(browser.all(By.id("lot-edit-" + lot))).isEmpty();
    }
    assertThat(maximum(lot, 0)).isEqualTo("5000.00");
  }

  private JsonObject operatorWithSiret(String siret) {
    return new Api(base)
        .asAdmin().get("/operators").array().stream()
            .map(v -> v.asJsonObject())
            .filter(o -> o.getString("siret").equals(siret))
            .findFirst()
            .orElse(null);
  }

  /** A lot's maximum for a period, as the API reads it back. */
  private String maximum(long lot, int period) {
    return new Api(base)
        .asAdmin()
        .get("/lots/" + lot)
        .json()
        .getJsonArray("periods")
        .getJsonObject(period)
        .getJsonNumber("maximum")
        .bigDecimalValue()
        .toPlainString();
  }
}
