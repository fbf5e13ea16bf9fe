package fr.cadre.access.control;

import fr.cadre.access.entity.AuditEntry.Action;
import fr.cadre.access.entity.Role;
import fr.cadre.access.entity.Scope;
import fr.cadre.access.entity.User;
import fr.cadre.directory.entity.Member;
import fr.cadre.directory.entity.Operator;
import fr.cadre.kernel.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Users and their passwords: created, changed, deactivated and reset by an administrator; a user's
 * own password changed by the user. Also the bookkeeping of logins: a failure is recorded, and the
 * account locked once the failures within the window reach the limit.
 */
@ApplicationScoped
@Transactional
public class Accounts {

  private static final Logger LOG = Logger.getLogger(Accounts.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Passwords passwords;
  @Inject Audit audit;
  @Inject AccessSettings settings;

  /** What an administrator states about a user. */
  public record Details(
      String name, Set<Role> roles, Long memberId, Long operatorId, boolean active) {

    Scope scope() {
      return new Scope(memberId, operatorId);
    }
  }

  public Optional<User> byLogin(String login) {
    return em.createNamedQuery("User.byLogin", User.class)
        .setParameter("login", login)
        .getResultStream()
        .findFirst();
  }

  public User user(long id) {
    return Optional.ofNullable(em.find(User.class, id))
        .orElseThrow(() -> DomainException.notFound("utilisateur", id));
  }

  /**
   * The user's row locked until the end of the transaction: logins of one account arrive together
   * (a script's first burst, or every request at once when a remembered credential runs out), and
   * each writes the row; taken in turn they neither fail on its version nor miss a failure count.
   */
  private User locked(long id) {
    return Optional.ofNullable(em.find(User.class, id, LockModeType.PESSIMISTIC_WRITE))
        .orElseThrow(() -> DomainException.notFound("utilisateur", id));
  }

  public List<User> users() {
    return em.createQuery("SELECT u FROM User u ORDER BY u.login", User.class).getResultList();
  }

  public User create(String login, Details details, String password, Actor by) {
    checkPassword(password);
    if (byLogin(login).isPresent()) {
      throw DomainException.conflict("duplicate", "l'identifiant " + login + " existe déjà");
    }
    checkScope(details);
    User user =
        new User(
            login,
            details.name(),
            details.roles(),
            details.scope(),
            passwords.hash(password),
            Audit.now());
    em.persist(user);
    audit.record(by.login(), by.address(), Action.USER_CREATED, login, describe(user));
    LOG.info(() -> "User " + login + " created by " + by.login());
    return user;
  }

  public User change(long id, Details details, Actor by) {
    User user = user(id);
    checkScope(details);
    user.rename(details.name());
    user.assign(details.roles(), details.scope());
    if (details.active()) {
      user.reactivate();
    } else {
      user.deactivate();
    }
    audit.record(by.login(), by.address(), Action.USER_CHANGED, user.login(), describe(user));
    return user;
  }

  public User deactivate(long id, Actor by) {
    User user = user(id);
    user.deactivate();
    audit.record(by.login(), by.address(), Action.USER_DEACTIVATED, user.login(), null);
    LOG.info(() -> "User " + user.login() + " deactivated by " + by.login());
    return user;
  }

  /** Sets a password chosen by an administrator; this also lifts a lock. */
  public User resetPassword(long id, String password, Actor by) {
    checkPassword(password);
    User user = user(id);
    boolean locked = user.lockedAt(Audit.now());
    user.changePassword(passwords.hash(password), Audit.now());
    audit.record(by.login(), by.address(), Action.PASSWORD_RESET, user.login(), null);
    if (locked) {
      audit.record(
          by.login(),
          by.address(),
          Action.ACCOUNT_UNLOCKED,
          user.login(),
          "mot de passe réinitialisé");
    }
    return user;
  }

  /** A user's own new password, given with the current one. */
  public void changeOwnPassword(long userId, String current, String password, Actor by) {
    User user = user(userId);
    if (current == null || !passwords.verify(current, user.passwordHash())) {
      throw DomainException.invalid("currentPassword", "password", "mot de passe actuel inexact");
    }
    checkPassword(password);
    user.changePassword(passwords.hash(password), Audit.now());
    audit.record(by.login(), by.address(), Action.PASSWORD_CHANGED, user.login(), null);
  }

  /**
   * A failed login of an existing account: recorded, then counted within the window since the last
   * success; at the limit the account is locked for the configured time.
   */
  public void failed(long userId, String address, String channel) {
    User user = locked(userId);
    audit.record(user.login(), address, Action.LOGIN_FAILED, user.login(), channel);
    LocalDateTime now = Audit.now();
    if (user.lockedAt(now)) {
      return;
    }
    long failures =
        audit.failuresSince(
            user.login(), user.failuresCountedSince(now.minus(settings.lockoutWindow())));
    if (failures >= settings.lockoutFailures()) {
      user.lockUntil(now.plus(settings.lockout()));
      audit.record(
          user.login(),
          address,
          Action.ACCOUNT_LOCKED,
          user.login(),
          failures + " échecs ; verrouillé jusqu'à " + user.lockedUntil() + " UTC");
      LOG.warning(() -> "Account " + user.login() + " locked after " + failures + " failures");
    }
  }

  /**
   * A verified password: a lock whose time has passed is lifted (and recorded), and earlier
   * failures stop counting. A hash with outdated parameters is replaced.
   */
  public void succeeded(long userId, String password, String address, String channel) {
    User user = locked(userId);
    LocalDateTime now = Audit.now();
    if (user.lockExpiredAt(now)) {
      user.unlock(now);
      audit.record(user.login(), address, Action.ACCOUNT_UNLOCKED, user.login(), "délai écoulé");
    } else {
      user.unlock(now);
    }
    if (Passwords.outdated(user.passwordHash())) {
      user.changePassword(passwords.hash(password), now);
    }
    audit.record(user.login(), address, Action.LOGIN_SUCCEEDED, user.login(), channel);
  }

  private void checkPassword(String password) {
    if (password == null || password.length() < User.MIN_PASSWORD) {
      throw User.tooShort();
    }
  }

  private void checkScope(Details details) {
    if (details.memberId() != null && em.find(Member.class, details.memberId()) == null) {
      throw DomainException.invalid(
          "memberId", "unknown", "membre " + details.memberId() + " inconnu");
    }
    if (details.operatorId() != null && em.find(Operator.class, details.operatorId()) == null) {
      throw DomainException.invalid(
          "operatorId", "unknown", "titulaire " + details.operatorId() + " inconnu");
    }
    User.checkRolesFit(details.roles(), details.scope());
  }

  private static String describe(User user) {
    Scope scope = user.scope();
    return "rôles "
        + Role.format(user.roles())
        + (scope.ofMember()
            ? ", membre " + scope.memberId()
            : scope.ofOperator() ? ", titulaire " + scope.operatorId() : ", groupement")
        + (user.active() ? "" : ", désactivé");
  }

  /** Who makes a change, and from where, for the audit log. */
  public record Actor(String login, String address) {}
}
