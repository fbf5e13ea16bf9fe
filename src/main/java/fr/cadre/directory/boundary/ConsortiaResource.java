package fr.cadre.directory.boundary;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.entity.Role;
import fr.cadre.directory.boundary.DirectoryViews.ConsortiumInput;
import fr.cadre.directory.boundary.DirectoryViews.ConsortiumView;
import fr.cadre.directory.boundary.DirectoryViews.MemberInput;
import fr.cadre.directory.boundary.DirectoryViews.MemberView;
import fr.cadre.directory.control.Directory;
import fr.cadre.directory.entity.Consortium;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

/** Consortia (groupements de commandes) and their members. */
@Path("consortia")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsortiaResource {

  @Inject Directory directory;

  @GET
  @Operation(summary = "Liste les groupements de commandes")
  public List<ConsortiumView> list() {
    return directory.consortia().stream().map(ConsortiumView::of).toList();
  }

  @POST
  @Allowed(Role.ADMIN)
  @Operation(summary = "Crée un groupement de commandes")
  @APIResponse(responseCode = "201", description = "groupement créé")
  public Response create(@NotNull @Valid ConsortiumInput input) {
    Consortium c =
        directory.createConsortium(
            input.name(), input.constitutiveAgreementRef(), input.constitutiveAgreementDate());
    return Response.created(UriBuilder.fromPath("/api/consortia/{id}").build(c.id()))
        .entity(ConsortiumView.of(c))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Lit un groupement")
  public ConsortiumView read(@PathParam("id") long id) {
    return ConsortiumView.of(directory.consortium(id));
  }

  @PUT
  @Allowed(Role.ADMIN)
  @Path("{id}")
  @Operation(summary = "Modifie un groupement ou désigne son coordonnateur")
  public ConsortiumView update(@PathParam("id") long id, @NotNull @Valid ConsortiumInput input) {
    return ConsortiumView.of(
        directory.reviseConsortium(
            id,
            input.name(),
            input.constitutiveAgreementRef(),
            input.constitutiveAgreementDate(),
            input.coordinatorId()));
  }

  @GET
  @Path("{id}/members")
  @Operation(summary = "Liste les membres d'un groupement")
  public List<MemberView> members(@PathParam("id") long id) {
    return directory.members(id).stream().map(MemberView::of).toList();
  }

  @POST
  @Allowed(Role.ADMIN)
  @Path("{id}/members")
  @Operation(summary = "Ajoute un membre à un groupement")
  @APIResponses({
    @APIResponse(responseCode = "201", description = "membre créé"),
    @APIResponse(
        responseCode = "409",
        description = "SIRET déjà membre du groupement (duplicate-siret)")
  })
  public Response addMember(@PathParam("id") long id, @NotNull @Valid MemberInput input) {
    MemberView member = MemberView.of(directory.addMember(id, input.details()));
    return Response.created(UriBuilder.fromPath("/api/members/{id}").build(member.id()))
        .entity(member)
        .build();
  }
}
