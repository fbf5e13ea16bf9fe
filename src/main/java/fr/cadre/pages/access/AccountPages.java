package fr.cadre.pages.access;

import fr.cadre.access.boundary.MeResource;
import fr.cadre.access.control.Accounts;
import fr.cadre.access.control.Tokens;
import fr.cadre.kernel.DomainException;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Everyone's own account: who they are, their password (changed by giving the current one) and
 * their personal API tokens (a new one is shown once, on the answer that creates it, never again;
 * revoked at once). The same input records and control classes as {@code /api/me}.
 */
@Controller
@Path("me")
@RequestScoped
public class AccountPages {

  @Inject Models models;
  @Inject MvcContext mvc;
  @Inject Accounts accounts;
  @Inject Tokens tokens;
  @Inject Validator validator;
  @Inject PageUser user;
  @Context HttpServletRequest request;

  @GET
  public String show(@QueryParam("done") String done) {
    return page(new FormErrors(), new FormErrors(), "", "", null, done);
  }

  @POST
  @Path("password")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response changePassword(MultivaluedMap<String, String> posted) {
    Texts texts = new Texts(mvc.getLocale());
    String current = posted.getFirst("currentPassword");
    String next = posted.getFirst("newPassword");
    FormErrors errors = new FormErrors();
    MeResource.PasswordChange input = new MeResource.PasswordChange(current, next);
    errors.violations(
        ConstraintViolationMapper.violations(validator.validate(input)), AccountPages::field);
    if (next != null && !next.equals(posted.getFirst("confirmation"))) {
      errors.add("confirmation", texts.get("me.error.confirmation"));
    }
    if (!errors.any()) {
      try {
        accounts.changeOwnPassword(
            user.caller().identity().userId(),
            current,
            next,
            new Accounts.Actor(user.actor(), request.getRemoteAddr()));
        return seeOther("/app/me?done=password");
      } catch (DomainException refused) {
        errors.refused(refused, AccountPages::field, null);
      }
    }
    return Response.status(400).entity(page(errors, new FormErrors(), "", "", null, null)).build();
  }

  @POST
  @Path("tokens")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response createToken(MultivaluedMap<String, String> posted) {
    Texts texts = new Texts(mvc.getLocale());
    String label = posted.getFirst("label") == null ? "" : posted.getFirst("label").strip();
    String days = posted.getFirst("days") == null ? "" : posted.getFirst("days").strip();
    FormErrors errors = new FormErrors();
    Integer validity = null;
    if (!days.isEmpty()) {
      try {
        validity = Integer.valueOf(days);
      } catch (NumberFormatException e) {
        errors.add("days", texts.get("me.error.days"));
      }
    }
    MeResource.NewToken input = new MeResource.NewToken(label, validity);
    errors.violations(ConstraintViolationMapper.violations(validator.validate(input)), f -> f);
    if (!errors.any()) {
      try {
        Tokens.Created created = tokens.create(user.caller(), input.label(), input.days());
        // Shown on this answer only: Cadre keeps its hash, and no page shows it again.
        return Response.status(200)
            .header("Cache-Control", "no-store")
            .entity(page(new FormErrors(), new FormErrors(), "", "", created.secret(), "token"))
            .build();
      } catch (DomainException refused) {
        errors.refused(refused, f -> f, null);
      }
    }
    return Response.status(400)
        .entity(page(new FormErrors(), errors, label, days, null, null))
        .build();
  }

  @POST
  @Path("tokens/{id}/revocation")
  public Response revoke(@PathParam("id") long id) {
    tokens.revoke(user.caller(), id);
    return seeOther("/app/me?done=revoked");
  }

  /** The password form's fields: the API's {@code password} rule is the new password's. */
  private static String field(String field) {
    if (field == null) {
      return null;
    }
    return switch (field) {
      case "currentPassword" -> "currentPassword";
      case "password", "newPassword" -> "newPassword";
      default -> null;
    };
  }

  private String page(
      FormErrors passwordErrors,
      FormErrors tokenErrors,
      String label,
      String days,
      String secret,
      String done) {
    var who = user.caller().identity();
    models.put("who", who);
    models.put("tokens", tokens.mine(user.caller()));
    models.put("passwordErrors", passwordErrors);
    models.put("tokenErrors", tokenErrors);
    models.put("label", label);
    models.put("days", days);
    models.put("secret", secret);
    models.put("done", done);
    return "access/me.jte";
  }

  private Response seeOther(String path) {
    return Response.seeOther(URI.create(request.getContextPath() + path)).build();
  }
}
