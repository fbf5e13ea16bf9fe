package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by Selenium against the deployed application. Every page a test looks at
 * goes through {@link #check}: a screenshot in {@code target/browser/}, the page's frame (its
 * {@code lang}, a title, one {@code main}, exactly one {@code h1}) and axe-core with the WCAG 2.1 A
 * and AA rules, failing on any violation. The views checked are recorded for {@code
 * EveryPageCheckedIT}.
 */
public final class Browser implements AutoCloseable {

  static final String CHROMIUM = "/usr/bin/chromium";
  static final String DRIVER = "/usr/bin/chromedriver";
  static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  static final Path SHOTS = Path.of("target", "browser");

  /** Every view (template) a browser test checked in this run. */
  static final Set<String> CHECKED = new ConcurrentSkipListSet<>();

  private static volatile Browser lastOpened;

  private final WebDriver driver;
  private final Path profile;
  private final String base;
  private static final java.util.concurrent.atomic.AtomicInteger SHOT =
      new java.util.concurrent.atomic.AtomicInteger();

  private Browser(URL deployment, String language) throws IOException {
    this(deployment, language, true);
  }

  private Browser(URL deployment, String language, boolean javaScript) throws IOException {
    String root = deployment.toString();
    this.base = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    this.profile = Files.createTempDirectory("cadre-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
        "--lang=" + language,
        "--user-data-dir=" + profile);
    options.setExperimentalOption(
        "prefs",
        javaScript
            ? Map.of("intl.accept_languages", language)
            : Map.of(
                "intl.accept_languages",
                language,
                "profile.managed_default_content_settings.javascript",
                2));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    lastOpened = this;
  }

  /** The browser the running test opened last, for the screenshot of a failure. */
  static Browser lastOpened() {
    return lastOpened;
  }

  /** A browser whose user asks for French pages, as Cadre's users do. */
  public static Browser open(URL deployment) throws IOException {
    return new Browser(deployment, "fr-FR");
  }

  public static Browser open(URL deployment, String language) throws IOException {
    return new Browser(deployment, language);
  }

  /** A browser with JavaScript turned off: every form must work there too. */
  public static Browser withoutJavaScript(URL deployment) throws IOException {
    return new Browser(deployment, "fr-FR", false);
  }

  public WebDriver driver() {
    return driver;
  }

  /** Opens a page of the application: {@code go("/app/vouchers")}. */
  public Browser go(String path) {
    driver.get(base + path);
    return this;
  }

  public String url(String path) {
    return base + path;
  }

  public WebElement find(By by) {
    return driver.findElement(by);
  }

  /**
   * Types into a field as a user does, and waits until the field holds it: under load Chromium once
   * dropped the keys sent to a login form's password field, and the form went off empty.
   */
  public Browser type(By by, String text) {
    for (int attempt = 0; ; attempt++) {
      WebElement field = find(by);
      field.clear();
      field.sendKeys(text);
      try {
        new WebDriverWait(driver, Duration.ofSeconds(2))
            .until(d -> text.equals(d.findElement(by).getDomProperty("value")));
        return this;
      } catch (org.openqa.selenium.TimeoutException lost) {
        if (attempt == 2) {
          throw lost;
        }
      }
    }
  }

  public List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  public String text(By by) {
    return find(by).getText();
  }

  /**
   * Clicks a link or a button that loads another page, and waits until it is there. The click is
   * made once and never again: a click that Chromium took may already have sent a form, and a
   * second one would send it again (or fail on the next page, where the button is gone).
   */
  public Browser clickAndLoad(WebElement element) {
    WebElement html = leaving();
    element.click();
    return loaded(html);
  }

