package fr.cadre.pages;

import fr.cadre.platform.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/**
 * Who looks at a page: the one place the pages learn the user, their roles and (later) their scope.
 * It reads the Jakarta Security context and is null-safe: until authentication is wired to it,
 * nobody is logged in, the pages show every menu and history records the actor as {@link
 * CurrentUser} does. The roles are named as the security issue names them.
 */
@RequestScoped
public class PageUser {

  public static final String OFFICER = "officer";
  public static final String FINANCE = "finance";
  public static final String OPERATOR = "operator";
  public static final String ADMIN = "admin";

  @Inject Instance<SecurityContext> security;
  @Inject CurrentUser current;

  /** The login of the user, empty when nobody is logged in. */
  public Optional<String> login() {
    return context().map(SecurityContext::getCallerPrincipal).map(Principal::getName);
  }

  /** The actor recorded in a voucher's history. */
  public String actor() {
    return current.name();
  }

  /** Whether the user may see what the role sees; anyone may while no one can log in. */
  public boolean mayActAs(String... roles) {
    Optional<SecurityContext> context = context();
    if (context.isEmpty() || context.get().getCallerPrincipal() == null) {
      return true;
    }
    for (String role : roles) {
      if (context.get().isCallerInRole(role)) {
        return true;
      }
    }
    return false;
  }

  private Optional<SecurityContext> context() {
    if (security == null || !security.isResolvable()) {
      return Optional.empty();
    }
    try {
      return Optional.of(security.get());
    } catch (RuntimeException notAvailable) {
      return Optional.empty();
    }
  }
}
