package fr.cadre.ordering.control;

import fr.cadre.access.control.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;

/**
 * Checks the running totals that issuing keeps (lot_period.consumed) against the vouchers
 * themselves: for each lot and period, the sum of the non-cancelled issued vouchers. Dashboards
 * read the running totals; this is how anyone can verify that they can be trusted.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Reconciliation {

  @PersistenceContext EntityManager em;
  @Inject Caller caller;

  /**
   * Lot-wide running totals against every member's vouchers: for consortium-wide users only (403
   * for a member's finance, who would otherwise see the other members' consumption).
   */
  public List<Line> ofAgreement(long agreementId) {
    caller.requireConsortiumWide("le rapprochement des totaux");
    List<?> rows =
        em.createNativeQuery(
                "SELECT l.id, l.number, p.period_index, p.consumed,"
                    + " COALESCE(SUM(v.total_ht), 0), COUNT(v.id)"
                    + " FROM lot l JOIN lot_period p ON p.lot_id = l.id"
                    + " LEFT JOIN voucher v ON v.lot_id = l.id AND v.period_index = p.period_index"
                    + "   AND v.status NOT IN ('DRAFT', 'CANCELLED')"
                    + " WHERE l.agreement_id = ?1"
                    + " GROUP BY l.id, l.number, p.period_index, p.consumed"
                    + " ORDER BY l.number, p.period_index")
            .setParameter(1, agreementId)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new Line(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).intValue(),
                    ((Number) r[2]).intValue(),
                    (BigDecimal) r[3],
                    new BigDecimal(r[4].toString()).setScale(2),
                    ((Number) r[5]).longValue()))
        .toList();
  }

  /** One lot and period: the running total beside what its vouchers add up to. */
  public record Line(
      long lotId,
      int lotNumber,
      int periodIndex,
      BigDecimal runningTotal,
      BigDecimal vouchersTotal,
      long voucherCount) {

    public boolean consistent() {
      return runningTotal.compareTo(vouchersTotal) == 0;
    }
  }
}
