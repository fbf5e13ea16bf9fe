package fr.cadre.access.entity;

import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.Violations;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who uses Cadre: a login, a name, roles, the member or operator they belong to (neither:
 * the whole consortium), and a password kept only as a hash. Which roles fit which scope is a rule
 * of the user's; whether an account is locked after failed logins too.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = "User.byLogin", query = "SELECT u FROM User u WHERE u.login = :login")
public class User {

  /** Lower-case letters, digits, dot, dash, underscore, at sign: safe in logs and history. */
  public static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,99}");

  public static final int MIN_PASSWORD = 12;

  @Id
  @SequenceGenerator(name = "cadre_seq", sequenceName = "cadre_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadre_seq")
  private Long id;

  @Column(nullable = false, length = 100)
  private String login;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false, length = 100)
  private String roles;

  @Column(name = "member_id")
  private Long memberId;

  @Column(name = "operator_id")
  private Long operatorId;

  @Column(name = "password_hash", nullable = false, length = 300)
  private String passwordHash;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "failures_counted_from", nullable = false)
  private LocalDateTime failuresCountedFrom;

  @Column(name = "locked_until")
  private LocalDateTime lockedUntil;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Version private long version;

  protected User() {}

  public User(
      String login,
      String name,
      Set<Role> roles,
      Scope scope,
      String passwordHash,
      LocalDateTime now) {
    new Violations()
        .check(
            login != null && LOGIN.matcher(login).matches(),
            "login",
            "login",
            () ->
                "un identifiant fait de 2 à 100 minuscules, chiffres, « . », « - », « _ » ou « @ »")
        .throwIfAny();
    this.login = login;
    this.name = name;
    this.passwordHash = passwordHash;
    this.createdAt = now;
    this.failuresCountedFrom = now;
    assign(roles, scope);
  }

  /**
   * A user has at least one role, each fitting the scope: administrators and auditors act for the
   * whole consortium, officers and finance for a member (or all of them), an operator's people for
   * their operator (or, consortium-wide, every holder).
   */
  public static void checkRolesFit(Set<Role> roles, Scope scope) {
    Violations v = new Violations();
    v.check(!roles.isEmpty(), "roles", "required", () -> "au moins un rôle : " + Role.codes());
    for (Role role : roles) {
      boolean fits =
          switch (role) {
            case ADMIN, AUDITOR -> scope.consortiumWide();
            case OFFICER, FINANCE -> !scope.ofOperator();
            case OPERATOR -> !scope.ofMember();
          };
      v.check(
          fits,
          "roles",
          "role-scope",
          () ->
              "le rôle "
                  + role
                  + " ("
                  + role.label()
                  + ") ne convient pas à "
                  + (scope.ofMember()
                      ? "un utilisateur d'un membre"
                      : scope.ofOperator()
                          ? "un utilisateur d'un titulaire"
                          : "un utilisateur du groupement"));
    }
    v.throwIfAny();
  }

  public void assign(Set<Role> newRoles, Scope scope) {
    checkRolesFit(newRoles, scope);
    this.roles = Role.format(newRoles);
    this.memberId = scope.memberId();
    this.operatorId = scope.operatorId();
  }

  public void rename(String newName) {
    this.name = newName;
  }

  public void changePassword(String newHash, LocalDateTime now) {
    this.passwordHash = newHash;
    unlock(now);
  }

  public void deactivate() {
    active = false;
  }

  public void reactivate() {
    active = true;
  }

  public boolean lockedAt(LocalDateTime now) {
    return lockedAt(lockedUntil, now);
  }

  private static boolean lockedAt(LocalDateTime lockedUntil, LocalDateTime now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  /** Whether the user may act now: active and not locked. */
  public boolean usableAt(LocalDateTime now) {
    return usableAt(active, lockedUntil, now);
  }

  /** The same rule on a user's row read without the entity (a bearer token's request reads one). */
  public static boolean usableAt(boolean active, LocalDateTime lockedUntil, LocalDateTime now) {
    return active && !lockedAt(lockedUntil, now);
  }

  /** A lock whose time has passed and that no login has cleared yet. */
  public boolean lockExpiredAt(LocalDateTime now) {
    return lockedUntil != null && !lockedUntil.isAfter(now);
  }

  public void lockUntil(LocalDateTime until) {
    lockedUntil = until;
  }

  /** Failures before now no longer count towards a lock. */
  public void unlock(LocalDateTime now) {
    lockedUntil = null;
    failuresCountedFrom = now;
  }

  /** Failures are counted within the window, and not before the last success or unlock. */
  public LocalDateTime failuresCountedSince(LocalDateTime windowStart) {
    return failuresCountedFrom.isAfter(windowStart) ? failuresCountedFrom : windowStart;
  }

  public static DomainException tooShort() {
    return DomainException.invalid(
        "password", "password", "un mot de passe d'au moins " + MIN_PASSWORD + " caractères");
  }

  public Long id() {
    return id;
  }

  public String login() {
    return login;
  }

  public String name() {
    return name;
  }

  public Set<Role> roles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : Role.parse(roles);
  }

  public Scope scope() {
    return new Scope(memberId, operatorId);
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean active() {
    return active;
  }

  public LocalDateTime lockedUntil() {
    return lockedUntil;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }
}
