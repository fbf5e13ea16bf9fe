package fr.cadre.pages.directory;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.entity.Role;
import fr.cadre.agreement.boundary.SiteViews.SiteInput;
import fr.cadre.agreement.control.Agreements;
import fr.cadre.agreement.control.Sites;
import fr.cadre.agreement.entity.Lot;
import fr.cadre.agreement.entity.Site;
import fr.cadre.directory.control.Directory;
import fr.cadre.directory.entity.Member;
import fr.cadre.directory.entity.Operator;
import fr.cadre.kernel.DomainException;
import fr.cadre.pages.FormErrors;
import fr.cadre.pages.Texts;
import fr.cadre.pages.TypedForm;
import fr.cadre.platform.ConstraintViolationMapper;
import fr.cadre.platform.OnCreate;
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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A site, created with the first lot serving it, or revised (its description and, when a lot is
 * chosen, a lot added or its holder and days revised), by an administrator. The form is read into
 * the API's {@link SiteInput} and checked by its constraints, then by {@link Sites} and the site's
 * own rules (the lot's agreement is the member's consortium's, R2162-6 on the holder, one lot at a
 * time), exactly as {@code /api/sites} does.
 */
@Controller
@Path("sites")
@RequestScoped
@Allowed(Role.ADMIN)
public class SitePages {

  static final Set<String> NAMES =
      Set.of(
          "code",
          "name",
          "address",
          "district",
          "memberId",
          "dwellings",
          "activeFrom",
          "activeTo",
          "lotId",
          "holderId",
          "servedFrom",
          "servedTo");

  static final UnaryOperator<String> FIELDS = f -> NAMES.contains(f) ? f : null;

  @Inject Models models;
  @Inject MvcContext mvc;
  @Inject Sites sites;
  @Inject Agreements agreements;
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
    SiteInput input = input(form, errors);
    errors.violations(
        ConstraintViolationMapper.violations(validator.validate(input, OnCreate.class)), FIELDS);
    if (!errors.any()) {
      try {
        Site created =
            sites.create(
                input.code(),
                input.placement(directory::member),
                input.terms(agreements::lot, directory::operator));
        return seeOther("/app/sites/" + created.id() + "?done=created");
      } catch (DomainException refused) {
        errors.refused(refused, FIELDS, "duplicate-site".equals(refused.rule()) ? "code" : null);
      }
    }
    return Response.status(400).entity(page(null, form, errors, null)).build();
  }

  @GET
  @Path("{id}")
  public String show(@PathParam("id") long id, @QueryParam("done") String done) {
    Site shown = sites.visible(id);
    return page(shown, of(shown), new FormErrors(), done);
  }

  @POST
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response change(@PathParam("id") long id, MultivaluedMap<String, String> posted) {
    Site shown = sites.visible(id);
    TypedForm form = TypedForm.posted(posted, new Texts(mvc.getLocale()));
    FormErrors errors = new FormErrors();
    SiteInput input = input(form, errors);
    errors.violations(ConstraintViolationMapper.violations(validator.validate(input)), FIELDS);
    if (!errors.any()) {
      try {
        sites.revise(
            id,
            input.placement(directory::member),
            input.lotId() == null
                ? Optional.empty()
                : Optional.of(input.terms(agreements::lot, directory::operator)));
        return seeOther("/app/sites/" + id + "?done=changed");
      } catch (DomainException refused) {
        errors.refused(refused, FIELDS, null);
      }
    }
    return Response.status(400).entity(page(shown, form, errors, null)).build();
  }

  private static SiteInput input(TypedForm form, FormErrors errors) {
    return new SiteInput(
        form.text("code"),
        form.text("name"),
        form.text("address"),
        form.text("district"),
        form.id("memberId", errors),
        form.id("lotId", errors),
        form.id("holderId", errors),
        form.integer("dwellings", errors),
        form.date("activeFrom", errors),
        form.date("activeTo", errors),
        form.date("servedFrom", errors),
        form.date("servedTo", errors));
  }

  private static TypedForm of(Site s) {
    return TypedForm.shown(
        "code", s.code(),
        "name", s.name(),
        "address", s.address(),
        "district", s.district(),
        "memberId", s.member().id(),
        "dwellings", s.dwellings(),
        "activeFrom", s.activeFrom(),
        "activeTo", s.activeTo());
  }

  private String page(Site shown, TypedForm form, FormErrors errors, String done) {
    models.put("shown", shown);
    models.put("form", form);
    models.put("errors", errors);
    models.put("done", done);
    models.put(
        "members",
        directory.consortia().stream()
            .flatMap(c -> directory.members(c.id()).stream())
            .filter(Member::active)
            .sorted(Comparator.comparing(Member::name))
            .toList());
    models.put("lots", lots());
    models.put(
        "operators",
        directory.operators().stream()
            .filter(Operator::active)
            .sorted(Comparator.comparing(Operator::name))
            .toList());
    return "directory/site.jte";
  }

  private List<Lot> lots() {
    return agreements.all().stream().flatMap(a -> a.lots().stream()).filter(Lot::active).toList();
  }

  private Response seeOther(String path) {
    return Response.seeOther(URI.create(request.getContextPath() + path)).build();
  }
}
