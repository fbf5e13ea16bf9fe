package fr.cadre.ordering.boundary;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.control.Caller;
import fr.cadre.access.entity.Role;
import fr.cadre.kernel.Amount;
import fr.cadre.kernel.Money;
import fr.cadre.kernel.Quantity;
import fr.cadre.kernel.Text;
import fr.cadre.ordering.control.Issuing;
import fr.cadre.ordering.control.OrderRequest;
import fr.cadre.ordering.control.Ordering;
import fr.cadre.ordering.control.VoucherSearch;
import fr.cadre.ordering.entity.InvoiceReceipt;
import fr.cadre.ordering.entity.Voucher;
import fr.cadre.platform.PageParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

/**
 * Purchase-order vouchers: draft, preview, issue (with an {@code Idempotency-Key} so that a retried
 * request never issues twice), then acknowledge, certify service done in parts, invoice, pay, close
 * (solder) or cancel.
 */
@Path("vouchers")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VouchersResource {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  // What the issuing operations answer besides their success, stated once for the document.
  private static final String ISSUE_REFUSED =
      "émission refusée : maximum ou part du membre dépassé (R2162-4), accord-cadre hors vigueur (R2162-5), pas de titulaire (R2162-6)";
  private static final String REPLAYED =
      "bon déjà émis par une requête antérieure de même Idempotency-Key";
  private static final String KEY_REUSED = "Idempotency-Key déjà utilisée pour une autre requête";

  @Inject Ordering ordering;
  @Inject Issuing issuing;
  @Inject VoucherSearch search;
  @Inject Caller caller;

  @GET
  @Operation(summary = "Liste les bons de commande, filtrés, page par page")
  public List<VoucherView> list(
      @BeanParam @Valid VoucherFilterParams filter, @BeanParam @Valid PageParams page) {
    return search.find(filter.filter(), page.page(), page.size(50)).stream()
        .map(VoucherView::of)
        .toList();
  }

  /** Creates a draft; with {@code ?issue=true}, drafts and issues it in one step. */
  @POST
  @Allowed(Role.OFFICER)
  @Operation(summary = "Crée un bon en brouillon, ou l'émet aussitôt avec ?issue=true")
  @APIResponses({
    @APIResponse(
        responseCode = "201",
        description = "brouillon créé, ou bon émis avec ?issue=true"),
    @APIResponse(responseCode = "200", description = REPLAYED),
    @APIResponse(responseCode = "409", description = ISSUE_REFUSED),
    @APIResponse(responseCode = "422", description = KEY_REUSED)
  })
  public Response create(
      @NotNull @Valid OrderRequest input,
      @QueryParam("issue") @DefaultValue("false") boolean issue,
      @HeaderParam(IDEMPOTENCY_KEY) @Size(max = 100) @Text String key) {
    if (!issue) {
      Voucher draft = ordering.draft(input, caller.actor());
      return Response.created(UriBuilder.fromPath("/api/vouchers/{id}").build(draft.id()))
          .entity(VoucherView.of(draft))
          .build();
    }
    return answer(issuing.issue(input, input.issueDate(), key, caller.actor()));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Lit un bon, ses lignes et son historique")
  public VoucherView read(@PathParam("id") long id) {
    return VoucherView.of(ordering.visible(id));
  }

  @POST
  @Allowed(Role.OFFICER)
  @Path("{id}/preview")
  @Operation(summary = "Vérifie l'émission d'un brouillon sans l'émettre")
  @APIResponse(responseCode = "409", description = ISSUE_REFUSED)
  public VoucherView preview(@PathParam("id") long id, @Valid IssueInput input) {
    return VoucherView.of(ordering.preview(id, input == null ? null : input.issueDate()));
  }

  @POST
  @Allowed(Role.OFFICER)
  @Path("{id}/issue")
  @Operation(summary = "Émet un brouillon (R2162-4, R2162-5, R2162-6)")
  @APIResponses({
    @APIResponse(responseCode = "201", description = "bon émis"),
    @APIResponse(responseCode = "200", description = REPLAYED),
    @APIResponse(responseCode = "409", description = ISSUE_REFUSED),
    @APIResponse(responseCode = "422", description = KEY_REUSED)
  })
  public Response issue(
      @PathParam("id") long id,
      @Valid IssueInput input,
      @HeaderParam(IDEMPOTENCY_KEY) @Size(max = 100) @Text String key) {
    return answer(issuing.issue(id, input == null ? null : input.issueDate(), key, caller.actor()));
  }

  @POST
  @Allowed(Role.OPERATOR)
  @Path("{id}/acknowledgement")
  @Operation(summary = "Enregistre l'accusé de réception du titulaire")
  @APIResponse(
      responseCode = "409",
      description = "le bon n'est pas au statut émis (voucher-lifecycle)")
  public VoucherView acknowledge(@PathParam("id") long id) {
    return VoucherView.of(ordering.acknowledge(id, caller.actor()));
  }

  @POST
  @Allowed(Role.FINANCE)
  @Path("{id}/service-done")
  @Operation(
      summary =
          "Certifie une partie du service fait : quantités livrées par code de prix (le reste de chaque ligne si aucune), date (aujourd'hui si absente)")
  @APIResponse(
      responseCode = "409",
      description =
          "le bon n'est ni émis, ni accusé, ni en cours d'exécution, ou il est soldé (voucher-lifecycle)")
  public VoucherView serviceDone(@PathParam("id") long id, @Valid ServiceDoneInput input) {
    return VoucherView.of(
        ordering.certifyServiceDone(
            id,
            input == null ? Map.of() : input.deliveredQuantities(),
            input == null ? null : input.doneOn(),
            caller.actor()));
  }

  @POST
  @Allowed(Role.FINANCE)
  @Path("{id}/closing")
  @Operation(
      summary = "Solde le bon : le reste non livré est libéré du maximum et de la part du membre")
  @APIResponse(
      responseCode = "409",
      description = "le bon n'a pas de service fait ou est déjà soldé (voucher-lifecycle)")
  public VoucherView close(@PathParam("id") long id, @NotNull @Valid ClosingInput input) {
    return VoucherView.of(ordering.close(id, input.reason(), caller.actor()));
  }

  @POST
  @Allowed(Role.FINANCE)
  @Path("{id}/invoice")
  @Operation(summary = "Enregistre une facture du titulaire (plusieurs par bon si besoin)")
  @APIResponse(
      responseCode = "409",
      description =
          "pas de service fait (voucher-lifecycle), référence déjà enregistrée (invoice-reference), montant au-delà du service fait non facturé et de la tolérance du membre (invoice-exceeds-service-done)")
  public VoucherView invoice(@PathParam("id") long id, @NotNull @Valid InvoiceInput input) {
    return VoucherView.of(ordering.invoice(id, input.receipt(), caller.actor()));
  }

  @POST
  @Allowed(Role.FINANCE)
  @Path("{id}/payment")
  @Operation(summary = "Enregistre le paiement d'une facture ; calcule les intérêts moratoires dus")
  @APIResponse(
      responseCode = "409",
      description =
          "le bon n'a pas de facture à payer (voucher-lifecycle), facture déjà payée (invoice-paid)")
  public VoucherView pay(@PathParam("id") long id, @NotNull @Valid PaymentInput input) {
    return VoucherView.of(ordering.pay(id, input.reference(), input.paidOn(), caller.actor()));
  }

  @POST
  @Allowed(Role.OFFICER)
  @Path("{id}/cancellation")
  @Operation(summary = "Annule un bon et libère son montant")
  @APIResponse(
      responseCode = "409",
      description = "le bon n'est ni émis ni accusé (voucher-lifecycle)")
  public VoucherView cancel(@PathParam("id") long id, @NotNull @Valid CancellationInput input) {
    return VoucherView.of(ordering.cancel(id, input.reason(), caller.actor()));
  }

  /** 201 with the voucher just issued; 200 with the one an earlier request with the key issued. */
  private static Response answer(Issuing.Outcome outcome) {
    if (outcome.replayed()) {
      return Response.ok(VoucherView.of(outcome.issued())).build();
    }
    return Response.status(Response.Status.CREATED)
        .location(UriBuilder.fromPath("/api/vouchers/{id}").build(outcome.issued().voucher().id()))
        .entity(VoucherView.of(outcome.issued()))
        .build();
  }

  /** The issue date; today when absent. */
  public record IssueInput(LocalDate issueDate) {}

  /** One part of the service done: delivered quantity per price code, and its date. */
  public record ServiceDoneInput(
      @Size(max = OrderRequest.MAX_LINES, message = "{fr.cadre.list.size}")
          Map<@Size(max = 30) @Text String, @NotNull @Quantity BigDecimal> deliveredQuantities,
      LocalDate doneOn) {}

  /** The holder's invoice: its reference, receipt date and amounts excl. and incl. VAT. */
  public record InvoiceInput(
      @NotBlank @Size(max = 100) @Text String reference,
      @NotNull LocalDate receivedOn,
      @NotNull @Amount BigDecimal amountHt,
      @NotNull @Amount BigDecimal amountTtc) {

    /** The receipt the domain records; its amounts are in cents once the constraints passed. */
    public InvoiceReceipt receipt() {
      return new InvoiceReceipt(reference, receivedOn, new Money(amountHt), new Money(amountTtc));
    }
  }

  /** The payment date, and which invoice when the voucher has several unpaid. */
  public record PaymentInput(@NotNull LocalDate paidOn, @Size(max = 100) @Text String reference) {}

  /** Why a voucher is closed with part of it undelivered. */
  public record ClosingInput(@NotBlank @Size(max = 1000) @Text(multiline = true) String reason) {}

  /** Why a voucher is cancelled. */
  public record CancellationInput(@Size(max = 1000) @Text(multiline = true) String reason) {}
}
