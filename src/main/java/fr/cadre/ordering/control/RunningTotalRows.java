package fr.cadre.ordering.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Creates the rows an issue only updates (the year's number counter, the member's running totals
 * per period), each call in a transaction of its own, so that the issuing transaction never inserts
 * them: two first issues of a year or of a member may race here, and the loser's insert failing on
 * the primary key must roll back nothing but itself. See {@link Numbering} and {@link
 * MemberShares}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class RunningTotalRows {

  @PersistenceContext EntityManager em;

  /** The year's voucher counter of the consortium, at 0. */
  public void counter(long consortiumId, int year) {
    Number count =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM voucher_counter WHERE consortium_id = ?1 AND counter_year = ?2")
                .setParameter(1, consortiumId)
                .setParameter(2, year)
                .getSingleResult();
    if (count.intValue() == 0) {
      try {
        em.createNativeQuery(
                "INSERT INTO voucher_counter (consortium_id, counter_year, last_number) VALUES (?1, ?2, 0)")
            .setParameter(1, consortiumId)
            .setParameter(2, year)
            .executeUpdate();
      } catch (PersistenceException raced) {
        // another request created it first
      }
    }
  }

  /** The member's running totals for the agreement's periods, at 0. */
  public void memberPeriods(long memberId, long agreementId, List<Integer> periods) {
    for (int period : periods) {
      Number count =
          (Number)
              em.createNativeQuery(
                      "SELECT COUNT(*) FROM member_period"
                          + " WHERE member_id = ?1 AND agreement_id = ?2 AND period_index = ?3")
                  .setParameter(1, memberId)
                  .setParameter(2, agreementId)
                  .setParameter(3, period)
                  .getSingleResult();
      if (count.intValue() > 0) {
        continue;
      }
      try {
        em.createNativeQuery(
                "INSERT INTO member_period (member_id, agreement_id, period_index, consumed)"
                    + " VALUES (?1, ?2, ?3, 0)")
            .setParameter(1, memberId)
            .setParameter(2, agreementId)
            .setParameter(3, period)
            .executeUpdate();
      } catch (PersistenceException raced) {
        return;
      }
    }
  }

  /**
   * The ledger rows of a site and of each holder of a lot it is served by, for every period, at 0;
   * one that exists already is left as it is.
   */
  public void ledgerRows(
      long siteId, long lotId, long agreementId, List<Long> holderIds, List<Integer> periods) {
    for (int period : periods) {
      ledgerRow("SITE", siteId, lotId, agreementId, period);
      for (long holder : holderIds) {
        ledgerRow("HOLDER", holder, lotId, agreementId, period);
      }
    }
  }

  private void ledgerRow(String dimension, long subject, long lotId, long agreementId, int period) {
    Number count =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM ledger_row WHERE lot_id = ?1 AND period_index = ?2"
                        + " AND dimension = ?3 AND subject_id = ?4")
                .setParameter(1, lotId)
                .setParameter(2, period)
                .setParameter(3, dimension)
                .setParameter(4, subject)
                .getSingleResult();
    if (count.intValue() == 0) {
      em.createNativeQuery(
              "INSERT INTO ledger_row (dimension, subject_id, lot_id, period_index, agreement_id)"
                  + " VALUES (?1, ?2, ?3, ?4, ?5)")
          .setParameter(1, dimension)
          .setParameter(2, subject)
          .setParameter(3, lotId)
          .setParameter(4, period)
          .setParameter(5, agreementId)
          .executeUpdate();
    }
  }

  /** The member's running totals on a budget year and line of the agreement, at 0, no credit. */
  public void budgetLine(long memberId, long agreementId, int budgetYear, String budgetLine) {
    Number count =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM budget_line_total WHERE member_id = ?1"
                        + " AND agreement_id = ?2 AND budget_year = ?3 AND budget_line = ?4")
                .setParameter(1, memberId)
                .setParameter(2, agreementId)
                .setParameter(3, budgetYear)
                .setParameter(4, budgetLine)
                .getSingleResult();
    if (count.intValue() == 0) {
      em.createNativeQuery(
              "INSERT INTO budget_line_total (member_id, agreement_id, budget_year, budget_line)"
                  + " VALUES (?1, ?2, ?3, ?4)")
          .setParameter(1, memberId)
          .setParameter(2, agreementId)
          .setParameter(3, budgetYear)
          .setParameter(4, budgetLine)
          .executeUpdate();
    }
  }
}
