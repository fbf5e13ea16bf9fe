package fr.cadre.access.control;

import fr.cadre.access.entity.Role;
import fr.cadre.access.entity.Scope;
import fr.cadre.access.entity.User;
import java.util.Set;

/**
 * Who a request was authenticated as, worked out once by the authentication mechanism and kept as a
 * request attribute for {@link Caller} and the authorization filter.
 */
public record Identity(long userId, String login, String name, Set<Role> roles, Scope scope) {

  /** The request attribute holding it. */
  public static final String ATTRIBUTE = "fr.cadre.access.identity";

  public Identity {
    roles = Set.copyOf(roles);
  }

  static Identity of(User user) {
    return new Identity(user.id(), user.login(), user.name(), user.roles(), user.scope());
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
