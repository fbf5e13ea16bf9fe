package fr.cadre.access.control;

import fr.cadre.access.entity.AuditEntry;
import fr.cadre.access.entity.AuditEntry.Action;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The append-only audit log. Each entry is written in a transaction of its own, so that a refusal
 * is recorded even though the request it refuses rolls back; nothing here updates or deletes.
 */
@ApplicationScoped
public class Audit {

  @PersistenceContext EntityManager em;

  @Transactional(TxType.REQUIRES_NEW)
  public void record(String actor, String address, Action action, String target, String detail) {
    em.persist(new AuditEntry(now(), actor, address, action, target, detail));
  }

  /** Failed logins of an account since a moment, counted where they are recorded. */
  @Transactional(TxType.SUPPORTS)
  public long failuresSince(String login, LocalDateTime since) {
    return em.createQuery(
            "SELECT COUNT(a) FROM AuditEntry a WHERE a.actor = :login AND a.action = :action"
                + " AND a.at > :since",
            Long.class)
        .setParameter("login", login)
        .setParameter("action", Action.LOGIN_FAILED.name())
        .setParameter("since", since)
        .getSingleResult();
  }

  /** Newest first, by the filters given (any may be null). */
  @Transactional(TxType.SUPPORTS)
  public List<AuditEntry> find(
      String actor, Action action, LocalDateTime from, LocalDateTime to, int page, int size) {
    StringBuilder jpql = new StringBuilder("SELECT a FROM AuditEntry a WHERE 1 = 1");
    Map<String, Object> params = new LinkedHashMap<>();
    add(jpql, params, "a.actor = :actor", "actor", actor);
    add(jpql, params, "a.action = :action", "action", action == null ? null : action.name());
    add(jpql, params, "a.at >= :from", "from", from);
    add(jpql, params, "a.at < :to", "to", to);
    TypedQuery<AuditEntry> query =
        em.createQuery(jpql.append(" ORDER BY a.at DESC, a.id DESC").toString(), AuditEntry.class);
    params.forEach(query::setParameter);
    return query.setFirstResult(page * size).setMaxResults(size).getResultList();
  }

  private static void add(
      StringBuilder jpql, Map<String, Object> params, String clause, String name, Object value) {
    if (value != null) {
      jpql.append(" AND ").append(clause);
      params.put(name, value);
    }
  }

  static LocalDateTime now() {
    return LocalDateTime.now(ZoneOffset.UTC);
  }
}
