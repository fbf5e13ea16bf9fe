package fr.cadre.pages.access;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.boundary.UsersResource;
import fr.cadre.access.control.Accounts;
import fr.cadre.access.entity.Role;
import fr.cadre.access.entity.User;
import fr.cadre.directory.control.Directory;
import fr.cadre.kernel.DomainException;
import fr.cadre.pages.FormErrors;
import fr.cadre.pages.PageUser;
import fr.cadre.platform.ConstraintViolationMapper;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
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
import java.util.EnumSet;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Users and roles, for administrators (auditors read them): the list, a new user, a user's page
 * with its roles and attachment, deactivation and a password reset. Each form is read into the
 * API's input record and checked by its constraints, then by {@link Accounts}, exactly as {@code
 * /api/users} does; a refusal is shown beside the field that caused it.
 */
@Controller
@Path("users")
@RequestScoped
@Allowed(Role.ADMIN)
public class UserPages {

  /** Where a refusal of the account rules goes on the form. */
  static final UnaryOperator<String> FIELDS =
      field ->
          field == null
              ? null
              : switch (field) {
                case "memberId", "operatorId" -> "scope";
                case "roles", "login", "name", "password", "active" -> field;
                default -> field.startsWith("roles") ? "roles" : null;
              };

  @Inject Models models;
  @Inject Accounts accounts;
  @Inject Directory directory;
  @Inject Validator validator;
  @Inject PageUser user;
  @Context HttpServletRequest request;

  @GET
  @Allowed({Role.ADMIN, Role.AUDITOR})
  public String list() {
    models.put("users", accounts.users());
    models.put("attachments", Attachments.of(directory));
    return "access/users.jte";
  }

  @GET
  @Path("new")
  public String blank() {
    return creation(UserForm.blank(), new FormErrors());
  }

  @POST
  @Path("new")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(MultivaluedMap<String, String> posted) {
    UserForm form = UserForm.of(posted);
    FormErrors errors = new FormErrors();
    UsersResource.NewUser input =
        new UsersResource.NewUser(
            form.login(),
            form.name(),
            form.roles(errors),
            form.memberId(),
            form.operatorId(),
            form.password());
    rolesFit(input.roles(), form, errors);
    errors.violations(ConstraintViolationMapper.violations(validator.validate(input)), FIELDS);
    if (!errors.any()) {
      try {
        User created =
            accounts.create(
                input.login(),
                new Accounts.Details(
                    input.name(),
                    EnumSet.copyOf(input.roles()),
                    input.memberId(),
                    input.operatorId(),
                    true),
                input.password(),
                actor());
        return seeOther("/app/users/" + created.id() + "?done=created");
      } catch (DomainException refused) {
        errors.refused(refused, FIELDS, "duplicate".equals(refused.rule()) ? "login" : null);
      }
    }
    return Response.status(400).entity(creation(form.withoutPassword(), errors)).build();
  }

  @GET
  @Path("{id}")
  @Allowed({Role.ADMIN, Role.AUDITOR})
  public String show(@PathParam("id") long id, @QueryParam("done") String done) {
    User shown = accounts.user(id);
    return page(shown, UserForm.of(shown), new FormErrors(), new FormErrors(), done);
  }

  @POST
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response change(@PathParam("id") long id, MultivaluedMap<String, String> posted) {
    User shown = accounts.user(id);
    UserForm form = UserForm.of(posted);
    FormErrors errors = new FormErrors();
    UsersResource.UserInput input =
        new UsersResource.UserInput(
            form.name(), form.roles(errors), form.memberId(), form.operatorId(), form.active());
    rolesFit(input.roles(), form, errors);
    errors.violations(ConstraintViolationMapper.violations(validator.validate(input)), FIELDS);
    if (!errors.any()) {
      try {
        accounts.change(
            id,
            new Accounts.Details(
                input.name(),
                EnumSet.copyOf(input.roles()),
                input.memberId(),
                input.operatorId(),
                input.active()),
            actor());
        return seeOther("/app/users/" + id + "?done=changed");
      } catch (DomainException refused) {
        errors.refused(refused, FIELDS, null);
      }
    }
    return Response.status(400)
        .entity(page(shown, form.withLogin(shown.login()), errors, new FormErrors(), null))
        .build();
  }

  @POST
  @Path("{id}/deactivation")
  public Response deactivate(@PathParam("id") long id) {
    accounts.deactivate(id, actor());
    return seeOther("/app/users/" + id + "?done=deactivated");
  }

  @POST
  @Path("{id}/password")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response reset(@PathParam("id") long id, MultivaluedMap<String, String> posted) {
    User shown = accounts.user(id);
    String password = posted.getFirst("password");
    FormErrors errors = new FormErrors();
    UsersResource.NewPassword input = new UsersResource.NewPassword(password);
    errors.violations(
        ConstraintViolationMapper.violations(validator.validate(input)), f -> "password");
    if (!errors.any()) {
      try {
        accounts.resetPassword(id, password, actor());
        return seeOther("/app/users/" + id + "?done=reset");
      } catch (DomainException refused) {
        errors.refused(refused, f -> "password", "password");
      }
    }
    return Response.status(400)
        .entity(page(shown, UserForm.of(shown), new FormErrors(), errors, null))
        .build();
  }

  /**
   * The account rule on roles ({@link User#checkRolesFit}: at least one, each fitting the
   * attachment), asked first so that its words, not the list's size constraint, stand beside the
   * roles; {@link Accounts} asks it again when it saves.
   */
  private static void rolesFit(List<Role> roles, UserForm form, FormErrors errors) {
    try {
      User.checkRolesFit(
          roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles),
          new fr.cadre.access.entity.Scope(form.memberId(), form.operatorId()));
    } catch (DomainException refused) {
      errors.refused(refused, FIELDS, "roles");
    }
  }

  private String creation(UserForm form, FormErrors errors) {
    models.put("form", form);
    models.put("errors", errors);
    models.put("roles", List.of(Role.values()));
    models.put("attachments", Attachments.of(directory));
    return "access/user-new.jte";
  }

  private String page(
      User shown, UserForm form, FormErrors errors, FormErrors resetErrors, String done) {
    models.put("shown", shown);
    models.put("form", form);
    models.put("errors", errors);
    models.put("resetErrors", resetErrors);
    models.put("done", done);
    models.put("roles", List.of(Role.values()));
    models.put("attachments", Attachments.of(directory));
    return "access/user.jte";
  }

  private Accounts.Actor actor() {
    return new Accounts.Actor(user.actor(), request.getRemoteAddr());
  }

  private Response seeOther(String path) {
    return Response.seeOther(URI.create(request.getContextPath() + path)).build();
  }
}
