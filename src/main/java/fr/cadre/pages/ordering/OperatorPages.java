package fr.cadre.pages.ordering;

import fr.cadre.directory.control.Directory;
import fr.cadre.directory.entity.Operator;
import fr.cadre.ordering.control.VoucherSearch;
import fr.cadre.ordering.entity.Voucher;
import fr.cadre.ordering.entity.VoucherStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.Comparator;
import java.util.List;

/**
 * "Mes bons de commande": a holder's vouchers, newest first, with their PDF and the acknowledgement
 * of receipt. The holder is chosen in the page until the logged-in operator's scope names it.
 */
@Controller
@Path("operator/vouchers")
@RequestScoped
public class OperatorPages {

  private static final int SHOWN = 100;

  @Inject Models models;
  @Inject Directory directory;
  @Inject VoucherSearch search;

  @GET
  public String list(@QueryParam("holder") String holder) {
    List<Operator> operators =
        directory.operators().stream().sorted(Comparator.comparing(Operator::name)).toList();
    Operator chosen =
        operators.stream()
            .filter(o -> String.valueOf(o.id()).equals(holder))
            .findFirst()
            .orElse(null);
    List<Voucher> vouchers =
        chosen == null
            ? List.of()
            : search
                .find(
                    new VoucherSearch.Filter(null, null, null, chosen.id(), null, null, null, null),
                    0,
                    SHOWN)
                .stream()
                .filter(v -> v.status() != VoucherStatus.DRAFT)
                .toList();
    models.put("operators", operators);
    models.put("holder", chosen);
    models.put("vouchers", vouchers);
    return "ordering/operator.jte";
  }
}
