package fr.cadre.agreement.boundary;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.entity.Role;
import fr.cadre.agreement.boundary.AgreementViews.AgreementInput;
import fr.cadre.agreement.boundary.AgreementViews.AgreementView;
import fr.cadre.agreement.boundary.AgreementViews.LotInput;
import fr.cadre.agreement.boundary.AgreementViews.LotView;
import fr.cadre.agreement.control.Agreements;
import fr.cadre.agreement.entity.FrameworkAgreement;
import fr.cadre.agreement.entity.Lot;
import fr.cadre.platform.OnCreate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.ConvertGroup;
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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

/** Framework agreements, with their periods, and the lots they are split into. */
@Path("agreements")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgreementsResource {

  @Inject Agreements agreements;

  @GET
  @Operation(summary = "Liste les accords-cadres")
  public List<AgreementView> list() {
    return agreements.all().stream().map(AgreementView::of).toList();
  }

  @POST
  @Allowed(Role.ADMIN)
  @Operation(summary = "Crée un accord-cadre (L2125-1 : durée)")
  @APIResponses({
    @APIResponse(responseCode = "201", description = "accord-cadre créé"),
    @APIResponse(responseCode = "409", description = "référence déjà prise (duplicate-reference)")
  })
  public Response create(@NotNull @Valid @ConvertGroup(to = OnCreate.class) AgreementInput input) {
    FrameworkAgreement a = agreements.create(input.consortiumId(), input.terms());
    return Response.created(UriBuilder.fromPath("/api/agreements/{id}").build(a.id()))
        .entity(AgreementView.of(a))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Lit un accord-cadre, ses périodes et son statut")
  public AgreementView read(@PathParam("id") long id) {
    return AgreementView.of(agreements.agreement(id));
  }

  @PUT
  @Allowed(Role.ADMIN)
  @Path("{id}")
  @Operation(summary = "Modifie un accord-cadre")
  @APIResponse(
      responseCode = "409",
      description =
          "référence déjà prise (duplicate-reference), ou durée changée après notification (R2194-1)")
  public AgreementView update(@PathParam("id") long id, @NotNull @Valid AgreementInput input) {
    return AgreementView.of(agreements.revise(id, input.terms()));
  }

  /** Records a termination (résiliation): no voucher may be issued from that day on. */
  @POST
  @Allowed(Role.ADMIN)
  @Path("{id}/termination")
  @Operation(summary = "Enregistre la résiliation d'un accord-cadre")
  public AgreementView terminate(@PathParam("id") long id, @NotNull @Valid Termination input) {
    return AgreementView.of(agreements.terminate(id, input.terminatedOn()));
  }

  @GET
  @Path("{id}/lots")
  @Operation(summary = "Liste les lots d'un accord-cadre")
  public List<LotView> lots(@PathParam("id") long id) {
    return agreements.agreement(id).lots().stream().map(LotView::of).toList();
  }

  @POST
  @Allowed(Role.ADMIN)
  @Path("{id}/lots")
  @Operation(summary = "Ajoute un lot à un accord-cadre (R2162-4 : minimum et maximum)")
  @APIResponses({
    @APIResponse(responseCode = "201", description = "lot créé"),
    @APIResponse(responseCode = "409", description = "numéro de lot déjà pris (duplicate-lot)")
  })
  public Response addLot(
      @PathParam("id") long id, @NotNull @Valid @ConvertGroup(to = OnCreate.class) LotInput input) {
    Lot lot = agreements.addLot(id, input.number(), input.definition(agreements.agreement(id)));
    return Response.created(UriBuilder.fromPath("/api/lots/{id}").build(lot.id()))
        .entity(LotView.of(lot))
        .build();
  }

  /** The day an agreement ends early. */
  public record Termination(@NotNull LocalDate terminatedOn) {}
}
