package fr.cadre.pages;

import fr.cadre.access.control.Caller;
import fr.cadre.access.entity.Role;
import fr.cadre.access.entity.Scope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;

/**
 * Who looks at a page: the one place the pages learn the user, their roles and scope, all from the
 * access boundary's {@link Caller}. Pages outside the login (the error pages) may be rendered for
 * nobody; then no menu entry that needs a role shows.
 */
@RequestScoped
public class PageUser {

  @Inject Caller caller;

  /** The login of the user, empty when nobody is logged in. */
  public Optional<String> login() {
    return caller.authenticated() ? Optional.of(caller.login()) : Optional.empty();
  }

  /** The actor recorded in a voucher's history. */
  public String actor() {
    return caller.actor();
  }

  /** Whether the user holds one of these roles. */
  public boolean mayActAs(Role... roles) {
    return caller.authenticated() && Arrays.stream(roles).anyMatch(caller::has);
  }

  /** Whose records the user acts on; only for a logged-in user. */
  public Scope scope() {
    return caller.scope();
  }
}
