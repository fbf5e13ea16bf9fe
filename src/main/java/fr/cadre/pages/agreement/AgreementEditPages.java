package fr.cadre.pages.agreement;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.entity.Role;
import fr.cadre.agreement.boundary.AgreementViews.AgreementInput;
import fr.cadre.agreement.control.Agreements;
import fr.cadre.agreement.entity.AgreementTerms;
import fr.cadre.agreement.entity.FrameworkAgreement;
import fr.cadre.directory.entity.BuyerType;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * An agreement's terms, revised by an administrator: what {@code PUT /api/agreements/{id}} allows
 * (reference, object, CPV code, buyer type, dates, durations and their justification), checked by
 * the API input's constraints and then by {@link Agreements#revise} (L2125-1 on the duration, a
 * duration that no longer changes once notified, R2194-1, one agreement per reference).
 */
@Controller
@Path("agreements/{id}/edit")
@RequestScoped
@Allowed(Role.ADMIN)
public class AgreementEditPages {

  static final Set<String> NAMES =
      Set.of(
          "reference",
          "object",
          "cpvCode",
          "buyerType",
          "procedureLaunchDate",
          "notificationDate",
          "startDate",
          "initialMonths",
          "renewalCount",
          "renewalMonths",
          "renewalTacit",
          "durationJustification");

  static final UnaryOperator<String> FIELDS = f -> NAMES.contains(f) ? f : null;

  @Inject Models models;
  @Inject MvcContext mvc;
  @Inject Agreements agreements;
  @Inject Validator validator;
  @Context HttpServletRequest request;

  @GET
  public String show(@PathParam("id") long id) {
    FrameworkAgreement agreement = agreements.agreement(id);
    return page(agreement, of(agreement.terms()), new FormErrors());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response change(@PathParam("id") long id, MultivaluedMap<String, String> posted) {
    FrameworkAgreement agreement = agreements.agreement(id);
    TypedForm form = TypedForm.posted(posted, new Texts(mvc.getLocale()));
    FormErrors errors = new FormErrors();
    AgreementInput input =
        new AgreementInput(
            null,
            form.text("reference"),
            form.text("object"),
            form.text("cpvCode"),
            form.choice("buyerType", BuyerType.class, errors),
            form.date("procedureLaunchDate", errors),
            form.date("notificationDate", errors),
            form.date("startDate", errors),
            form.integer("initialMonths", errors),
            form.integer("renewalCount", errors),
            form.integer("renewalMonths", errors),
            form.checked("renewalTacit"),
            form.text("durationJustification"));
    errors.violations(ConstraintViolationMapper.violations(validator.validate(input)), FIELDS);
    if (!errors.any()) {
      try {
        agreements.revise(id, input.terms());
        return seeOther("/app/agreements/" + id + "?done=changed");
      } catch (DomainException refused) {
        errors.refused(
            refused, FIELDS, "duplicate-reference".equals(refused.rule()) ? "reference" : null);
      }
    }
    return Response.status(400).entity(page(agreement, form, errors)).build();
  }

  private static TypedForm of(AgreementTerms t) {
    return TypedForm.shown(
        "reference", t.reference(),
        "object", t.object(),
        "cpvCode", t.cpvCode(),
        "buyerType", t.buyerType(),
        "procedureLaunchDate", t.procedureLaunchDate(),
        "notificationDate", t.notificationDate(),
        "startDate", t.startDate(),
        "initialMonths", t.initialMonths(),
        "renewalCount", t.renewalCount(),
        "renewalMonths", t.renewalMonths(),
        "renewalTacit", t.renewalTacit(),
        "durationJustification", t.durationJustification());
  }

  private String page(FrameworkAgreement agreement, TypedForm form, FormErrors errors) {
    models.put("agreement", agreement);
    models.put("form", form);
    models.put("errors", errors);
    return "agreement/edit.jte";
  }

  private Response seeOther(String path) {
    return Response.seeOther(URI.create(request.getContextPath() + path)).build();
  }
}
