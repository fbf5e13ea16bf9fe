package fr.cadre.ordering.boundary;

import fr.cadre.ordering.control.Issuing;
import fr.cadre.ordering.control.OrderRequest;
import fr.cadre.ordering.control.Ordering;
import fr.cadre.ordering.control.VoucherSearch;
import fr.cadre.ordering.entity.Voucher;
import fr.cadre.platform.Body;
import fr.cadre.platform.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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

/**
 * Purchase-order vouchers: draft, preview, issue (with an {@code Idempotency-Key} so that a retried
 * request never issues twice), then acknowledge, certify service done, invoice, pay or cancel.
 */
@Path("vouchers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VouchersResource {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  @Inject Ordering ordering;
  @Inject Issuing issuing;
  @Inject VoucherSearch search;
  @Inject CurrentUser user;

  @GET
  public List<VoucherView> list(
      @BeanParam VoucherFilterParams filter,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return search
        .find(filter.filter(), Math.max(0, page), Math.min(Math.max(size, 1), 500))
        .stream()
        .map(VoucherView::of)
        .toList();
  }

  /** Creates a draft; with {@code ?issue=true}, drafts and issues it in one step. */
  @POST
  public Response create(
      OrderRequest input,
      @QueryParam("issue") boolean issue,
      @HeaderParam(IDEMPOTENCY_KEY) String key) {
    Body.required(input);
    if (!issue) {
      Voucher draft = ordering.draft(input, user.name());
      return Response.created(UriBuilder.fromPath("/api/vouchers/{id}").build(draft.id()))
          .entity(VoucherView.of(draft))
          .build();
    }
    return answer(issuing.issue(input, input.issueDate(), key, user.name()));
  }

  @GET
  @Path("{id}")
  public VoucherView read(@PathParam("id") long id) {
    return VoucherView.of(ordering.voucher(id));
  }

  @POST
  @Path("{id}/preview")
  public VoucherView preview(@PathParam("id") long id, IssueInput input) {
    return VoucherView.of(ordering.preview(id, input == null ? null : input.issueDate()));
  }

  @POST
  @Path("{id}/issue")
  public Response issue(
      @PathParam("id") long id, IssueInput input, @HeaderParam(IDEMPOTENCY_KEY) String key) {
    return answer(issuing.issue(id, input == null ? null : input.issueDate(), key, user.name()));
  }

  @POST
  @Path("{id}/acknowledgement")
  public VoucherView acknowledge(@PathParam("id") long id) {
    return VoucherView.of(ordering.acknowledge(id, user.name()));
  }

  @POST
  @Path("{id}/service-done")
  public VoucherView serviceDone(@PathParam("id") long id, ServiceDoneInput input) {
    return VoucherView.of(
        ordering.certifyServiceDone(
            id, input == null ? Map.of() : input.deliveredQuantities(), user.name()));
  }

  @POST
  @Path("{id}/invoice")
  public VoucherView invoice(@PathParam("id") long id, InvoiceInput input) {
    Body.required(input);
    return VoucherView.of(ordering.invoice(id, input.reference(), input.amount(), user.name()));
  }

  @POST
  @Path("{id}/payment")
  public VoucherView pay(@PathParam("id") long id, PaymentInput input) {
    return VoucherView.of(ordering.pay(id, Body.required(input).paidOn(), user.name()));
  }

  @POST
  @Path("{id}/cancellation")
  public VoucherView cancel(@PathParam("id") long id, CancellationInput input) {
    return VoucherView.of(ordering.cancel(id, Body.required(input).reason(), user.name()));
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

  /** Delivered quantity per price code. */
  public record ServiceDoneInput(Map<String, BigDecimal> deliveredQuantities) {}

  /** The holder's invoice. */
  public record InvoiceInput(String reference, BigDecimal amount) {}

  /** The payment date. */
  public record PaymentInput(LocalDate paidOn) {}

  /** Why a voucher is cancelled. */
  public record CancellationInput(String reason) {}
}
