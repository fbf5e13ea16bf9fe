package fr.cadre.ordering.control;

import fr.cadre.ordering.entity.Voucher;
import fr.cadre.ordering.entity.VoucherStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lists vouchers by the filters buyers use, a page at a time, newest number first. */
@ApplicationScoped
public class VoucherSearch {

  @PersistenceContext EntityManager em;

  public List<Voucher> find(Filter f, int page, int size) {
    StringBuilder jpql = new StringBuilder("SELECT v FROM Voucher v WHERE 1 = 1");
    Map<String, Object> params = new LinkedHashMap<>();
    where(f, jpql, params);
    jpql.append(" ORDER BY v.issueDate DESC, v.number DESC, v.id DESC");
    TypedQuery<Voucher> query = em.createQuery(jpql.toString(), Voucher.class);
    params.forEach(query::setParameter);
    return query.setFirstResult(page * size).setMaxResults(size).getResultList();
  }

  /**
   * Ids of the issued (never draft) vouchers matching the filters, in id order after {@code
   * afterId}: a walk through thousands that new issues cannot shift, as paging by offset would.
   */
  public List<Long> issuedIdsAfter(Filter f, long afterId, int size) {
    StringBuilder jpql =
        new StringBuilder(
            "SELECT v.id FROM Voucher v WHERE v.id > :after AND v.number IS NOT NULL");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("after", afterId);
    where(f, jpql, params);
    jpql.append(" ORDER BY v.id");
    TypedQuery<Long> query = em.createQuery(jpql.toString(), Long.class);
    params.forEach(query::setParameter);
    return query.setMaxResults(size).getResultList();
  }

  /** The issued vouchers matching the filters after {@code afterId}, in id order (exports). */
  public List<Voucher> issuedAfter(Filter f, long afterId, int size) {
    StringBuilder jpql =
        new StringBuilder("SELECT v FROM Voucher v WHERE v.id > :after AND v.number IS NOT NULL");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("after", afterId);
    where(f, jpql, params);
    jpql.append(" ORDER BY v.id");
    TypedQuery<Voucher> query = em.createQuery(jpql.toString(), Voucher.class);
    params.forEach(query::setParameter);
    return query.setMaxResults(size).getResultList();
  }

  /** The filters that are set, as JPQL conditions on {@code v}. */
  private static void where(Filter f, StringBuilder jpql, Map<String, Object> params) {
    add(jpql, params, "v.member.id = :member", "member", f.member());
    add(jpql, params, "v.lot.id = :lot", "lot", f.lot());
    add(jpql, params, "v.site.id = :site", "site", f.site());
    add(jpql, params, "v.holder.id = :holder", "holder", f.holder());
    add(jpql, params, "v.status = :status", "status", f.status());
    add(jpql, params, "v.periodIndex = :period", "period", f.period());
    add(jpql, params, "v.issueDate >= :from", "from", f.from());
    add(jpql, params, "v.issueDate <= :to", "to", f.to());
  }

  private static void add(
      StringBuilder jpql, Map<String, Object> params, String clause, String name, Object value) {
    if (value != null) {
      jpql.append(" AND ").append(clause);
      params.put(name, value);
    }
  }

  /** The list's filters; any may be null. */
  public record Filter(
      Long member,
      Long lot,
      Long site,
      Long holder,
      VoucherStatus status,
      Integer period,
      LocalDate from,
      LocalDate to) {}
}
