package fr.cadre.ordering.control;

import fr.cadre.kernel.Money;
import fr.cadre.ordering.entity.MemberFinance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Each member's finance settings, the law's defaults where it set none. */
@ApplicationScoped
@Transactional
public class MemberFinances {

  @PersistenceContext EntityManager em;

  @Transactional(Transactional.TxType.SUPPORTS)
  public MemberFinance of(long memberId) {
    return Optional.ofNullable(em.find(MemberFinance.class, memberId))
        .orElseGet(() -> MemberFinance.defaults(memberId));
  }

  public MemberFinance revise(
      long memberId,
      Integer paymentDelayDays,
      Money invoiceTolerance,
      MemberFinance.BudgetCheck budgetCheck) {
    MemberFinance finance = em.find(MemberFinance.class, memberId);
    if (finance == null) {
      finance = new MemberFinance(memberId);
      finance.revise(paymentDelayDays, invoiceTolerance, budgetCheck);
      em.persist(finance);
    } else {
      finance.revise(paymentDelayDays, invoiceTolerance, budgetCheck);
    }
    return finance;
  }
}
