package fr.cadre.pages.ordering;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.entity.Role;
import fr.cadre.directory.control.Directory;
import fr.cadre.directory.entity.Operator;
import fr.cadre.ordering.control.VoucherSearch;
import fr.cadre.ordering.entity.Voucher;
import fr.cadre.ordering.entity.VoucherStatus;
import fr.cadre.pages.PageUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

/**
 * "Mes bons de commande": the logged-in holder's vouchers, newest first, with their PDF and the
 * acknowledgement of receipt. The holder is the operator the user belongs to; the search is scoped
 * by the caller as well, so no other holder's voucher can show.
 */
@Controller
@Path("operator/vouchers")
@RequestScoped
@Allowed(Role.OPERATOR)
public class OperatorPages {

  private static final int SHOWN = 100;

  @Inject Models models;
  @Inject Directory directory;
  @Inject VoucherSearch search;
  @Inject PageUser user;

  @GET
  public String list() {
    Long holderId = user.scope().operatorId();
    Operator holder = holderId == null ? null : directory.operator(holderId);
    List<Voucher> vouchers =
        holder == null
            ? List.of()
            : search
                .find(
                    new VoucherSearch.Filter(null, null, null, holder.id(), null, null, null, null),
                    0,
                    SHOWN)
                .stream()
                .filter(v -> v.status() != VoucherStatus.DRAFT)
                .toList();
    models.put("holder", holder);
    models.put("vouchers", vouchers);
    return "ordering/operator.jte";
  }
}
