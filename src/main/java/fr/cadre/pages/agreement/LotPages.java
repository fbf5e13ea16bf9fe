package fr.cadre.pages.agreement;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.entity.Role;
import fr.cadre.agreement.boundary.AgreementViews.LotInput;
import fr.cadre.agreement.boundary.AgreementViews.PriceLineInput;
import fr.cadre.agreement.control.AgreementSettings;
import fr.cadre.agreement.control.Agreements;
import fr.cadre.agreement.entity.Lot;
import fr.cadre.directory.control.Directory;
import fr.cadre.directory.entity.Operator;
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
import java.util.Comparator;
import java.util.function.UnaryOperator;

/**
 * A lot, for an administrator: its label, allocation rule, holders by rank and limits per period
 * (revised through {@link Agreements#reviseLot}, which checks R2162-4: a minimum never above its
 * maximum, a maximum for procedures launched from 2022), its deactivation, and its price schedule,
 * to which a line is added here ({@link Agreements#addPriceLine}). The forms are read into the
 * API's inputs and checked by their constraints, exactly as {@code /api/lots/{id}} does.
 */
@Controller
@Path("lots/{id}")
@RequestScoped
@Allowed(Role.ADMIN)
public class LotPages {

  /** The new price line's fields, after {@code line-}: the lot's own form has a label too. */
  static final String LINE = "line-";

  static final UnaryOperator<String> LINE_FIELDS =
      f -> PriceLinePages.NAMES.contains(f) ? LINE + f : null;

  @Inject Models models;
  @Inject MvcContext mvc;
  @Inject Agreements agreements;
  @Inject AgreementSettings settings;
  @Inject Directory directory;
  @Inject Validator validator;
  @Context HttpServletRequest request;

  @GET
  public String show(@PathParam("id") long id, @QueryParam("done") String done) {
    Lot lot = agreements.lot(id);
    return page(lot, LotForm.of(lot), new FormErrors(), blankLine(), new FormErrors(), done);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response change(@PathParam("id") long id, MultivaluedMap<String, String> posted) {
    Lot lot = agreements.lot(id);
    Texts texts = new Texts(mvc.getLocale());
    TypedForm form = TypedForm.posted(posted, texts);
    FormErrors errors = new FormErrors();
    UnaryOperator<String> fields = LotForm.fields(lot.agreement());
    LotInput input = LotForm.input(form, lot.agreement(), LotForm.holderSlots(lot), texts, errors);
    errors.violations(ConstraintViolationMapper.violations(validator.validate(input)), fields);
    if (!errors.any()) {
      try {
        agreements.reviseLot(id, input.definition(lot.agreement()));
        return seeOther("/app/lots/" + id + "?done=changed");
      } catch (DomainException refused) {
        errors.refused(refused, fields, null);
      }
    }
    return Response.status(400)
        .entity(page(lot, form, errors, blankLine(), new FormErrors(), null))
        .build();
  }

  @POST
  @Path("deactivation")
  public Response deactivate(@PathParam("id") long id) {
    agreements.deactivateLot(id);
    return seeOther("/app/lots/" + id + "?done=deactivated");
  }

  @POST
  @Path("price-lines")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response addPriceLine(@PathParam("id") long id, MultivaluedMap<String, String> posted) {
    Lot lot = agreements.lot(id);
    TypedForm line = TypedForm.posted(posted, new Texts(mvc.getLocale()));
    FormErrors errors = new FormErrors();
    PriceLineInput input = PriceLinePages.input(line, LINE, errors);
    errors.violations(ConstraintViolationMapper.violations(validator.validate(input)), LINE_FIELDS);
    if (!errors.any()) {
      try {
        agreements.addPriceLine(id, input.details(settings.defaultVatRate()));
        return seeOther("/app/lots/" + id + "?done=lineAdded#price-lines");
      } catch (DomainException refused) {
        errors.refused(
            refused,
            LINE_FIELDS,
            "duplicate-price-code".equals(refused.rule()) ? LINE + "code" : null);
      }
    }
    return Response.status(400)
        .entity(page(lot, LotForm.of(lot), new FormErrors(), line, errors, null))
        .build();
  }

  private TypedForm blankLine() {
    return TypedForm.shown(LINE + "vatRate", settings.defaultVatRate());
  }

  private String page(
      Lot lot,
      TypedForm form,
      FormErrors errors,
      TypedForm line,
      FormErrors lineErrors,
      String done) {
    models.put("lot", lot);
    models.put("form", form);
    models.put("errors", errors);
    models.put("line", line);
    models.put("lineErrors", lineErrors);
    models.put("done", done);
    models.put("slots", LotForm.holderSlots(lot));
    models.put(
        "operators",
        directory.operators().stream().sorted(Comparator.comparing(Operator::name)).toList());
    return "agreement/lot.jte";
  }

  private Response seeOther(String path) {
    return Response.seeOther(URI.create(request.getContextPath() + path)).build();
  }
}
