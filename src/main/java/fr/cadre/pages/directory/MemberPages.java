package fr.cadre.pages.directory;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.entity.Role;
import fr.cadre.directory.boundary.DirectoryViews.MemberInput;
import fr.cadre.directory.control.Directory;
import fr.cadre.directory.entity.AccountingRegime;
import fr.cadre.directory.entity.BuyerType;
import fr.cadre.directory.entity.Consortium;
import fr.cadre.directory.entity.LegalForm;
import fr.cadre.directory.entity.Member;
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
 * A member of a consortium, added, revised or deactivated by an administrator. The form is read
 * into the API's {@link MemberInput}, checked by its constraints, then by {@link Directory} and
 * {@link fr.cadre.directory.entity.MemberDetails} (SIRET key, legal form, share), exactly as {@code
 * /api/consortia/{id}/members} and {@code /api/members/{id}} do. Members are referred to by sites
 * and vouchers: they are deactivated, never deleted, as in the API.
 */
@Controller
@Path("members")
@RequestScoped
@Allowed(Role.ADMIN)
public class MemberPages {

  static final Set<String> NAMES =
      Set.of(
          "name",
          "siret",
          "address",
          "buyerType",
          "legalForm",
          "accountingRegime",
          "chorusServiceCode",
          "mayOrder",
          "joinedAfterProcedure",
          "shareAmount",
          "sharePercent");

  static final UnaryOperator<String> FIELDS = f -> NAMES.contains(f) ? f : null;

  @Inject Models models;
  @Inject MvcContext mvc;
  @Inject Directory directory;
  @Inject Validator validator;
  @Context HttpServletRequest request;

  @GET
  @Path("new")
  public String blank(@QueryParam("consortium") long consortiumId) {
    return page(
        directory.consortium(consortiumId),
        null,
        TypedForm.shown("mayOrder", true),
        new FormErrors(),
        null);
  }

  @POST
  @Path("new")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response add(
      @QueryParam("consortium") long consortiumId, MultivaluedMap<String, String> posted) {
    Consortium consortium = directory.consortium(consortiumId);
    TypedForm form = TypedForm.posted(posted, new Texts(mvc.getLocale()));
    FormErrors errors = new FormErrors();
    MemberInput input = input(form, errors);
    if (!errors.any()) {
      try {
        Member added = directory.addMember(consortiumId, input.details());
        return seeOther("/app/members/" + added.id() + "?done=created");
      } catch (DomainException refused) {
        errors.refused(refused, FIELDS, "siret");
      }
    }
    return Response.status(400).entity(page(consortium, null, form, errors, null)).build();
  }

  @GET
  @Path("{id}")
  public String show(@PathParam("id") long id, @QueryParam("done") String done) {
    Member shown = directory.member(id);
    return page(shown.consortium(), shown, of(shown), new FormErrors(), done);
  }

  @POST
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response change(@PathParam("id") long id, MultivaluedMap<String, String> posted) {
    Member shown = directory.member(id);
    TypedForm form = TypedForm.posted(posted, new Texts(mvc.getLocale()));
    FormErrors errors = new FormErrors();
    MemberInput input = input(form, errors);
    if (!errors.any()) {
      try {
        directory.reviseMember(id, input.details());
        return seeOther("/app/members/" + id + "?done=changed");
      } catch (DomainException refused) {
        errors.refused(refused, FIELDS, "siret");
      }
    }
    return Response.status(400).entity(page(shown.consortium(), shown, form, errors, null)).build();
  }

  @POST
  @Path("{id}/deactivation")
  public Response deactivate(@PathParam("id") long id) {
    directory.deactivateMember(id);
    return seeOther("/app/members/" + id + "?done=deactivated");
  }

  private MemberInput input(TypedForm form, FormErrors errors) {
    MemberInput input =
        new MemberInput(
            form.text("name"),
            form.text("siret"),
            form.text("address"),
            form.choice("buyerType", BuyerType.class, errors),
            form.choice("legalForm", LegalForm.class, errors),
            form.choice("accountingRegime", AccountingRegime.class, errors),
            form.text("chorusServiceCode"),
            form.checked("mayOrder"),
            form.checked("joinedAfterProcedure"),
            form.number("shareAmount", errors),
            form.number("sharePercent", errors));
    errors.violations(ConstraintViolationMapper.violations(validator.validate(input)), FIELDS);
    return input;
  }

  private static TypedForm of(Member m) {
    return TypedForm.shown(
        "name", m.name(),
        "siret", m.siret().value(),
        "address", m.address(),
        "buyerType", m.buyerType(),
        "legalForm", m.legalForm(),
        "accountingRegime", m.accountingRegime(),
        "chorusServiceCode", m.chorusServiceCode(),
        "mayOrder", m.mayOrder(),
        "joinedAfterProcedure", m.joinedAfterProcedure(),
        "shareAmount", m.shareAmount() == null ? null : m.shareAmount().amount(),
        "sharePercent", m.sharePercent());
  }

  private String page(
      Consortium consortium, Member shown, TypedForm form, FormErrors errors, String done) {
    models.put("consortium", consortium);
    models.put("shown", shown);
    models.put("form", form);
    models.put("errors", errors);
    models.put("done", done);
    return "directory/member.jte";
  }

  private Response seeOther(String path) {
    return Response.seeOther(URI.create(request.getContextPath() + path)).build();
  }
}
