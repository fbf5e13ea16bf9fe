package fr.cadre.pages.directory;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.entity.Role;
import fr.cadre.directory.boundary.DirectoryViews.OperatorInput;
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
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * An operator (titulaire), created, revised or deactivated by an administrator. The form is read
 * into the API's {@link OperatorInput}, checked by its constraints, then by {@link Directory}
 * (SIRET key, one operator per SIRET), exactly as {@code /api/operators} does; a refusal is shown
 * beside the field that caused it. Operators are referred to by lots and vouchers: they are
 * deactivated, never deleted, as in the API.
 */
@Controller
@Path("operators")
@RequestScoped
@Allowed(Role.ADMIN)
public class OperatorPages {

  static final Set<String> NAMES =
      Set.of("name", "siret", "address", "vatExempt", "contactName", "contactEmail");

  /** Where a refusal goes on the form: the fields keep the API's names. */
  static final UnaryOperator<String> FIELDS = f -> NAMES.contains(f) ? f : null;

  @Inject Models models;
  @Inject MvcContext mvc;
  @Inject Directory directory;
  @Inject Validator validator;
  @Context HttpServletRequest request;

  @GET
  @Path("new")
  public String blank() {
    return page(null, TypedForm.shown(), new FormErrors(), null);
  }

  @POST
  @Path("new")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(MultivaluedMap<String, String> posted) {
    TypedForm form = TypedForm.posted(posted, new Texts(mvc.getLocale()));
    FormErrors errors = new FormErrors();
    OperatorInput input = input(form, errors);
    if (!errors.any()) {
      try {
        Operator created = directory.createOperator(input.details());
        return seeOther("/app/operators/" + created.id() + "?done=created");
      } catch (DomainException refused) {
        errors.refused(refused, FIELDS, "siret");
      }
    }
    return Response.status(400).entity(page(null, form, errors, null)).build();
  }

  @GET
  @Path("{id}")
  public String show(@PathParam("id") long id, @QueryParam("done") String done) {
    Operator shown = directory.operator(id);
    return page(shown, of(shown), new FormErrors(), done);
  }

  @POST
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response change(@PathParam("id") long id, MultivaluedMap<String, String> posted) {
    Operator shown = directory.operator(id);
    TypedForm form = TypedForm.posted(posted, new Texts(mvc.getLocale()));
    FormErrors errors = new FormErrors();
    OperatorInput input = input(form, errors);
    if (!errors.any()) {
      try {
        directory.reviseOperator(id, input.details());
        return seeOther("/app/operators/" + id + "?done=changed");
      } catch (DomainException refused) {
        errors.refused(refused, FIELDS, "siret");
      }
    }
    return Response.status(400).entity(page(shown, form, errors, null)).build();
  }

  @POST
  @Path("{id}/deactivation")
  public Response deactivate(@PathParam("id") long id) {
    directory.deactivateOperator(id);
    return seeOther("/app/operators/" + id + "?done=deactivated");
  }

  private OperatorInput input(TypedForm form, FormErrors errors) {
    OperatorInput input =
        new OperatorInput(
            form.text("name"),
            form.text("siret"),
            form.text("address"),
            form.checked("vatExempt"),
            form.text("contactName"),
            form.text("contactEmail"));
    errors.violations(ConstraintViolationMapper.violations(validator.validate(input)), FIELDS);
    return input;
  }

  private static TypedForm of(Operator o) {
    return TypedForm.shown(
        "name", o.name(),
        "siret", o.siret().value(),
        "address", o.address(),
        "vatExempt", o.vatExempt(),
        "contactName", o.contactName(),
        "contactEmail", o.contactEmail());
  }

  private String page(Operator shown, TypedForm form, FormErrors errors, String done) {
    models.put("shown", shown);
    models.put("form", form);
    models.put("errors", errors);
    models.put("done", done);
    return "directory/operator.jte";
  }

  private Response seeOther(String path) {
    return Response.seeOther(URI.create(request.getContextPath() + path)).build();
  }
}
