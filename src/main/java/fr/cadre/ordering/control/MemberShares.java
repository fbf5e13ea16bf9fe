package fr.cadre.ordering.control;

import fr.cadre.directory.entity.Member;
import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.Money;
import fr.cadre.platform.NativeStatement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Each member orders and pays its own share (DOMAIN rule 5, on top of R2162-4): its running total
 * per agreement period lives in {@code member_period} and moves by one conditional UPDATE in the
 * issuing transaction, after the lot-period row, always in that order so that two issues never wait
 * on each other crosswise. The share itself is worked out before any lock is taken. The running
 * totals are never entities, so their statements need not flush the persistence context first.
 */
@ApplicationScoped
@Transactional(
    value = Transactional.TxType.MANDATORY,
    dontRollbackOn = {DomainException.class, RowsNotPrepared.class})
public class MemberShares {

  @PersistenceContext EntityManager em;

  /** The member's share for the period, if its constitutive agreement sets one. */
  public Optional<Money> shareOf(Member member, long agreementId, int period) {
    return member.shareOf(() -> agreementMaximum(agreementId, period));
  }

  /**
   * Adds the voucher's amount to the member's total, or refuses with what its share leaves; the
   * refusal leaves the row unchanged and the transaction to its owner.
   */
  public void consume(
      Member member,
      long agreementId,
      int period,
      String periodLabel,
      Money amount,
      Optional<Money> share) {
    if (update(member, agreementId, period, amount, share) == 1) {
      return;
    }
    BigDecimal consumed = consumed(member.id(), agreementId, period);
    // No row, or a row another first issue was creating and had not committed when the update ran.
    if (consumed == null
        || share.isEmpty()
        || new Money(consumed).plus(amount).compareTo(share.get()) <= 0) {
      throw new RowsNotPrepared("running total of member " + member.id() + ", period " + period);
    }
    Money left = share.get().minus(new Money(consumed));
    throw DomainException.conflict(
        "R2162-4",
        "R2162-4 : la part de "
            + member.name()
            + " fixée par la convention constitutive pour la "
            + periodLabel
            + " serait dépassée de "
            + amount.minus(left).toFrench()
            + " ; reste "
            + left.toFrench());
  }

  /**
   * Adds several vouchers' amounts to the member's total for one period: one statement when they
   * all fit its share (or it has none), otherwise one by one, each added or refused.
   */
  public List<Attempt<Money>> consumeAll(
      Member member,
      long agreementId,
      int period,
      String periodLabel,
      List<Money> amounts,
      Optional<Money> share) {
    List<Attempt<Money>> outcomes = new ArrayList<>();
    if (amounts.size() > 1) {
      Money sum = amounts.stream().reduce(Money.ZERO, Money::plus);
      if (update(member, agreementId, period, sum, share) == 1) {
        amounts.forEach(amount -> outcomes.add(Attempt.of(amount)));
        return outcomes;
      }
    }
    for (Money amount : amounts) {
      try {
        consume(member, agreementId, period, periodLabel, amount, share);
        outcomes.add(Attempt.of(amount));
      } catch (DomainException | RowsNotPrepared refused) {
        outcomes.add(Attempt.refused(refused));
      }
    }
    return outcomes;
  }

  private int update(
      Member member, long agreementId, int period, Money amount, Optional<Money> share) {
    return consuming(member, agreementId, period, amount, share).query(em).executeUpdate();
  }

  /** The statement that adds {@code amount} within the member's share, if it has one: 1 row. */
  NativeStatement consuming(
      Member member, long agreementId, int period, Money amount, Optional<Money> share) {
    String sql =
        "UPDATE member_period SET consumed = consumed + ?1"
            + " WHERE member_id = ?2 AND agreement_id = ?3 AND period_index = ?4"
            + (share.isPresent() ? " AND consumed + ?1 <= ?5" : "");
    return share.isPresent()
        ? NativeStatement.of(
            sql, amount.amount(), member.id(), agreementId, period, share.get().amount())
        : NativeStatement.of(sql, amount.amount(), member.id(), agreementId, period);
  }

  /** Gives an amount back (a cancelled voucher). */
  public void release(long memberId, long agreementId, int period, Money amount) {
    em.createNativeQuery(
            "UPDATE member_period SET consumed = consumed - ?1"
                + " WHERE member_id = ?2 AND agreement_id = ?3 AND period_index = ?4")
        .setFlushMode(FlushModeType.COMMIT)
        .setParameter(1, amount.amount())
        .setParameter(2, memberId)
        .setParameter(3, agreementId)
        .setParameter(4, period)
        .executeUpdate();
  }

  /** The member's running total, or null when its row does not exist yet. */
  BigDecimal consumed(long memberId, long agreementId, int period) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT consumed FROM member_period"
                    + " WHERE member_id = ?1 AND agreement_id = ?2 AND period_index = ?3")
            .setFlushMode(FlushModeType.COMMIT)
            .setParameter(1, memberId)
            .setParameter(2, agreementId)
            .setParameter(3, period)
            .getResultList();
    return rows.isEmpty() ? null : (BigDecimal) rows.get(0);
  }

  /** What all the agreement's lots allow in the period; null when one of them has no maximum. */
  private Money agreementMaximum(long agreementId, int period) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT SUM(p.maximum), COUNT(*) - COUNT(p.maximum) FROM lot_period p"
                        + " JOIN lot l ON l.id = p.lot_id"
                        + " WHERE l.agreement_id = ?1 AND p.period_index = ?2 AND l.active = TRUE")
                .setParameter(1, agreementId)
                .setParameter(2, period)
                .getSingleResult();
    if (row[0] == null || ((Number) row[1]).longValue() > 0) {
      return null;
    }
    return new Money((BigDecimal) row[0]);
  }
}
