package fr.cadre.directory.boundary;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.entity.Role;
import fr.cadre.directory.boundary.DirectoryViews.MemberInput;
import fr.cadre.directory.boundary.DirectoryViews.MemberView;
import fr.cadre.directory.control.Directory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** One member of a consortium. */
@Path("members/{id}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MembersResource {

  @Inject Directory directory;

  @GET
  @Operation(summary = "Lit un membre")
  public MemberView read(@PathParam("id") long id) {
    return MemberView.of(directory.member(id));
  }

  @PUT
  @Allowed(Role.ADMIN)
  @Operation(summary = "Modifie un membre")
  @APIResponse(
      responseCode = "409",
      description = "SIRET déjà membre du groupement (duplicate-siret)")
  public MemberView update(@PathParam("id") long id, @NotNull @Valid MemberInput input) {
    return MemberView.of(directory.reviseMember(id, input.details()));
  }

  /** Members are referred to by sites and vouchers: deleting one deactivates it. */
  @DELETE
  @Allowed(Role.ADMIN)
  @Operation(summary = "Désactive un membre")
  public MemberView deactivate(@PathParam("id") long id) {
    return MemberView.of(directory.deactivateMember(id));
  }
}
