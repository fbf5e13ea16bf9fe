package fr.cadre.ordering.control;

import fr.cadre.agreement.entity.FrameworkAgreement.IssueWindow;
import fr.cadre.kernel.Money;
import fr.cadre.ordering.entity.IdempotencyKey;
import fr.cadre.ordering.entity.MemberFinance;
import fr.cadre.ordering.entity.Voucher;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A voucher checked and ready to be counted and numbered, with what the checks found (the period,
 * the warnings, the member's share, how it checks its budget lines); or, as {@code done}, the
 * answer when there is nothing to do.
 */
public record Ready(
    Voucher voucher,
    boolean isNew,
    IssueWindow window,
    Optional<Money> share,
    LocalDate issueDate,
    IdempotencyKey idempotencyKey,
    String actor,
    Issued done,
    MemberFinance.BudgetCheck budgetCheck) {

  static Ready done(Issued answer) {
    return new Ready(
        answer.voucher(), false, null, Optional.empty(), null, null, null, answer, null);
  }
}
