package fr.cadre.pages.ordering;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.entity.Role;
import fr.cadre.directory.control.Directory;
import fr.cadre.directory.entity.Operator;
import fr.cadre.ordering.control.VoucherSearch;
import fr.cadre.ordering.entity.VoucherStatus;
import fr.cadre.pages.FormErrors;
import fr.cadre.pages.PageUser;
import fr.cadre.pages.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.MvcContext;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;

/**
 * "Mes bons de commande": the logged-in holder's vouchers, newest first, a page at a time, filtered
 * by status and month, with their PDF, the acknowledgement of receipt, and a ZIP of a month's PDFs
 * ({@link OperatorArchivePages}). The holder is the operator the user belongs to; the search is
 * scoped by the caller as well, so no other holder's voucher can show.
 */
@Controller
@Path("operator/vouchers")
@RequestScoped
@Allowed(Role.OPERATOR)
public class OperatorPages {

  static final int PAGE_SIZE = VoucherListQuery.PAGE_SIZE;

  @Inject Models models;
  @Inject MvcContext mvc;
  @Inject Directory directory;
  @Inject VoucherSearch search;
  @Inject PageUser user;

  @GET
  public Response list(@BeanParam OperatorQuery query) {
    Long holderId = user.scope().operatorId();
    Operator holder = holderId == null ? null : directory.operator(holderId);
    FormErrors errors = new FormErrors();
    VoucherSearch.Filter filter = query.filter(holderId, new Texts(mvc.getLocale()), errors);
    VoucherSearch.Found found =
        holder == null
            ? new VoucherSearch.Found(List.of(), false)
            : search.issuedPage(filter, query.page(), PAGE_SIZE);
    models.put("holder", holder);
    models.put("vouchers", found.vouchers());
    models.put("more", found.more());
    models.put("query", query);
    models.put("errors", errors);
    models.put(
        "statuses",
        Arrays.stream(VoucherStatus.values()).filter(s -> s != VoucherStatus.DRAFT).toList());
    return Response.status(errors.any() ? 400 : 200).entity("ordering/operator.jte").build();
  }
}
