package fr.cadre.ordering.entity;

import fr.cadre.directory.entity.Member;
import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.Money;
import fr.cadre.kernel.ReferenceData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What a member set for its own finance: its payment delay where it differs from the one its legal
 * form sets (R2192-10, R2192-11), a tolerance within which an invoice beyond the service done is
 * accepted and flagged (none by default), and whether a voucher beyond its budget line's credit is
 * warned or refused.
 */
@ReferenceData
@Entity
@Table(name = "member_finance")
public class MemberFinance {

  /** The authorising officer's check that credits are available before a commitment. */
  public enum BudgetCheck {
    WARN,
    REFUSE
  }

  @Id
  @Column(name = "member_id")
  private Long memberId;

  @Column(name = "payment_delay_days")
  private Integer paymentDelayDays;

  @Column(name = "invoice_tolerance", nullable = false, precision = 15, scale = 2)
  private Money invoiceTolerance = Money.ZERO;

  @Enumerated(EnumType.STRING)
  @Column(name = "budget_check", nullable = false, length = 10)
  private BudgetCheck budgetCheck = BudgetCheck.WARN;

  @Version private long version;

  protected MemberFinance() {}

  public MemberFinance(long memberId) {
    this.memberId = memberId;
  }

  /** The law's defaults for a member that set nothing. */
  public static MemberFinance defaults(long memberId) {
    return new MemberFinance(memberId);
  }

  public void revise(Integer paymentDelayDays, Money invoiceTolerance, BudgetCheck budgetCheck) {
    if (paymentDelayDays != null && (paymentDelayDays < 1 || paymentDelayDays > 60)) {
      // R2192-10 to R2192-12: no public buyer's delay is over 60 days.
      throw DomainException.invalid(
          "paymentDelayDays", "R2192-10", "le délai de paiement est compris entre 1 et 60 jours");
    }
    if (invoiceTolerance != null && invoiceTolerance.isNegative()) {
      throw DomainException.invalid(
          "invoiceTolerance", "positive", "la tolérance sur les factures ne peut être négative");
    }
    this.paymentDelayDays = paymentDelayDays;
    this.invoiceTolerance = invoiceTolerance == null ? Money.ZERO : invoiceTolerance;
    this.budgetCheck = budgetCheck == null ? BudgetCheck.WARN : budgetCheck;
  }

  /** The member's own delay, or its legal form's. */
  public int paymentDelayDays(Member member) {
    return paymentDelayDays != null ? paymentDelayDays : member.paymentDelayDays();
  }

  public Integer ownPaymentDelayDays() {
    return paymentDelayDays;
  }

  public Money invoiceTolerance() {
    return invoiceTolerance;
  }

  public BudgetCheck budgetCheck() {
    return budgetCheck;
  }

  public long memberId() {
    return memberId;
  }
}