  /**
   * Finds the link or button on a settled page right before clicking it, clicks it once and waits
   * until the next page is there. Finding it while the page was still changing (a previous page
   * still going, htmx swapping a part) gave a node that Chromium then refused to click.
   */
  public Browser clickAndLoad(By by) {
    settled();
    WebElement html = leaving();
    waiting()
        .until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(by))
        .click();
    return loaded(html);
  }

  /**
   * Does what loads another page (a key pressed, say) on a settled page, once, and waits until the
   * next page is there, as {@link #clickAndLoad(By)} does for a click.
   */
  public Browser load(Runnable action) {
    settled();
    WebElement html = leaving();
    action.run();
    return loaded(html);
  }

  /**
   * A page that is complete and where htmx, if the page has it, sends nothing and swaps nothing: it
   * marks an element {@code htmx-request} while a request is out, then {@code htmx-swapping} and
   * {@code htmx-settling} while it puts the answer in place.
   */
  private static final String SETTLED =
      "document.readyState === 'complete'"
          + " && !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')";

  /** Waits until the page on screen is settled: complete, htmx idle. */
  private void settled() {
    until(SETTLED);
  }

  /** Waits until a script condition holds on the page on screen. */
  private void until(String condition) {
    waiting()
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return " + condition)));
  }

  /**
   * Marks the document on screen as the one a click leaves (a property of the document, not of the
   * page's content) and returns its root element, both in one script so that they belong to the
   * same document.
   */
  private WebElement leaving() {
    return (WebElement)
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript("document.cadreLeft = true; return document.documentElement");
  }

  /**
   * Waits until the document a click left is gone and the next one is complete and settled. While
   * the next document replaces it, Chromium may answer a look at the old root with an error of its
   * own ("Node with given id does not belong to the document", or "No node with given id found")
   * instead of a stale element: that means gone too, it is not a click to make again. The next
   * document is then told from the old one by the mark that it does not carry.
   */
  private Browser loaded(WebElement html) {
    waiting()
        .until(
            d -> {
              try {
                html.isEnabled();
                return false;
              } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
              } catch (org.openqa.selenium.WebDriverException replaced) {
                String message = String.valueOf(replaced.getMessage());
                if (message.contains("does not belong to the document")
                    || message.contains("No node with given id found")) {
                  return true;
                }
                throw replaced;
              }
            });
    until("!document.cadreLeft && " + SETTLED);
    return this;
  }

  public WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(10));
  }

  /** Checks the page on screen: screenshot, frame, axe (WCAG 2.1 A and AA, no violation at all). */
  public Browser check(String name) {
    String view = find(By.tagName("body")).getAttribute("data-view");
    assertThat(view).as("the page names its view").isNotBlank();
    CHECKED.add(view);
    return checkFrame(name);
  }

  /**
   * Logs in through the login form, as a user does: the page asked for sends to the form, which
   * sends back to it once the password is right.
   */
  public Browser logIn(String login, String password) {
    go("/app/login");
    By submit = By.cssSelector("main form button[type=submit]");
    waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(submit));
    type(By.id("f-login"), login);
    type(By.id("f-password"), password);
    clickAndLoad(submit);
    assertThat(driver.getCurrentUrl()).as("logged in as " + login).doesNotContain("/app/login");
    return this;
  }

  /** Logs out with the header's button, back to the login form. */
  public Browser logOut() {
    clickAndLoad(By.cssSelector("form.logout button"));
    assertThat(driver.getCurrentUrl()).contains("/app/login");
    return this;
  }

  /**
   * The same checks for a page that is not one of the templates (the access boundary's login form):
   * screenshot, frame and axe.
   */
  public Browser checkFrame(String name) {
    screenshot(name);
    assertThat(find(By.tagName("html")).getAttribute("lang")).isIn("fr", "en");
    assertThat(driver.getTitle()).as("title").contains("Cadre").doesNotStartWith("–");
    assertThat(all(By.tagName("main"))).as("one main landmark").hasSize(1);
    assertThat(all(By.tagName("h1"))).as("exactly one h1").hasSize(1);
    // What a strict CSP (no unsafe-inline) would block: inline styles, scripts, handlers.
    assertThat(all(By.cssSelector("[style]"))).as("inline style attributes").isEmpty();
    assertThat(all(By.cssSelector("script:not([src]), style"))).as("inline scripts").isEmpty();
    assertThat(
            (Boolean)
                ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript(
                        "return [...document.querySelectorAll('*')].some(e =>"
                            + " [...e.attributes].some(a => a.name.startsWith('on')))"))
        .as("inline event handlers")
        .isFalse();
    Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
    List<Rule> violations = results.getViolations();
    assertThat(violations)
        .as(
            "axe violations on %s (%s): %s",
            name,
            driver.getCurrentUrl(),
            violations.stream()
                .map(
                    r ->
                        r.getId()
                            + " ["
                            + r.getImpact()
                            + "] "
                            + r.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")))
        .isEmpty();
    return this;
  }

  /** A screenshot in {@code target/browser/}, numbered in the order taken. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(SHOTS);
      Path file =
          SHOTS.resolve(
              String.format("%03d-%s.png", SHOT.incrementAndGet(), name.replaceAll("\\W+", "-")));
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The whole page as a PNG (not only the window), up to 2,400 pixels high: the README's
   * screenshots. Chromium's own capture beyond the window, through its DevTools protocol.
   */
  @SuppressWarnings("unchecked")
  public Path fullPage(Path file) {
    var chromium = (org.openqa.selenium.chromium.ChromiumDriver) driver;
    Map<String, Object> metrics = chromium.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
    double height = Math.min(2400, ((Number) size.get("height")).doubleValue());
    double width = ((Number) size.get("width")).doubleValue();
    Map<String, Object> shot =
        chromium.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of(
                "format",
                "png",
                "captureBeyondViewport",
                true,
                "clip",
                Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, java.util.Base64.getDecoder().decode((String) shot.get("data")));
      return file;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The status of a page as the browser's session gets it (Selenium does not give it). */
  public int status(String path) throws IOException, InterruptedException {
    return download(url(path)).statusCode();
  }

  /**
   * Downloads what a link of the page points at, with the browser's cookies (its session), as the
   * user's browser would.
   */
  public HttpResponse<byte[]> download(String href) throws IOException, InterruptedException {
    String cookies = cookies();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(href)).timeout(Duration.ofSeconds(60));
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookies);
    }
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The browser's cookies (its session) as a {@code Cookie} header, empty without any. */
  public String cookies() {
    return driver.manage().getCookies().stream()
        .map(c -> c.getName() + "=" + c.getValue())
        .collect(Collectors.joining("; "));
  }

  static Set<String> checked() {
    return new TreeSet<>(CHECKED);
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }
}
