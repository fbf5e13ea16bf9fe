package fr.cadre.pages.access;

import fr.cadre.access.entity.Role;
import fr.cadre.access.entity.User;
import fr.cadre.pages.FormErrors;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;

/**
 * A user's form as typed: login, name, the roles ticked, the attachment chosen ({@code m-12} a
 * member, {@code o-3} an operator, empty the whole consortium), active, password. Shown again as
 * typed when refused, the password excepted.
 */
public record UserForm(
    String login,
    String name,
    List<String> roleCodes,
    String attachment,
    boolean active,
    String password) {

  static UserForm blank() {
    return new UserForm("", "", List.of(), "", true, "");
  }

  static UserForm of(User user) {
    String attachment =
        user.scope().ofMember()
            ? "m-" + user.scope().memberId()
            : user.scope().ofOperator() ? "o-" + user.scope().operatorId() : "";
    return new UserForm(
        user.login(),
        user.name(),
        user.roles().stream().map(Role::name).toList(),
        attachment,
        user.active(),
        "");
  }

  static UserForm of(MultivaluedMap<String, String> posted) {
    List<String> roles = posted.get("roles");
    return new UserForm(
        value(posted, "login"),
        value(posted, "name"),
        roles == null ? List.of() : List.copyOf(roles),
        value(posted, "attachment"),
        "true".equals(posted.getFirst("active")),
        posted.getFirst("password") == null ? "" : posted.getFirst("password"));
  }

  UserForm withoutPassword() {
    return new UserForm(login, name, roleCodes, attachment, active, "");
  }

  UserForm withLogin(String shownLogin) {
    return new UserForm(shownLogin, name, roleCodes, attachment, active, "");
  }

  public boolean has(Role role) {
    return roleCodes.contains(role.name());
  }

  /** The roles ticked; a code that is no role is named beside the roles. */
  List<Role> roles(FormErrors errors) {
    List<Role> roles = new ArrayList<>();
    for (String code : roleCodes) {
      try {
        roles.add(Role.valueOf(code));
      } catch (IllegalArgumentException e) {
        errors.add("roles", "rôle inconnu : " + code);
      }
    }
    return roles;
  }

  Long memberId() {
    return id("m-");
  }

  Long operatorId() {
    return id("o-");
  }

  private Long id(String prefix) {
    if (attachment == null || !attachment.startsWith(prefix)) {
      return null;
    }
    try {
      return Long.valueOf(attachment.substring(prefix.length()));
    } catch (NumberFormatException e) {
      return -1L;
    }
  }

  private static String value(MultivaluedMap<String, String> posted, String name) {
    String v = posted.getFirst(name);
    return v == null ? "" : v.strip();
  }
}
