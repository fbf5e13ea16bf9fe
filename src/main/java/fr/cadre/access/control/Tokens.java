package fr.cadre.access.control;

import fr.cadre.access.entity.ApiToken;
import fr.cadre.access.entity.AuditEntry.Action;
import fr.cadre.access.entity.User;
import fr.cadre.kernel.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Personal API tokens: created by their owner, who sees the token once; only its SHA-256 is kept.
 * Revoked by their owner, and refused from that moment on every instance (each request reads it).
 */
@ApplicationScoped
@Transactional
public class Tokens {

  /** The longest validity an owner may ask for. */
  public static final int MAX_DAYS = 366;

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject Audit audit;
  @Inject AccessSettings settings;

  /** A token just created, with its one showing of the secret. */
  public record Created(ApiToken token, String secret) {}

  public Created create(Caller caller, String label, Integer days) {
    int validity = days == null ? settings.tokenDays() : days;
    if (validity < 1 || validity > MAX_DAYS) {
      throw DomainException.invalid(
          "days", "range", "une durée de validité de 1 à " + MAX_DAYS + " jours");
    }
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String secret = "cadre_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    LocalDateTime now = Audit.now();
    User owner = em.find(User.class, caller.identity().userId());
    ApiToken token =
        new ApiToken(owner, Authenticator.sha256(secret), label, now, now.plusDays(validity));
    em.persist(token);
    audit.record(
        caller.login(),
        caller.address(),
        Action.TOKEN_CREATED,
        "jeton " + token.id(),
        label + ", expire le " + token.expiresAt().toLocalDate());
    return new Created(token, secret);
  }

  public List<ApiToken> mine(Caller caller) {
    return em.createNamedQuery("ApiToken.ofUser", ApiToken.class)
        .setParameter("user", caller.identity().userId())
        .getResultList();
  }

  /** Another user's token is not found, as if it did not exist. */
  public ApiToken revoke(Caller caller, long id) {
    ApiToken token =
        Optional.ofNullable(em.find(ApiToken.class, id))
            .filter(t -> t.user().id() == caller.identity().userId())
            .orElseThrow(() -> DomainException.notFound("jeton", id));
    token.revoke(Audit.now());
    audit.record(
        caller.login(), caller.address(), Action.TOKEN_REVOKED, "jeton " + id, token.label());
    return token;
  }
}
