package fr.cadre.pages;

import fr.cadre.ordering.control.VoucherSearch;
import fr.cadre.ordering.entity.VoucherStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The home page: what needs the user's attention (drafts to finish, vouchers to acknowledge). */
@Controller
@Path("")
@RequestScoped
public class HomePages {

  private static final int SHOWN = 10;

  @Inject Models models;
  @Inject VoucherSearch search;

  @GET
  public String home() {
    models.put("drafts", search.find(only(VoucherStatus.DRAFT), 0, SHOWN));
    models.put("toAcknowledge", search.find(only(VoucherStatus.ISSUED), 0, SHOWN));
    return "home.jte";
  }

  private static VoucherSearch.Filter only(VoucherStatus status) {
    return new VoucherSearch.Filter(null, null, null, null, status, null, null, null);
  }
}
