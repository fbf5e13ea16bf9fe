package fr.cadre.ledger.boundary;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.control.Caller;
import fr.cadre.access.entity.Role;
import fr.cadre.directory.control.Directory;
import fr.cadre.directory.entity.AccountingRegime;
import fr.cadre.directory.entity.Member;
import fr.cadre.kernel.Amount;
import fr.cadre.kernel.Money;
import fr.cadre.ledger.control.FinanceView;
import fr.cadre.ordering.control.MemberFinances;
import fr.cadre.ordering.entity.Invoice;
import fr.cadre.ordering.entity.MemberFinance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A member's finance settings: its payment delay (its legal form's by default), its tolerance on
 * invoices beyond the service done (none by default), and its budget check (warn or refuse).
 */
@Path("members/{id}/finance")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberFinanceResource {

  @Inject MemberFinances finances;
  @Inject Directory directory;
  @Inject FinanceView view;
  @Inject Caller caller;

  @GET
  @Allowed({Role.ADMIN, Role.FINANCE, Role.AUDITOR})
  @Operation(
      summary =
          "Lit les réglages financiers du membre (délai de paiement, tolérance, contrôle budgétaire)")
  public SettingsView read(@PathParam("id") long memberId) {
    Member member = directory.member(memberId);
    caller.requireActsForMember(memberId);
    return SettingsView.of(member, finances.of(memberId));
  }

  @PUT
  @Allowed(Role.FINANCE)
  @Operation(summary = "Fixe les réglages financiers du membre")
  public SettingsView update(@PathParam("id") long memberId, @NotNull @Valid FinanceInput input) {
    Member member = directory.member(memberId);
    caller.requireActsForMember(memberId);
    return SettingsView.of(
        member,
        finances.revise(
            memberId,
            input.paymentDelayDays(),
            Money.of(input.invoiceTolerance()),
            input.budgetCheck()));
  }

  @PUT
  @Allowed(Role.FINANCE)
  @Path("budget-envelopes")
  @Operation(
      summary =
          "Enregistre le crédit d'une enveloppe budgétaire du membre (année, ligne) ; sans crédit, la ligne n'est plus contrôlée")
  public LineView envelope(@PathParam("id") long memberId, @NotNull @Valid EnvelopeInput input) {
    directory.member(memberId);
    caller.requireActsForMember(memberId);
    return LineView.of(
        view.envelope(
            memberId,
            input.agreementId(),
            input.budgetYear(),
            input.budgetLine(),
            Money.of(input.credit())));
  }

  @GET
  @Allowed({Role.ADMIN, Role.FINANCE, Role.OFFICER, Role.AUDITOR})
  @Path("view")
  @Operation(
      summary =
          "Vue financière du membre selon son régime comptable : par année et ligne budgétaire, factures à payer ou en retard, restes à réaliser")
  public FinanceViewDto financeView(
      @PathParam("id") long memberId,
      @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(
              description = "un seul accord-cadre ; tous ceux du membre sinon")
          @QueryParam("agreement")
          Long agreement) {
    directory.member(memberId);
    caller.requireActsForMember(memberId);
    FinanceView.View v = view.of(memberId, java.util.Optional.ofNullable(agreement));
    LocalDate today = LocalDate.now();
    return new FinanceViewDto(
        memberId,
        v.regime(),
        v.lines().stream().map(LineView::of).toList(),
        v.invoices().stream().filter(i -> !i.paid()).map(i -> VoucherInvoice.of(i, today)).toList(),
        v.invoices().stream()
            .filter(i -> i.paid() ? i.daysLate() > 0 : i.dueOn().isBefore(today))
            .map(i -> VoucherInvoice.of(i, today))
            .toList(),
        v.lines().stream()
            .filter(l -> l.stillOpen().isGreaterThan(Money.ZERO))
            .map(l -> new StillOpen(l.budgetYear(), l.budgetLine(), l.stillOpen().amount()))
            .toList());
  }

  /** One budget line of the member: credit, figures, what the credit leaves. */
  public record LineView(
      int budgetYear,
      String budgetLine,
      BigDecimal credit,
      BigDecimal committedHt,
      BigDecimal doneHt,
      BigDecimal invoicedHt,
      BigDecimal invoicedTtc,
      BigDecimal paidHt,
      BigDecimal paidTtc,
      BigDecimal availableHt) {

    static LineView of(FinanceView.Line l) {
      return new LineView(
          l.budgetYear(),
          l.budgetLine(),
          l.credit() == null ? null : l.credit().amount(),
          l.figures().committed().amount(),
          l.figures().done().amount(),
          l.figures().invoicedHt().amount(),
          l.figures().invoicedTtc().amount(),
          l.figures().paidHt().amount(),
          l.figures().paidTtc().amount(),
          l.available() == null ? null : l.available().amount());
    }
  }

  /** An invoice awaiting payment or paid late, with its voucher. */
  public record VoucherInvoice(
      String voucherNumber,
      String reference,
      BigDecimal amountTtc,
      LocalDate dueOn,
      Long daysLeft,
      LocalDate paidOn,
      Integer daysLate,
      BigDecimal lateInterest,
      BigDecimal flatFee) {

    static VoucherInvoice of(Invoice i, LocalDate today) {
      return new VoucherInvoice(
          i.voucher().number(),
          i.reference(),
          i.amountTtc().amount(),
          i.dueOn(),
          i.paid() ? null : i.clock().daysLeft(today),
          i.paidOn(),
          i.daysLate(),
          i.lateInterest() == null ? null : i.lateInterest().amount(),
          i.flatFee() == null ? null : i.flatFee().amount());
    }
  }

  /** Committed on a budget year and not yet certified: a reste à réaliser at that year's end. */
  public record StillOpen(int budgetYear, String budgetLine, BigDecimal amountHt) {}

  /** The member's finance view. */
  public record FinanceViewDto(
      long memberId,
      AccountingRegime regime,
      List<LineView> budgetLines,
      List<VoucherInvoice> awaitingPayment,
      List<VoucherInvoice> latePayments,
      List<StillOpen> restesARealiser) {}

  /** An envelope: the credit voted or allocated on a budget year and line for the agreement. */
  public record EnvelopeInput(
      @NotNull Long agreementId,
      @NotNull @jakarta.validation.constraints.Min(2000) @jakarta.validation.constraints.Max(2100)
          Integer budgetYear,
      @jakarta.validation.constraints.NotBlank
          @jakarta.validation.constraints.Size(max = 60)
          @fr.cadre.kernel.Text
          String budgetLine,
      @Amount BigDecimal credit) {}

  /** What the member set; {@code paymentDelayDays} is the delay that applies. */
  public record SettingsView(
      long memberId,
      int paymentDelayDays,
      Integer ownPaymentDelayDays,
      int legalPaymentDelayDays,
      BigDecimal invoiceTolerance,
      MemberFinance.BudgetCheck budgetCheck) {

    static SettingsView of(Member member, MemberFinance f) {
      return new SettingsView(
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
