package fr.cadre.pages.ordering;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.entity.Role;
import fr.cadre.agreement.control.Agreements;
import fr.cadre.agreement.control.Sites;
import fr.cadre.directory.control.Directory;
import fr.cadre.kernel.DomainException;
import fr.cadre.ordering.control.Issued;
import fr.cadre.ordering.control.Issuing;
import fr.cadre.ordering.control.Ordering;
import fr.cadre.ordering.control.VoucherSearch;
import fr.cadre.ordering.entity.Voucher;
import fr.cadre.ordering.entity.VoucherStatus;
import fr.cadre.pages.FormErrors;
import fr.cadre.pages.PageUser;
import fr.cadre.pages.Texts;
import fr.cadre.pages.TypedForm;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.MvcContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;

/**
 * The voucher list (filters, sort, pages) and each voucher's page: its lines, history, and the
 * steps its status allows, each a form post calling {@link Ordering} or {@link Issuing} as the API
 * does.
 */
@Controller
@Path("vouchers")
@RequestScoped
public class VoucherPages {

  @Inject Models models;
  @Inject MvcContext mvc;
  @Inject VoucherSearch search;
  @Inject Ordering ordering;
  @Inject Issuing issuing;
  @Inject Directory directory;
  @Inject Agreements agreements;
  @Inject Sites sites;
  @Inject PageUser user;
  @Context HttpServletRequest request;

  @GET
  @Allowed({Role.OFFICER, Role.FINANCE, Role.ADMIN, Role.AUDITOR})
  public String list(@BeanParam VoucherListQuery query) {
    Texts texts = new Texts(mvc.getLocale());
    VoucherSearch.Filter filter = query.filter(texts);
    VoucherSearch.Found found =
        search.page(
            filter, query.sort(), query.ascending(), query.page(), VoucherListQuery.PAGE_SIZE);
    models.put("query", query);
    models.put("errors", query.errors());
    models.put("vouchers", found.vouchers());
    models.put("more", found.more());
    models.put("choices", ListChoices.of(directory, agreements, sites));
    return "ordering/list.jte";
  }

  @GET
  @Path("{id}")
  public String show(@PathParam("id") long id, @QueryParam("done") String done) {
    return page(ordering.visible(id), new FormErrors(), null, done, "", "");
  }

  @POST
  @Allowed(Role.OFFICER)
  @Path("{id}/cancellation")
  public Response cancel(@PathParam("id") long id, @FormParam("reason") String reason) {
    Texts texts = new Texts(mvc.getLocale());
    try {
      ordering.cancel(id, reason == null ? null : reason.strip(), user.actor());
      return done(id, "cancelled");
    } catch (DomainException refused) {
      FormErrors errors = new FormErrors();
      if (refused.kind() == DomainException.Kind.INVALID) {
        errors.add("reason", texts.get("voucher.cancel.required"));
      } else {
        errors.add(null, refused.getMessage());
      }
      return refused(refused, page(ordering.visible(id), errors, null, null, reason, ""));
    }
  }

  @POST
  @Allowed(Role.OPERATOR)
  @Path("{id}/acknowledgement")
  public Response acknowledge(@PathParam("id") long id) {
    try {
      ordering.acknowledge(id, user.actor());
      return done(id, "acknowledged");
    } catch (DomainException refused) {
      FormErrors errors = new FormErrors().add(null, refused.getMessage());
      return refused(refused, page(ordering.visible(id), errors, null, null, "", ""));
    }
  }

  /** Issues a draft, at most once for the key its page carried. */
  @POST
  @Allowed(Role.OFFICER)
  @Path("{id}/issue")
  public Response issue(
      @PathParam("id") long id,
      @FormParam("issueDate") String issueDate,
      @FormParam("idempotencyKey") String key) {
    Texts texts = new Texts(mvc.getLocale());
    FormErrors errors = new FormErrors();
    LocalDate on = TypedForm.date("issueDate", issueDate, texts, errors);
    if (!errors.any()) {
      try {
        issuing.issue(id, on, key, user.actor());
        return done(id, "issued");
      } catch (DomainException refused) {
        RefusalFields.place(refused, errors, RefusalFields.DRAFT);
        return refused(refused, page(ordering.visible(id), errors, null, null, "", issueDate));
      }
    }
    return Response.status(400)
        .entity(page(ordering.visible(id), errors, null, null, "", issueDate))
        .build();
  }

  /** The voucher's page again with a finance form's refusal and what was typed in it. */
  public String page(Voucher voucher, FormErrors errors, FinanceForm finance) {
    String view = page(voucher, errors, null, null, "", "");
    models.put("finance", finance);
    return view;
  }

  private String page(
      Voucher voucher,
      FormErrors errors,
      Issued preview,
      String done,
      String reason,
      String issueDate) {
    models.put("voucher", voucher);
    models.put("finance", FinanceForm.EMPTY);
    models.put("today", LocalDate.now().toString());
    models.put("errors", errors);
    models.put("done", done);
    models.put("reason", reason == null ? "" : reason);
    models.put(
        "issueDate",
        issueDate == null || issueDate.isBlank() ? LocalDate.now().toString() : issueDate);
    models.put("idempotencyKey", java.util.UUID.randomUUID().toString());
    models.put("mayCancel", voucher.status().next().contains(VoucherStatus.CANCELLED));
    models.put("mayAcknowledge", voucher.status().next().contains(VoucherStatus.ACKNOWLEDGED));
    models.put("preview", voucher.status() == VoucherStatus.DRAFT ? preview(voucher) : null);
    return "ordering/show.jte";
  }

  /** A draft's totals and headroom if issued today, or why it could not be. */
  private Object preview(Voucher draft) {
    try {
      return ordering.preview(draft.id(), null);
    } catch (DomainException refused) {
      return refused.getMessage();
    }
  }

  public Response done(long id, String what) {
    return Response.seeOther(
            URI.create(request.getContextPath() + "/app/vouchers/" + id + "?done=" + what))
        .build();
  }

  public static Response refused(DomainException e, String view) {
    int status =
        switch (e.kind()) {
          case NOT_FOUND -> 404;
          case CONFLICT -> 409;
          case FORBIDDEN -> 403;
          case UNPROCESSABLE -> 422;
          case INVALID -> 400;
        };
    return Response.status(status).entity(view).build();
  }
}
