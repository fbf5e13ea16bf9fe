package fr.cadre.access.control;

import fr.cadre.access.entity.ApiToken;
import fr.cadre.access.entity.AuditEntry.Action;
import fr.cadre.access.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks what a request presents: a login and password (form or HTTP Basic), a bearer token, or the
 * user a session was opened for. A PBKDF2 verification costs about 180 ms, so a verified Basic
 * credential is remembered for a short while under the SHA-256 of login and password (never the
 * password itself), for as long as the stored hash is the one it was verified against. A token
 * costs one indexed read ({@link TokenRows}). Every failure is counted against the account it names
 * ({@link Accounts#failed}); the refusals to a failing address are slowed down ({@link Throttle}),
 * never its successes, and nobody is locked out by address. Whether a login exists is never told:
 * an unknown one takes as long and answers the same.
 */
@ApplicationScoped
public class Authenticator {

  @PersistenceContext EntityManager em;
  @Inject Accounts accounts;
  @Inject Passwords passwords;
  @Inject AccessSettings settings;
  @Inject Audit audit;
  @Inject Throttle throttle;
  @Inject TokenRows tokens;

  private record Verified(long userId, String hash, long until) {}

  private final Map<String, Verified> verified = new ConcurrentHashMap<>();

  public Optional<Identity> password(String login, String password, String address, String via) {
    if (login == null || password == null || login.length() > 100 || password.length() > 1000) {
      return Optional.empty();
    }
    String key = sha256(login + '\u0000' + password);
    Verified known = verified.get(key);
    if (known != null && known.until() > System.nanoTime()) {
      Optional<User> user = Optional.ofNullable(em.find(User.class, known.userId()));
      if (user.isPresent() && user.get().passwordHash().equals(known.hash())) {
        return usable(user.get());
      }
    }
    verified.remove(key);
    Optional<User> user = accounts.byLogin(login);
    if (user.isEmpty()) {
      passwords.verifyNothing(password);
      throttle.failed(address);
      throttle.await(address);
      audit.record(null, address, Action.LOGIN_FAILED, null, via + " : identifiant inconnu");
      return Optional.empty();
    }
    User found = user.get();
    LocalDateTime now = Audit.now();
    boolean right = passwords.verify(password, found.passwordHash());
    if (!right || !found.active() || found.lockedAt(now)) {
      throttle.failed(address);
      accounts.failed(found.id(), address, via);
      throttle.await(address);
      return Optional.empty();
    }
    accounts.succeeded(found.id(), password, address, via);
    User fresh = em.find(User.class, found.id());
    if (verified.size() > 10_000) {
      verified.clear();
    }
    verified.put(
        key,
        new Verified(
            fresh.id(), fresh.passwordHash(), System.nanoTime() + settings.basicCache().toNanos()));
    return Optional.of(Identity.of(fresh));
  }

  /** A bearer token: known by its hash, neither revoked nor expired, of an active account. */
  public Optional<Identity> token(String token, String address) {
    if (token == null || token.length() > 200) {
      return Optional.empty();
    }
    Optional<TokenRows.Presented> found = tokens.byHash(sha256(token));
    if (found.isEmpty()) {
      throttle.failed(address);
      audit.record(null, address, Action.LOGIN_FAILED, null, "jeton inconnu");
      throttle.await(address);
      return Optional.empty();
    }
    TokenRows.Presented t = found.get();
    LocalDateTime now = Audit.now();
    if (!ApiToken.validAt(t.revokedAt(), t.expiresAt(), now)) {
      throttle.failed(address);
      accounts.failed(
          t.identity().userId(), address, t.revokedAt() != null ? "jeton révoqué" : "jeton expiré");
      throttle.await(address);
      return Optional.empty();
    }
    return User.usableAt(t.active(), t.lockedUntil(), now)
        ? Optional.of(t.identity())
        : Optional.empty();
  }

  /** The user a page session was opened for, as they stand now. */
  public Optional<Identity> session(long userId) {
    return Optional.ofNullable(em.find(User.class, userId)).flatMap(this::usable);
  }

  private Optional<Identity> usable(User user) {
    return user.usableAt(Audit.now()) ? Optional.of(Identity.of(user)) : Optional.empty();
  }

  public static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
