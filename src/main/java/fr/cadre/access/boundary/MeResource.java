package fr.cadre.access.boundary;

import fr.cadre.access.control.Accounts;
import fr.cadre.access.control.Caller;
import fr.cadre.access.control.Tokens;
import fr.cadre.access.entity.ApiToken;
import fr.cadre.access.entity.Role;
import fr.cadre.kernel.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The authenticated user's own account: who they are, their password, their API tokens. */
@Path("me")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject Caller caller;
  @Inject Accounts accounts;
  @Inject Tokens tokens;

  @GET
  @Operation(summary = "Dit qui est connecté : identifiant, rôles, membre ou titulaire")
  public Me read() {
    var who = caller.identity();
    return new Me(
        who.login(),
        who.name(),
        List.copyOf(who.roles()),
        who.scope().memberId(),
        who.scope().operatorId());
  }

  @PUT
  @Path("password")
  @Operation(summary = "Change son propre mot de passe, en donnant l'actuel")
  @APIResponse(responseCode = "204", description = "mot de passe changé")
  public Response changePassword(@NotNull @Valid PasswordChange input) {
    accounts.changeOwnPassword(
        caller.identity().userId(),
        input.currentPassword(),
        input.newPassword(),
        new Accounts.Actor(caller.login(), caller.address()));
    return Response.noContent().build();
  }

  @GET
  @Path("tokens")
  @Operation(summary = "Liste ses jetons d'API (jamais leur valeur)")
  public List<TokenView> tokens() {
    return tokens.mine(caller).stream().map(t -> TokenView.of(t, null)).toList();
  }

  @POST
  @Path("tokens")
  @Operation(summary = "Crée un jeton d'API ; sa valeur n'est montrée qu'ici, une fois")
  @APIResponse(responseCode = "201", description = "jeton créé, avec sa valeur (token)")
  public Response createToken(@NotNull @Valid NewToken input) {
    Tokens.Created created = tokens.create(caller, input.label(), input.days());
    return Response.status(Response.Status.CREATED)
        .entity(TokenView.of(created.token(), created.secret()))
        .build();
  }

  @DELETE
  @Path("tokens/{id}")
  @Operation(summary = "Révoque un de ses jetons : il est refusé dès maintenant")
  public TokenView revoke(@PathParam("id") long id) {
    return TokenView.of(tokens.revoke(caller, id), null);
  }

  /** The caller as Cadre sees them. */
  public record Me(String login, String name, List<Role> roles, Long memberId, Long operatorId) {}

  public record PasswordChange(
      @NotNull @Size(max = 200) String currentPassword,
      @NotNull @Size(max = 200) String newPassword) {}

  /** {@code days}: the validity, {@code cadre.access.token-days} when absent. */
  public record NewToken(
      @NotBlank @Size(max = 100) @Text String label, @Min(1) @Max(Tokens.MAX_DAYS) Integer days) {}

  /** A token; {@code token}, its value, only in the answer that creates it. */
  public record TokenView(
      long id,
      String label,
      LocalDateTime createdAt,
      LocalDateTime expiresAt,
      LocalDateTime revokedAt,
      String token) {

    static TokenView of(ApiToken t, String secret) {
      return new TokenView(t.id(), t.label(), t.createdAt(), t.expiresAt(), t.revokedAt(), secret);
    }
  }
}
