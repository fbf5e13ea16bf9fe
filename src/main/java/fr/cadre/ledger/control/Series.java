package fr.cadre.ledger.control;

import fr.cadre.access.control.Caller;
import fr.cadre.agreement.control.Agreements;
import fr.cadre.kernel.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Time series for charts: the committed amount cumulated month by month within each period, per lot
 * (beside its maximum and minimum), per member or per site. Sums the agreement's vouchers by issue
 * month: one grouped query, not a row per voucher.
 *
 * <p>Scope: the caller's condition goes into {@link #SERIES}'s WHERE clause: a member's user sees
 * its member's vouchers only, lot by lot beside the lot's limits.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Series {

  /** What a series is drawn per. */
  public enum By {
    LOT("v.lot_id", "CAST(n.number AS VARCHAR(10))", "lot n ON n.id = v.lot_id"),
    MEMBER("v.member_id", "n.name", "member n ON n.id = v.member_id"),
    SITE("v.site_id", "n.code", "site n ON n.id = v.site_id");

    final String key;
    final String name;
    final String join;

    By(String key, String name, String join) {
      this.key = key;
      this.name = name;
      this.join = join;
    }
  }

  /** One month of a series: what was committed in it, and since the period's start. */
  public record Point(YearMonth month, Money committed, Money cumulated) {}

  /** One series: whose, which period, its limits (lots only) and its points. */
  public record Line(
      long id, String name, int periodIndex, Money minimum, Money maximum, List<Point> points) {}

  private static final String SERIES =
      "SELECT %s, %s, v.period_index, EXTRACT(YEAR FROM v.issue_date), EXTRACT(MONTH FROM v.issue_date),"
          + " SUM(v.total_ht - v.released_ht) FROM voucher v JOIN %s"
          + " WHERE v.agreement_id = ?1 AND v.status NOT IN ('DRAFT', 'CANCELLED')%s"
          + " GROUP BY %s, %s, v.period_index, EXTRACT(YEAR FROM v.issue_date), EXTRACT(MONTH FROM v.issue_date)"
          + " ORDER BY %s, v.period_index, EXTRACT(YEAR FROM v.issue_date), EXTRACT(MONTH FROM v.issue_date)";

  @PersistenceContext EntityManager em;
  @Inject Agreements agreements;
  @Inject Caller caller;

  public List<Line> of(long agreementId, By by) {
    agreements.agreement(agreementId);
    List<?> rows =
        em.createNativeQuery(
                SERIES.formatted(
                    by.key,
                    by.name,
                    by.join,
                    ScopeClause.and(caller.scope(), "v.member_id", "v.holder_id"),
                    by.key,
                    by.name,
                    by.key))
            .setParameter(1, agreementId)
            .getResultList();
    Map<String, Line> lines = new LinkedHashMap<>();
    for (Object r : rows) {
      Object[] c = (Object[]) r;
      long id = ((Number) c[0]).longValue();
      int period = ((Number) c[2]).intValue();
      Line line =
          lines.computeIfAbsent(
              id + "/" + period,
              k -> {
                Money[] limits = by == By.LOT ? limits(id, period) : new Money[2];
                return new Line(
                    id,
                    (by == By.LOT ? "Lot " : "") + c[1],
                    period,
                    limits[0],
                    limits[1],
                    new ArrayList<>());
              });
      Money month = new Money(new BigDecimal(c[5].toString()));
      Money before =
          line.points().isEmpty()
              ? Money.ZERO
              : line.points().get(line.points().size() - 1).cumulated();
      line.points()
          .add(
              new Point(
                  YearMonth.of(((Number) c[3]).intValue(), ((Number) c[4]).intValue()),
                  month,
                  before.plus(month)));
    }
    return List.copyOf(lines.values());
  }

  private Money[] limits(long lotId, int period) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT minimum, maximum FROM lot_period WHERE lot_id = ?1 AND period_index = ?2")
            .setParameter(1, lotId)
            .setParameter(2, period)
            .getResultList();
    if (rows.isEmpty()) {
      return new Money[2];
    }
    Object[] c = (Object[]) rows.get(0);
    return new Money[] {Money.of((BigDecimal) c[0]), Money.of((BigDecimal) c[1])};
  }
}
