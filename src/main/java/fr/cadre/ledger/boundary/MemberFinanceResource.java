package fr.cadre.ledger.boundary;

import fr.cadre.directory.control.Directory;
import fr.cadre.directory.entity.Member;
import fr.cadre.kernel.Amount;
import fr.cadre.kernel.Money;
import fr.cadre.ordering.control.MemberFinances;
import fr.cadre.ordering.entity.MemberFinance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A member's finance settings: its payment delay (its legal form's by default), its tolerance on
 * invoices beyond the service done (none by default), and its budget check (warn or refuse).
 */
@Path("members/{id}/finance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberFinanceResource {

  @Inject MemberFinances finances;
  @Inject Directory directory;

  @GET
  @Operation(
      summary =
          "Lit les réglages financiers du membre (délai de paiement, tolérance, contrôle budgétaire)")
  public FinanceView read(@PathParam("id") long memberId) {
    Member member = directory.member(memberId);
    return FinanceView.of(member, finances.of(memberId));
  }

  @PUT
  @Operation(summary = "Fixe les réglages financiers du membre")
  public FinanceView update(@PathParam("id") long memberId, @NotNull @Valid FinanceInput input) {
    Member member = directory.member(memberId);
    return FinanceView.of(
        member,
        finances.revise(
            memberId,
            input.paymentDelayDays(),
            Money.of(input.invoiceTolerance()),
            input.budgetCheck()));
  }

  /** What the member set; {@code paymentDelayDays} is the delay that applies. */
  public record FinanceView(
      long memberId,
      int paymentDelayDays,
      Integer ownPaymentDelayDays,
      int legalPaymentDelayDays,
      BigDecimal invoiceTolerance,
      MemberFinance.BudgetCheck budgetCheck) {

    static FinanceView of(Member member, MemberFinance f) {
      return new FinanceView(
          member.id(),
          f.paymentDelayDays(member),
          f.ownPaymentDelayDays(),
          member.paymentDelayDays(),
          f.invoiceTolerance().amount(),
          f.budgetCheck());
    }
  }

  /** Absent fields take the law's defaults. */
  public record FinanceInput(
      Integer paymentDelayDays,
      @Amount BigDecimal invoiceTolerance,
      MemberFinance.BudgetCheck budgetCheck) {}
}
