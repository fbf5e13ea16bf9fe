package fr.cadre.pages.ordering;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.entity.Role;
import fr.cadre.agreement.control.Agreements;
import fr.cadre.agreement.control.Sites;
import fr.cadre.agreement.entity.Lot;
import fr.cadre.agreement.entity.PriceLine;
import fr.cadre.agreement.entity.Site;
import fr.cadre.agreement.entity.SiteAssignment;
import fr.cadre.directory.control.Directory;
import fr.cadre.kernel.DomainException;
import fr.cadre.ordering.control.Issuing;
import fr.cadre.ordering.control.OrderRequest;
import fr.cadre.ordering.control.Ordering;
import fr.cadre.ordering.entity.Voucher;
import fr.cadre.pages.FormErrors;
import fr.cadre.pages.PageUser;
import fr.cadre.pages.Texts;
import fr.cadre.platform.ConstraintViolationMapper;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.MvcContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Issuing a voucher: the lot, then the site (its member orders, the holder comes from the lot's
 * allocation rule), then quantities on the lot's price lines with the totals and the headroom the
 * domain computes ({@link Ordering#preview(OrderRequest, LocalDate)}), then a draft or the issue
 * ({@link Issuing}, once per form thanks to its idempotency key). Each step is a plain form; with
 * JavaScript, htmx refreshes the totals as quantities are typed.
 */
@Controller
@Path("vouchers/new")
@Allowed(Role.OFFICER)
@RequestScoped
public class IssuePages {

  @Inject Models models;
  @Inject MvcContext mvc;
  @Inject Agreements agreements;
  @Inject Sites sites;
  @Inject Directory directory;
  @Inject Ordering ordering;
  @Inject Issuing issuing;
  @Inject Validator validator;
  @Inject PageUser user;
  @Context HttpServletRequest request;

  @GET
  public String start(@QueryParam("lot") String lot, @QueryParam("site") String site) {
    models.put("lots", activeLots());
    Lot chosenLot = parse(lot) == null ? null : lotOrNull(parse(lot));
    Site chosenSite = null;
    if (chosenLot != null) {
      List<Site> served = servedSites(chosenLot);
      models.put("sites", served);
      Long siteId = parse(site);
      chosenSite = served.stream().filter(s -> s.id().equals(siteId)).findFirst().orElse(null);
    }
    models.put("lot", chosenLot);
    models.put("site", chosenSite);
    if (chosenSite == null) {
      models.put("form", null);
      return "ordering/new.jte";
    }
    VoucherForm form = VoucherForm.defaults(chosenLot.id(), chosenSite, LocalDate.now());
    return form(form, chosenLot, chosenSite, new FormErrors(), totals(form, chosenLot, false));
  }

  /** The form's buttons: check the totals, save a draft, or issue. */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response submit(MultivaluedMap<String, String> posted) {
    VoucherForm form = VoucherForm.of(posted);
    Lot lot = lotOrNull(form.id("lot"));
    Site site = lot == null ? null : siteOrNull(form.id("site"));
    if (lot == null || site == null) {
      return Response.seeOther(uri("/app/vouchers/new")).build();
    }
    Texts texts = new Texts(mvc.getLocale());
    FormErrors errors = new FormErrors();
    OrderRequest order = form.request(priceCodes(lot), texts, errors);
    UnaryOperator<String> fields = RefusalFields.form(form.lineCodes());
    if (!errors.any()) {
      RefusalFields.place(
          ConstraintViolationMapper.violations(validator.validate(order)), errors, fields);
    }
    String action = posted.getFirst("action");
    if (!errors.any() && ("draft".equals(action) || "issue".equals(action))) {
      try {
        Voucher voucher =
            "draft".equals(action)
                ? ordering.draft(order, user.actor())
                : issuing
                    .issue(order, order.issueDate(), form.value("idempotencyKey"), user.actor())
                    .issued()
                    .voucher();
        String done = "draft".equals(action) ? "drafted" : "issued";
        return Response.seeOther(uri("/app/vouchers/" + voucher.id() + "?done=" + done)).build();
      } catch (DomainException refused) {
        RefusalFields.place(refused, errors, fields);
      }
    }
    // A refused issue keeps its totals beside the refusal, as they were before the click: the
    // officer sees by how much to lower the quantities. A form that does not parse has none.
    Totals totals = totals(form, lot, false);
    int status = errors.any() ? 400 : 200;
    return Response.status(status).entity(form(form, lot, site, errors, totals)).build();
  }

  /** The totals panel alone, for htmx as quantities are typed. */
  @POST
  @Path("totals")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public String totals(MultivaluedMap<String, String> posted) {
    VoucherForm form = VoucherForm.of(posted);
    Lot lot = lotOrNull(form.id("lot"));
    models.put("totals", lot == null ? Totals.none() : totals(form, lot, true));
    return "ordering/_totals.jte";
  }

  private String form(VoucherForm form, Lot lot, Site site, FormErrors errors, Totals totals) {
    models.put("lots", activeLots());
    models.put("sites", servedSites(lot));
    models.put("lot", lot);
    models.put("site", site);
    models.put("form", form);
    models.put("errors", errors);
    models.put("totals", totals);
    models.put("priceLines", priceLines(lot));
    models.put(
        "members",
        directory.members(site.member().consortium().id()).stream()
            .sorted(Comparator.comparing(m -> m.name()))
            .toList());
    return "ordering/new.jte";
  }

  private Totals totals(VoucherForm form, Lot lot, boolean reportUnparsed) {
    Texts texts = new Texts(mvc.getLocale());
    FormErrors errors = new FormErrors();
    OrderRequest order = form.request(priceCodes(lot), texts, errors);
    if (errors.any()) {
      return reportUnparsed ? Totals.refused(errors) : Totals.none();
    }
    return totals(order, order.issueDate());
  }

  private Totals totals(OrderRequest order, LocalDate issueDate) {
    if (!validator.validate(order).isEmpty()) {
      return Totals.none();
    }
    try {
      return Totals.of(ordering.preview(order, issueDate));
    } catch (DomainException refused) {
      FormErrors errors = new FormErrors();
      RefusalFields.place(refused, errors, field -> null);
      return Totals.refused(errors);
    }
  }

  private List<Lot> activeLots() {
    return agreements.all().stream()
        .flatMap(a -> a.lots().stream())
        .filter(Lot::active)
        .sorted(
            Comparator.comparing((Lot l) -> l.agreement().reference())
                .thenComparingInt(Lot::number))
        .toList();
  }

  private List<Site> servedSites(Lot lot) {
    return sites.servedBy(lot.id()).stream()
        .map(SiteAssignment::site)
        .distinct()
        .sorted(Comparator.comparing(Site::code))
        .toList();
  }

  private static List<PriceLine> priceLines(Lot lot) {
    return lot.priceLines().stream()
        .filter(PriceLine::active)
        .sorted(Comparator.comparing(PriceLine::code))
        .toList();
  }

  private static List<String> priceCodes(Lot lot) {
    return priceLines(lot).stream().map(PriceLine::code).toList();
  }

  private Lot lotOrNull(Long id) {
    try {
      return id == null ? null : agreements.lot(id);
    } catch (DomainException notFound) {
      return null;
    }
  }

  private Site siteOrNull(Long id) {
    try {
      return id == null ? null : sites.site(id);
    } catch (DomainException notFound) {
      return null;
    }
  }

  private static Long parse(String id) {
    try {
      return id == null || id.isBlank() ? null : Long.valueOf(id.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private URI uri(String path) {
    return URI.create(request.getContextPath() + path);
  }
}
