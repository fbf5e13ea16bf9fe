package fr.cadre.agreement.control;

import fr.cadre.access.control.Caller;
import fr.cadre.access.entity.Scope;
import fr.cadre.agreement.entity.Site;
import fr.cadre.agreement.entity.SiteAssignment;
import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the sites where services are delivered. Lists and reads for a caller are limited to the
 * sites they may see ({@link #visible}); the lookups that issuing and the import use are not.
 */
@ApplicationScoped
@Transactional
public class Sites {

  @PersistenceContext EntityManager em;
  @Inject Caller caller;

  /** A new site served by its first lot: a site is never created without one. */
  public Site create(String code, Site.Placement placement, SiteAssignment.Terms lot) {
    Violations v = new Violations().required("code", code);
    placement.check(v);
    lot.check(placement.member(), v).throwIfAny();
    Site site = create(code, placement);
    site.assign(lot);
    return site;
  }

  /**
   * A new site with no lot yet; the import writes its lots as items of their own, right after the
   * sites.
   */
  public Site create(String code, Site.Placement placement) {
    new Violations().required("code", code).throwIfAny();
    if (byCode(code).isPresent()) {
      throw DomainException.conflict("duplicate-site", "un site de code " + code + " existe déjà");
    }
    Site site = new Site(code, placement);
    em.persist(site);
    return site;
  }

  /** Revises the site's description and, when given, the lot serving it (added or revised). */
  public Site revise(long id, Site.Placement placement, Optional<SiteAssignment.Terms> lot) {
    Site site = site(id);
    site.revise(placement);
    lot.ifPresent(site::assign);
    return site;
  }

  /** Records that a lot serves the site, or revises the holder and days of one that does. */
  public SiteAssignment assign(long siteId, SiteAssignment.Terms terms) {
    return site(siteId).assign(terms);
  }

  /** The sites a lot serves, by site code. */
  public List<SiteAssignment> servedBy(long lotId) {
    if (caller.scope().consortiumWide()) {
      return em.createNamedQuery("SiteAssignment.byLot", SiteAssignment.class)
          .setParameter("lot", lotId)
          .getResultList();
    }
    StringBuilder jpql =
        new StringBuilder("SELECT a FROM SiteAssignment a JOIN a.site s WHERE a.lot.id = :lot");
    Map<String, Object> params = new HashMap<>();
    params.put("lot", lotId);
    visibleTo(jpql, params);
    TypedQuery<SiteAssignment> query =
        em.createQuery(jpql.append(" ORDER BY s.code").toString(), SiteAssignment.class);
    params.forEach(query::setParameter);
    return query.getResultList();
  }

  /** A site the caller may see; another is not found (404), as if it did not exist. */
  public Site visible(long id) {
    StringBuilder jpql = new StringBuilder("SELECT s FROM Site s WHERE s.id = :id");
    Map<String, Object> params = new HashMap<>();
    params.put("id", id);
    visibleTo(jpql, params);
    TypedQuery<Site> query = em.createQuery(jpql.toString(), Site.class);
    params.forEach(query::setParameter);
    return query
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () -> {
              if (em.find(Site.class, id) != null) {
                caller.hidden("site " + id);
              }
              return DomainException.notFound("site", id);
            });
  }

  /**
   * Restricts {@code s} to the caller's sites: a member's own (the coordinator's users see every
   * site of the consortium it coordinates, as R2162-6 lets it order for them), the sites served by
   * a lot an operator holds, every site for a consortium-wide user.
   */
  private void visibleTo(StringBuilder jpql, Map<String, Object> params) {
    Scope scope = caller.scope();
    if (scope.ofMember()) {
      params.put("callerMember", scope.memberId());
      List<Long> coordinated = caller.coordinatedConsortia();
      if (coordinated.isEmpty()) {
        jpql.append(" AND s.member.id = :callerMember");
      } else {
        jpql.append(
            " AND (s.member.id = :callerMember OR s.member.consortium.id IN :callerConsortia)");
        params.put("callerConsortia", coordinated);
      }
    } else if (scope.ofOperator()) {
      params.put("callerOperator", scope.operatorId());
      jpql.append(
          " AND EXISTS (SELECT a2 FROM SiteAssignment a2 JOIN a2.lot l2 JOIN l2.holders h2"
              + " WHERE a2.site = s AND h2.operator.id = :callerOperator)");
    }
  }

  public Site end(long id, LocalDate on) {
    Site site = site(id);
    site.endOn(on);
    return site;
  }

  /**
   * A site with what issuing a voucher reads through it (member, the lots serving it, their
   * agreements, the consortia) in one query, one row per lot, rather than one query per relation:
   * the issue path runs it on every voucher. EclipseLink ignores a JPQL fetch join nested under
   * another one, hence the named query's hints for the lots, their agreements and the consortia.
   * The lot's collections are not joined: the holders and the price lines an order names have
   * queries of their own in {@link Agreements}. Issuing writes no site, so the query does not flush
   * the vouchers being issued before it runs.
   */
  public Site forOrdering(long id) {
    return em.createNamedQuery("Site.forOrdering", Site.class)
        .setFlushMode(FlushModeType.COMMIT)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> DomainException.notFound("site", id));
  }

  public Site site(long id) {
    return Optional.ofNullable(em.find(Site.class, id))
        .orElseThrow(() -> DomainException.notFound("site", id));
  }

  public Optional<Site> byCode(String code) {
    return em.createNamedQuery("Site.byCode", Site.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  /**
   * Sites filtered by member and by a lot serving them (either may be null), a page at a time. A
   * site served under several agreements is listed once.
   */
  public List<Site> find(Long memberId, Long lotId, int page, int size) {
    StringBuilder jpql = new StringBuilder("SELECT s FROM Site s WHERE 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (memberId != null) {
      jpql.append(" AND s.member.id = :member");
      params.put("member", memberId);
    }
    if (lotId != null) {
      jpql.append(
          " AND EXISTS (SELECT a FROM SiteAssignment a WHERE a.site = s AND a.lot.id = :lot)");
      params.put("lot", lotId);
    }
    visibleTo(jpql, params);
    TypedQuery<Site> query = em.createQuery(jpql.append(" ORDER BY s.code").toString(), Site.class);
    params.forEach(query::setParameter);
    return query.setFirstResult(page * size).setMaxResults(size).getResultList();
  }
}
