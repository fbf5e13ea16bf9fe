package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@BrowserTest
@DisplayName(
    "Accessibility of every page: each page template is opened in the browser and passes axe"
        + " (WCAG 2.1 A and AA); a new page without a check fails this test")
class EveryPageCheckedIT {

  @ArquillianResource URL base;

  /** The templates that are pages: not the layout, not the fragments (named {@code _…}). */
  private static Set<String> pageTemplates() throws Exception {
    Path root = Path.of("src/main/jte");
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(".jte"))
          .filter(f -> !f.getFileName().toString().startsWith("_"))
          .map(f -> root.relativize(f).toString().replace('\\', '/').replace(".jte", ""))
          .filter(name -> !name.equals("layout"))
          .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }
  }

  @Test
  void everyPageTemplateIsCheckedWithAxe() throws Exception {
    Fixtures fixtures = new Fixtures(new Api(base));
    long consortium = fixtures.consortium();
    long member = fixtures.member(consortium, "OPH", true);
    long agreement = fixtures.agreement(consortium);
    long holder = fixtures.operator(false);
    long lot = fixtures.lot(agreement, holder, "0", "5000");
    long priceLine = fixtures.priceLine(lot, "H-JOUR", "30");
    long site = fixtures.site(member, lot);
    int voucher = fixtures.issue(member, site, "H-JOUR", "2", null).json().getInt("id");
    Set<String> checked = new TreeSet<>();
    try (Browser browser = Browser.open(base)) {
      browser.go("/app/vouchers");
      assertThat(browser.driver().getCurrentUrl()).contains("/app/login");
      browser.check("every-page-login");
      checked.add(browser.find(org.openqa.selenium.By.tagName("body")).getAttribute("data-view"));
      browser.logIn(PageLogins.officerOf(new Api(base), member), PageLogins.PASSWORD);
      for (String path :
          new String[] {
            "/app",
            "/app/agreements",
            "/app/agreements/" + agreement,
            "/app/agreements/" + agreement + "/ledger",
            "/app/alerts",
            "/app/vouchers",
            "/app/vouchers/" + voucher,
            "/app/vouchers/new",
            "/app/vouchers/new?lot=" + lot + "&site=" + site,
            "/app/accessibility",
            "/app/legal-notice",
            "/app/vouchers/999999999",
            "/app/budgets/" + member,
          }) {
        browser.go(path).check("every-page" + path.replaceAll("[^a-z0-9]+", "-"));
        checked.add(browser.find(org.openqa.selenium.By.tagName("body")).getAttribute("data-view"));
      }
      browser.logOut();
      browser.logIn(PageLogins.operatorOf(new Api(base), holder), PageLogins.PASSWORD);
      browser.go("/app/operator/vouchers").check("every-page-operator-vouchers");
      checked.add(browser.find(org.openqa.selenium.By.tagName("body")).getAttribute("data-view"));
      browser.logOut();
      browser.logIn("admin", Api.ADMIN_PASSWORD);
      long run = new Imports(new Api(base), base).firstStartRun();
      long admin =
          new Api(base)
              .asAdmin().get("/users").array().stream()
                  .map(v -> v.asJsonObject())
                  .filter(u -> u.getString("login").equals("admin"))
                  .findFirst()
                  .orElseThrow()
                  .getJsonNumber("id")
                  .longValue();
      for (String path :
          new String[] {
            "/app/users",
            "/app/users/new",
            "/app/users/" + admin,
            "/app/me",
            "/app/audit",
            "/app/imports",
            "/app/imports/" + run,
            "/app/reference",
            "/app/payments",
            "/app/budgets",
            "/app/operators/" + holder,
            "/app/members/" + member,
            "/app/sites/" + site,
            "/app/agreements/" + agreement + "/edit",
            "/app/lots/" + lot,
            "/app/price-lines/" + priceLine,
          }) {
        browser.go(path).check("every-page" + path.replaceAll("[^a-z0-9]+", "-"));
        checked.add(browser.find(org.openqa.selenium.By.tagName("body")).getAttribute("data-view"));
      }
    }
    System.out.println("Pages checked with axe: " + checked);
    assertThat(checked).containsExactlyElementsOf(pageTemplates());
  }
}
