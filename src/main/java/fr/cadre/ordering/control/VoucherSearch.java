package fr.cadre.ordering.control;

import fr.cadre.access.control.Caller;
import fr.cadre.access.entity.Scope;
import fr.cadre.kernel.DomainException;
import fr.cadre.ordering.entity.Voucher;
import fr.cadre.ordering.entity.VoucherStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists vouchers by the filters buyers use, a page at a time, newest first (drafts before the
 * issued vouchers, see {@link Sort}), and finds one by its id: always within what the caller may
 * see ({@link Caller}: a member's users their member's vouchers, an operator's its own), in the
 * query itself, so that no filter widens it and a voucher outside it is not found.
 */
@ApplicationScoped
public class VoucherSearch {

  /** The paths of a voucher's member and holder, for {@link Caller#where}. */
  static final String MEMBER = "v.member.id";

  static final String HOLDER = "v.holder.id";

  @PersistenceContext EntityManager em;
  @Inject Caller caller;

  public List<Voucher> find(Filter f, int page, int size) {
    return find(f, Sort.ISSUE_DATE, false, page, size);
  }

  /** The same, sorted by one column, the newest voucher first among equals. */
  public List<Voucher> find(Filter f, Sort sort, boolean ascending, int page, int size) {
    return find(f, sort, ascending, page * size, size, "1 = 1");
  }

  /** One page of a list, and whether another page follows it. */
  public record Found(List<Voucher> vouchers, boolean more) {

    static Found of(List<Voucher> onePast, int size) {
      boolean more = onePast.size() > size;
      return new Found(more ? List.copyOf(onePast.subList(0, size)) : onePast, more);
    }
  }

  /**
   * Page {@code page} of {@code size} vouchers, sorted by one column, and whether more follow: one
   * voucher past the page is read to know, none is counted.
   */
  public Found page(Filter f, Sort sort, boolean ascending, int page, int size) {
    return Found.of(find(f, sort, ascending, page * size, size + 1, "1 = 1"), size);
  }

  /**
   * The same for the issued vouchers only (never a draft), newest first: what a holder receives.
   * Drafts are left out in the query, so that every page is full.
   */
  public Found issuedPage(Filter f, int page, int size) {
    return Found.of(
        find(f, Sort.ISSUE_DATE, false, page * size, size + 1, "v.number IS NOT NULL"), size);
  }

  private List<Voucher> find(
      Filter f, Sort sort, boolean ascending, int first, int max, String condition) {
    // The page's ids first, then their vouchers: the ids are sorted from an index that holds
    // every column a list filters or sorts by, without reading the vouchers' rows.
    StringBuilder jpql = new StringBuilder("SELECT v.id FROM Voucher v WHERE ").append(condition);
    Map<String, Object> params = new LinkedHashMap<>();
    where(f, jpql, params);
    caller.where(jpql, params, MEMBER, HOLDER);
    // Smallest or oldest first is exactly the other direction read backwards, ties included, so
    // that one index in the list's order serves both (V17, V18).
    jpql.append(" ORDER BY ").append(sort.order(ascending));
    if (sort != Sort.ISSUE_DATE) {
      jpql.append(", ").append(Sort.ISSUE_DATE.order(ascending));
    }
    jpql.append(", ").append(Sort.NUMBER.order(ascending));
    jpql.append(ascending ? ", v.id ASC" : ", v.id DESC");
    TypedQuery<Long> query = em.createQuery(jpql.toString(), Long.class);
    params.forEach(query::setParameter);
    List<Long> ids = query.setFirstResult(first).setMaxResults(max).getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Voucher> byId = new HashMap<>();
    for (Voucher v :
        em.createQuery("SELECT v FROM Voucher v WHERE v.id IN :ids", Voucher.class)
            .setParameter("ids", ids)
            .getResultList()) {
      byId.put(v.id(), v);
    }
    // A voucher gone between the two reads is left out.
    return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
  }

  /**
   * Ids of the issued (never draft) vouchers matching the filters, in id order after {@code
   * afterId}: a walk through thousands that new issues cannot shift, as paging by offset would.
   */
  public List<Long> issuedIdsAfter(Filter f, Scope scope, long afterId, int size) {
    StringBuilder jpql =
        new StringBuilder(
            "SELECT v.id FROM Voucher v WHERE v.id > :after AND v.number IS NOT NULL");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("after", afterId);
    where(f, jpql, params);
    Caller.where(scope, jpql, params, MEMBER, HOLDER);
    jpql.append(" ORDER BY v.id");
    TypedQuery<Long> query = em.createQuery(jpql.toString(), Long.class);
    params.forEach(query::setParameter);
    return query.setMaxResults(size).getResultList();
  }

  /**
   * The issued vouchers matching the filters after {@code afterId}, in id order (exports), within
   * the scope of the request that started them.
   */
  public List<Voucher> issuedAfter(Filter f, Scope scope, long afterId, int size) {
    StringBuilder jpql =
        new StringBuilder("SELECT v FROM Voucher v WHERE v.id > :after AND v.number IS NOT NULL");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("after", afterId);
    where(f, jpql, params);
    Caller.where(scope, jpql, params, MEMBER, HOLDER);
    jpql.append(" ORDER BY v.id");
    TypedQuery<Voucher> query = em.createQuery(jpql.toString(), Voucher.class);
    params.forEach(query::setParameter);
    return query.setMaxResults(size).getResultList();
  }

  /** The caller's scope, for work that outlasts the request's own (a streamed archive). */
  public Scope scope() {
    return caller.scope();
  }

  /**
   * The voucher, if the caller may see it; else not found (404), exactly as if it did not exist,
   * and the refusal recorded when it does.
   */
  public Voucher visible(long id) {
    StringBuilder jpql = new StringBuilder("SELECT v FROM Voucher v WHERE v.id = :id");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("id", id);
    caller.where(jpql, params, MEMBER, HOLDER);
    TypedQuery<Voucher> query = em.createQuery(jpql.toString(), Voucher.class);
    params.forEach(query::setParameter);
    return query
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () -> {
              if (em.find(Voucher.class, id) != null) {
                caller.hidden("bon de commande " + id);
              }
              return DomainException.notFound("bon de commande", id);
            });
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

  /**
   * The columns a list may be sorted by. A draft has no issue date and no number yet: it sorts as
   * later than every issued voucher, so that a list newest first opens on the officer's drafts, the
   * work still in hand, and a list oldest first ends on them. Each database has its own default
   * place for NULLs in a sort (PostgreSQL after every value, H2 before), so the place is always
   * written out; V17's indexes hold the same order.
   */
  public enum Sort {
    ISSUE_DATE("v.issueDate", true),
    NUMBER("v.number", true),
    TOTAL("v.totalHt", false),
    STATUS("v.status", false);

    private final String column;
    private final boolean emptyInDrafts;

    Sort(String column, boolean emptyInDrafts) {
      this.column = column;
      this.emptyInDrafts = emptyInDrafts;
    }

    /** The JPQL ORDER BY item, drafts' empty values after every value. */
    String order(boolean ascending) {
      if (!emptyInDrafts) {
        return column + (ascending ? " ASC" : " DESC");
      }
      return column + (ascending ? " ASC NULLS LAST" : " DESC NULLS FIRST");
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
