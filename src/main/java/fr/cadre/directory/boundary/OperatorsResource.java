package fr.cadre.directory.boundary;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.entity.Role;
import fr.cadre.directory.boundary.DirectoryViews.OperatorInput;
import fr.cadre.directory.boundary.DirectoryViews.OperatorView;
import fr.cadre.directory.control.Directory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

/** Operators (titulaires) that lots are awarded to. */
@Path("operators")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OperatorsResource {

  @Inject Directory directory;

  @GET
  @Operation(summary = "Liste les titulaires")
  public List<OperatorView> list() {
    return directory.operators().stream().map(OperatorView::of).toList();
  }

  @POST
  @Allowed(Role.ADMIN)
  @Operation(summary = "Crée un titulaire")
  @APIResponses({
    @APIResponse(responseCode = "201", description = "titulaire créé"),
    @APIResponse(responseCode = "409", description = "SIRET déjà enregistré (duplicate-siret)")
  })
  public Response create(@NotNull @Valid OperatorInput input) {
    OperatorView view = OperatorView.of(directory.createOperator(input.details()));
    return Response.created(UriBuilder.fromPath("/api/operators/{id}").build(view.id()))
        .entity(view)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Lit un titulaire")
  public OperatorView read(@PathParam("id") long id) {
    return OperatorView.of(directory.operator(id));
  }

  @PUT
  @Allowed(Role.ADMIN)
  @Path("{id}")
  @Operation(summary = "Modifie un titulaire")
  @APIResponse(responseCode = "409", description = "SIRET déjà enregistré (duplicate-siret)")
  public OperatorView update(@PathParam("id") long id, @NotNull @Valid OperatorInput input) {
    return OperatorView.of(directory.reviseOperator(id, input.details()));
  }

  /** Operators are referred to by lots and vouchers: deleting one deactivates it. */
  @DELETE
  @Allowed(Role.ADMIN)
  @Path("{id}")
  @Operation(summary = "Désactive un titulaire")
  public OperatorView deactivate(@PathParam("id") long id) {
    return OperatorView.of(directory.deactivateOperator(id));
  }
}
