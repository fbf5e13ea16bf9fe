package fr.cadre.ordering.control;

import fr.cadre.agreement.entity.LotPeriod;
import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.Money;
import fr.cadre.ordering.entity.OrderingPolicy;
import fr.cadre.platform.NativeStatement;
import fr.cadre.platform.Returning;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The running total of each lot and period (R2162-4), moved by one conditional UPDATE: the row lock
 * it takes makes concurrent issues queue, in one instance or several, and the WHERE clause refuses
 * the one that would overrun the maximum. One statement under the lock keeps it held briefly. A
 * refusal does not doom the transaction: its owner decides (see {@link IssueBatch}). The running
 * totals are only ever moved by these statements, never through an entity, so they need not flush
 * the persistence context first (in a batch of issues that flush would recompute every voucher's
 * changes before every statement).
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
public class Budget {

  private static final String CONSUME =
      "UPDATE lot_period SET consumed = consumed + ?1"
          + " WHERE lot_id = ?2 AND period_index = ?3"
          + " AND (maximum IS NULL OR consumed + ?1 <= maximum)";

  @PersistenceContext EntityManager em;
  @Inject Returning returning;

  /** Adds the amount, or refuses with what is left; returns the headroom after it, if any. */
  public Consumption consume(
      long lotId,
      int period,
      int lotNumber,
      String periodLabel,
      Money amount,
      OrderingPolicy policy) {
    List<?> moved = consuming(lotId, period, amount).query(em).getResultList();
    boolean updated = !moved.isEmpty();
    // Refused: read what is left, for the message (no lock was taken, the row is unchanged).
    Object[] row = updated ? (Object[]) moved.get(0) : limits(lotId, period);
    if (row == null) {
      throw DomainException.conflict(
          "R2162-4",
          "R2162-4 : le lot " + lotNumber + " n'a pas de limites pour la " + periodLabel);
    }
    Money maximum = row[0] == null ? null : new Money((BigDecimal) row[0]);
    Money consumed = new Money((BigDecimal) row[1]);
    if (!updated) {
      Money left = maximum.minus(consumed);
      throw DomainException.conflict(
          "R2162-4",
          "R2162-4 : le maximum du lot "
              + lotNumber
              + " pour la "
              + periodLabel
              + " serait dépassé de "
              + amount.minus(left).toFrench()
              + " ; reste "
              + left.toFrench());
    }
    return consumption(lotNumber, periodLabel, consumed.minus(amount), consumed, maximum, policy);
  }

  private static Consumption consumption(
      int lotNumber,
      String periodLabel,
      Money before,
      Money after,
      Money maximum,
      OrderingPolicy policy) {
    List<String> warnings =
        policy
            .thresholdWarning(lotNumber, periodLabel, before, after, maximum)
            .map(List::of)
            .orElse(List.of());
    return new Consumption(maximum == null ? null : maximum.minus(after), warnings);
  }

  /**
   * Adds several vouchers' amounts to the same lot period, in their order: one statement when they
   * all fit, each then seeing the ones before it (headroom, threshold warnings) as if added one by
   * one; otherwise one by one, each added or refused.
   */
  public List<Attempt<Consumption>> consumeAll(
      long lotId,
      int period,
      int lotNumber,
      String periodLabel,
      List<Money> amounts,
      OrderingPolicy policy) {
    List<Attempt<Consumption>> outcomes = new ArrayList<>();
    if (amounts.size() > 1) {
      Money sum = amounts.stream().reduce(Money.ZERO, Money::plus);
      List<?> moved = consuming(lotId, period, sum).query(em).getResultList();
      if (!moved.isEmpty()) {
        return consumedTogether(lotNumber, periodLabel, amounts, (Object[]) moved.get(0), policy);
      }
    }
    for (Money amount : amounts) {
      try {
        outcomes.add(Attempt.of(consume(lotId, period, lotNumber, periodLabel, amount, policy)));
      } catch (DomainException refused) {
        outcomes.add(Attempt.refused(refused));
      }
    }
    return outcomes;
  }

  /** The statement that adds {@code amount} within the maximum, returning the row's figures. */
  NativeStatement consuming(long lotId, int period, Money amount) {
    return NativeStatement.of(
        returning.sql(CONSUME, "maximum, consumed"), amount.amount(), lotId, period);
  }

  /**
   * What each voucher of one statement's sum gets once {@code row} (maximum, consumed after the
   * sum) came back: its headroom and warnings as if they had been added one after the other.
   */
  static List<Attempt<Consumption>> consumedTogether(
      int lotNumber, String periodLabel, List<Money> amounts, Object[] row, OrderingPolicy policy) {
    Money sum = amounts.stream().reduce(Money.ZERO, Money::plus);
    Money maximum = row[0] == null ? null : new Money((BigDecimal) row[0]);
    Money running = new Money((BigDecimal) row[1]).minus(sum);
    List<Attempt<Consumption>> outcomes = new ArrayList<>();
    for (Money amount : amounts) {
      Money before = running;
      running = running.plus(amount);
      outcomes.add(
          Attempt.of(consumption(lotNumber, periodLabel, before, running, maximum, policy)));
    }
    return outcomes;
  }

  /** Gives an amount back (a cancelled voucher). */
  public void release(long lotId, int period, Money amount) {
    em.createNativeQuery(
            "UPDATE lot_period SET consumed = consumed - ?1 WHERE lot_id = ?2 AND period_index = ?3")
        .setFlushMode(FlushModeType.COMMIT)
        .setParameter(1, amount.amount())
        .setParameter(2, lotId)
        .setParameter(3, period)
        .executeUpdate();
  }

  private Object[] limits(long lotId, int period) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT maximum, consumed FROM lot_period WHERE lot_id = ?1 AND period_index = ?2")
            .setFlushMode(FlushModeType.COMMIT)
            .setParameter(1, lotId)
            .setParameter(2, period)
            .getResultList();
    return rows.isEmpty() ? null : (Object[]) rows.get(0);
  }

  /** Headroom left after a voucher (empty without maximum), and threshold warnings. */
  public record Consumption(Money headroomAfter, List<String> warnings) {}

  /** The current headroom of a lot period, read without locking, for previews. */
  public LotPeriod lotPeriod(long lotId, int period) {
    return em.createQuery(
            "SELECT p FROM LotPeriod p WHERE p.lot.id = :lot AND p.periodIndex = :period",
            LotPeriod.class)
        .setParameter("lot", lotId)
        .setParameter("period", period)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
