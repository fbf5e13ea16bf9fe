package fr.cadre.pages;

import fr.cadre.access.entity.Role;
import fr.cadre.kernel.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What every template gets beside its own model: the language and its texts and formats, the CSRF
 * token for its forms, the user and the menu their roles give, and the application's paths (the
 * context root differs between a test server and production).
 */
public final class Page {

  /** One entry of the menu; {@code roles} may see it, everyone logged in when empty. */
  public record Link(String path, String key, List<Role> roles) {}

  static final List<Link> MENU =
      List.of(
          new Link("/app", "nav.home", List.of()),
          new Link(
              "/app/agreements",
              "nav.agreements",
              List.of(Role.OFFICER, Role.FINANCE, Role.ADMIN, Role.AUDITOR)),
          new Link(
              "/app/vouchers",
              "nav.vouchers",
              List.of(Role.OFFICER, Role.FINANCE, Role.ADMIN, Role.AUDITOR)),
          new Link("/app/vouchers/new", "nav.issue", List.of(Role.OFFICER)),
          new Link("/app/operator/vouchers", "nav.operator", List.of(Role.OPERATOR)),
          new Link(
              "/app/alerts",
              "nav.alerts",
              List.of(Role.OFFICER, Role.FINANCE, Role.ADMIN, Role.AUDITOR)),
          new Link(
              "/app/payments", "nav.payments", List.of(Role.FINANCE, Role.ADMIN, Role.AUDITOR)),
          new Link(
              "/app/budgets",
              "nav.memberFinance",
              List.of(Role.FINANCE, Role.OFFICER, Role.ADMIN, Role.AUDITOR)),
          new Link("/app/reference", "nav.reference", List.of(Role.ADMIN, Role.AUDITOR)),
          new Link("/app/users", "nav.users", List.of(Role.ADMIN, Role.AUDITOR)),
          new Link("/app/imports", "nav.imports", List.of(Role.ADMIN, Role.AUDITOR)),
          new Link("/app/audit", "nav.audit", List.of(Role.ADMIN, Role.AUDITOR)),
          new Link("/app/me", "nav.me", List.of()));

  private final String contextPath;
  private final String view;
  private final String path;
  private final String query;
  private final Texts texts;
  private final Formats formats;
  private final java.util.function.Supplier<String> csrfName;
  private final java.util.function.Supplier<String> csrfToken;
  private final PageUser user;

  public Page(
      String contextPath,
      String view,
      String path,
      String query,
      Texts texts,
      java.util.function.Supplier<String> csrfName,
      java.util.function.Supplier<String> csrfToken,
      PageUser user) {
    this.contextPath = contextPath == null ? "" : contextPath;
    this.view = view;
    this.path = path;
    this.query = query;
    this.texts = texts;
    this.formats = new Formats(lang());
    this.csrfName = csrfName;
    this.csrfToken = csrfToken;
    this.user = user;
  }

  public String lang() {
    return Language.of(texts.locale());
  }

  /** The other language, offered by the language form. */
  public String otherLang() {
    return lang().equals("fr") ? "en" : "fr";
  }

  public String t(String key) {
    return texts.get(key);
  }

  public String t(String key, Object... args) {
    return texts.get(key, args);
  }

  /** An absolute path in the application: {@code url("/app/vouchers")}. */
  public String url(String appPath) {
    return contextPath + appPath;
  }

  /**
   * The template rendered, without its extension ({@code ordering/list}): the browser tests list
   * them.
   */
  public String view() {
    return view.replaceFirst("\\.jte$", "");
  }

  /** The path asked for, from the context root ({@code /app/vouchers}). */
  public String path() {
    return path;
  }

  /** Where the language form leads back to: this page, with its query (filters, page). */
  public String back() {
    return url(path) + (query == null || query.isEmpty() ? "" : "?" + query);
  }

  public boolean isCurrent(Link link) {
    return link.path().equals(path) || (link.path() + "/").equals(path);
  }

  public List<Link> menu() {
    return MENU.stream()
        .filter(
            l ->
                (l.roles().isEmpty() && user.login().isPresent())
                    || user.mayActAs(l.roles().toArray(Role[]::new)))
        .toList();
  }

  /**
   * Whether the user holds one of these roles: a page shows its forms to those who may use them.
   */
  public boolean may(Role... roles) {
    return user.mayActAs(roles);
  }

  public Optional<String> login() {
    return user.login();
  }

  public String csrfName() {
    return csrfName.get();
  }

  /**
   * The form token, asked for only by a page that has a form needing it: Krazo keeps it in the
   * session, and a page for nobody (the login form) must open none.
   */
  public String csrfToken() {
    return csrfToken.get();
  }

  public String money(Money amount) {
    return formats.money(amount);
  }

  public String number(BigDecimal value) {
    return formats.number(value);
  }

  public String percent(BigDecimal value) {
    return formats.percent(value);
  }

  public String date(LocalDate day) {
    return formats.date(day);
  }

  public String time(LocalDateTime at) {
    return formats.time(at);
  }
}
