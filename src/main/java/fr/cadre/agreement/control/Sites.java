package fr.cadre.agreement.control;

import fr.cadre.agreement.entity.Site;
import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Keeps the sites where services are delivered. */
@ApplicationScoped
@Transactional
public class Sites {

  @PersistenceContext EntityManager em;

  /** The code is required: the REST input's constraint and the import's row check say so. */
  public Site create(String code, Site.Placement placement) {
    placement.check(new Violations()).throwIfAny();
    if (byCode(code).isPresent()) {
      throw DomainException.conflict("duplicate-site", "un site de code " + code + " existe déjà");
    }
    Site site = new Site(code, placement);
    em.persist(site);
    return site;
  }

  public Site revise(long id, Site.Placement placement) {
    placement.check(new Violations()).throwIfAny();
    Site site = site(id);
    site.revise(placement);
    return site;
  }

  public Site end(long id, LocalDate on) {
    Site site = site(id);
    site.endOn(on);
    return site;
  }

  /**
   * A site with what issuing a voucher reads through it (member, lot, agreement, consortium) in one
   * query and one row, rather than one query per relation: the issue path runs it on every voucher.
   * EclipseLink ignores a JPQL fetch join nested under another one, hence the named query's hints
   * for the agreement and the consortia. The lot's collections are not joined: the holders and the
   * price lines an order names have queries of their own in {@link Agreements}. Issuing writes no
   * site, so the query does not flush the vouchers being issued before it runs.
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

  /** Sites filtered by member and lot (either may be null), a page at a time. */
  public List<Site> find(Long memberId, Long lotId, int page, int size) {
    StringBuilder jpql = new StringBuilder("SELECT s FROM Site s WHERE 1 = 1");
    if (memberId != null) {
      jpql.append(" AND s.member.id = :member");
    }
    if (lotId != null) {
      jpql.append(" AND s.lot.id = :lot");
    }
    TypedQuery<Site> query = em.createQuery(jpql.append(" ORDER BY s.code").toString(), Site.class);
    if (memberId != null) {
      query.setParameter("member", memberId);
    }
    if (lotId != null) {
      query.setParameter("lot", lotId);
    }
    return query.setFirstResult(page * size).setMaxResults(size).getResultList();
  }
}
