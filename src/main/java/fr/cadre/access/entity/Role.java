package fr.cadre.access.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What a user may do; the code is stored and sent, the label is shown on screens. */
public enum Role {
  /** Reference data, imports, users. */
  ADMIN("administrateur"),
  /** Drafts, issues and manages vouchers for their member. */
  OFFICER("acheteur"),
  /** Certifies service done, records invoices and payments, sees consumption. */
  FINANCE("gestionnaire financier"),
  /** The holder: its own vouchers, their documents, acknowledgement of receipt. */
  OPERATOR("titulaire"),
  /** Reads everything, changes nothing. */
  AUDITOR("auditeur");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** {@code "OFFICER,FINANCE"}; an unknown code is refused with the codes accepted. */
  public static Set<Role> parse(String codes) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String code : codes.split(",")) {
      String c = code.strip();
      if (!c.isEmpty()) {
        try {
          roles.add(Role.valueOf(c));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "rôle inconnu « " + c + " » (attendus : " + codes() + ")", e);
        }
      }
    }
    return roles;
  }

  public static String format(Set<Role> roles) {
    return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
  }

  public static String codes() {
    return Arrays.stream(values()).map(Role::name).collect(Collectors.joining(", "));
  }
}
