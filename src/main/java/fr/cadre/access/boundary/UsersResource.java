package fr.cadre.access.boundary;

import fr.cadre.access.control.Accounts;
import fr.cadre.access.control.Caller;
import fr.cadre.access.entity.Role;
import fr.cadre.access.entity.User;
import fr.cadre.kernel.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

/** Cadre's users, managed by administrators (auditors read them). */
@Path("users")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(Role.ADMIN)
public class UsersResource {

  @Inject Accounts accounts;
  @Inject Caller caller;

  @GET
  @Allowed({Role.ADMIN, Role.AUDITOR})
  @Operation(summary = "Liste les utilisateurs")
  public List<UserView> list() {
    return accounts.users().stream().map(UserView::of).toList();
  }

  @POST
  @Operation(summary = "Crée un utilisateur, avec ses rôles et son membre ou titulaire")
  @APIResponses({
    @APIResponse(responseCode = "201", description = "utilisateur créé"),
    @APIResponse(responseCode = "409", description = "identifiant déjà pris (duplicate)")
  })
  public Response create(@NotNull @Valid NewUser input) {
    User user = accounts.create(input.login(), input.details(), input.password(), actor());
    return Response.created(UriBuilder.fromPath("/api/users/{id}").build(user.id()))
        .entity(UserView.of(user))
        .build();
  }

  @GET
  @Path("{id}")
  @Allowed({Role.ADMIN, Role.AUDITOR})
  @Operation(summary = "Lit un utilisateur")
  public UserView read(@PathParam("id") long id) {
    return UserView.of(accounts.user(id));
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Modifie le nom, les rôles, le rattachement ou l'activité d'un utilisateur")
  public UserView update(@PathParam("id") long id, @NotNull @Valid UserInput input) {
    return UserView.of(accounts.change(id, input.details(), actor()));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Désactive un utilisateur")
  public UserView deactivate(@PathParam("id") long id) {
    return UserView.of(accounts.deactivate(id, actor()));
  }

  @POST
  @Path("{id}/password")
  @Operation(summary = "Réinitialise le mot de passe d'un utilisateur (et lève un verrouillage)")
  public UserView resetPassword(@PathParam("id") long id, @NotNull @Valid NewPassword input) {
    return UserView.of(accounts.resetPassword(id, input.password(), actor()));
  }

  private Accounts.Actor actor() {
    return new Accounts.Actor(caller.login(), caller.address());
  }

  /** A user as shown: never the password's hash. */
  public record UserView(
      long id,
      String login,
      String name,
      List<Role> roles,
      Long memberId,
      Long operatorId,
      boolean active,
      LocalDateTime lockedUntil) {

    static UserView of(User u) {
      return new UserView(
          u.id(),
          u.login(),
          u.name(),
          List.copyOf(u.roles()),
          u.scope().memberId(),
          u.scope().operatorId(),
          u.active(),
          u.lockedUntil());
    }
  }

  /** A new user: a member or an operator, or neither for the whole consortium. */
  public record NewUser(
      @NotBlank @Size(max = 100) @Text String login,
      @NotBlank @Size(max = 200) @Text String name,
      @NotNull @Size(min = 1, max = 5) List<@NotNull Role> roles,
      Long memberId,
      Long operatorId,
      @NotNull @Size(max = 200) String password) {

    Accounts.Details details() {
      return new Accounts.Details(name, EnumSet.copyOf(roles), memberId, operatorId, true);
    }
  }

  /** What an administrator changes; {@code active} false deactivates, true reactivates. */
  public record UserInput(
      @NotBlank @Size(max = 200) @Text String name,
      @NotNull @Size(min = 1, max = 5) List<@NotNull Role> roles,
      Long memberId,
      Long operatorId,
      @NotNull Boolean active) {

    Accounts.Details details() {
      return new Accounts.Details(name, EnumSet.copyOf(roles), memberId, operatorId, active);
    }
  }

  /** A password set by an administrator. */
  public record NewPassword(@NotNull @Size(max = 200) String password) {}
}
