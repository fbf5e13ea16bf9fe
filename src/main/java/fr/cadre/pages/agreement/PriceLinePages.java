package fr.cadre.pages.agreement;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.entity.Role;
import fr.cadre.agreement.boundary.AgreementViews.PriceLineInput;
import fr.cadre.agreement.control.AgreementSettings;
import fr.cadre.agreement.control.Agreements;
import fr.cadre.agreement.entity.PriceLine;
import fr.cadre.kernel.DomainException;
import fr.cadre.pages.FormErrors;
import fr.cadre.pages.Texts;
import fr.cadre.pages.TypedForm;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One line of a lot's price schedule, revised or deactivated by an administrator through {@link
 * Agreements}, exactly as {@code /api/price-lines/{id}} does. Vouchers already issued keep the
 * price they were issued at; a change applies to later ones.
 */
@Controller
@Path("price-lines/{id}")
@RequestScoped
@Allowed(Role.ADMIN)
public class PriceLinePages {

  static final Set<String> NAMES = Set.of("code", "label", "unit", "unitPrice", "vatRate");

  static final UnaryOperator<String> FIELDS = f -> NAMES.contains(f) ? f : null;

  @Inject Models models;
  @Inject MvcContext mvc;
  @Inject Agreements agreements;
  @Inject AgreementSettings settings;
  @Inject Validator validator;
  @Context HttpServletRequest request;

  @GET
  public String show(@PathParam("id") long id, @QueryParam("done") String done) {
    PriceLine line = agreements.priceLine(id);
    return page(line, of(line), new FormErrors(), done);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response change(@PathParam("id") long id, MultivaluedMap<String, String> posted) {
    PriceLine line = agreements.priceLine(id);
    TypedForm form = TypedForm.posted(posted, new Texts(mvc.getLocale()));
    FormErrors errors = new FormErrors();
    PriceLineInput input = input(form, "", errors);
    errors.violations(ConstraintViolationMapper.violations(validator.validate(input)), FIELDS);
    if (!errors.any()) {
      try {
        agreements.revisePriceLine(id, input.details(settings.defaultVatRate()));
        return seeOther("/app/price-lines/" + id + "?done=changed");
      } catch (DomainException refused) {
        errors.refused(
            refused, FIELDS, "duplicate-price-code".equals(refused.rule()) ? "code" : null);
      }
    }
    return Response.status(400).entity(page(line, form, errors, null)).build();
  }

  @POST
  @Path("deactivation")
  public Response deactivate(@PathParam("id") long id) {
    agreements.deactivatePriceLine(id);
    return seeOther("/app/price-lines/" + id + "?done=deactivated");
  }

  /** The line as typed, its fields' names after {@code prefix} (the lot's page has two forms). */
  static PriceLineInput input(TypedForm form, String prefix, FormErrors errors) {
    return new PriceLineInput(
        form.text(prefix + "code"),
        form.text(prefix + "label"),
        form.text(prefix + "unit"),
        form.number(prefix + "unitPrice", errors),
        form.number(prefix + "vatRate", errors));
  }

  private static TypedForm of(PriceLine p) {
    return TypedForm.shown(
        "code", p.code(),
        "label", p.label(),
        "unit", p.unit(),
        "unitPrice", p.unitPrice().amount(),
        "vatRate", p.vatRate().percent());
  }

  private String page(PriceLine line, TypedForm form, FormErrors errors, String done) {
    models.put("line", line);
    models.put("form", form);
    models.put("errors", errors);
    models.put("done", done);
    return "agreement/price-line.jte";
  }

  private Response seeOther(String path) {
    return Response.seeOther(URI.create(request.getContextPath() + path)).build();
  }
}
