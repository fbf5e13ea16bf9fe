package fr.cadre.agreement.boundary;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.entity.Role;
import fr.cadre.agreement.boundary.AgreementViews.LotInput;
import fr.cadre.agreement.boundary.AgreementViews.LotView;
import fr.cadre.agreement.boundary.AgreementViews.PriceLineInput;
import fr.cadre.agreement.boundary.AgreementViews.PriceLineView;
import fr.cadre.agreement.boundary.SiteViews.SiteAssignmentView;
import fr.cadre.agreement.control.AgreementSettings;
import fr.cadre.agreement.control.Agreements;
import fr.cadre.agreement.control.Sites;
import fr.cadre.agreement.entity.Lot;
import fr.cadre.agreement.entity.PriceLine;
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

/** One lot: its holders, limits per period and price schedule (BPU). */
@Path("lots/{id}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LotsResource {

  @Inject Agreements agreements;
  @Inject AgreementSettings settings;
  @Inject Sites sites;

  @GET
  @Operation(summary = "Lit un lot : titulaires, limites par période et consommation")
  public LotView read(@PathParam("id") long id) {
    return LotView.of(agreements.lot(id));
  }

  @PUT
  @Allowed(Role.ADMIN)
  @Operation(summary = "Modifie un lot")
  public LotView update(@PathParam("id") long id, @NotNull @Valid LotInput input) {
    Lot lot = agreements.lot(id);
    return LotView.of(agreements.reviseLot(id, input.definition(lot.agreement())));
  }

  /** Lots are referred to by sites and vouchers: deleting one deactivates it. */
  @DELETE
  @Allowed(Role.ADMIN)
  @Operation(summary = "Désactive un lot")
  public LotView deactivate(@PathParam("id") long id) {
    return LotView.of(agreements.deactivateLot(id));
  }

  /** The sites this lot serves, with the holder fixed for each and the days served. */
  @GET
  @Path("sites")
  @Operation(summary = "Liste les sites que sert un lot, avec leur titulaire et leurs dates")
  public List<SiteAssignmentView> sites(@PathParam("id") long id) {
    agreements.lot(id);
    return sites.servedBy(id).stream().map(SiteAssignmentView::of).toList();
  }

  @GET
  @Path("price-lines")
  @Operation(summary = "Liste le bordereau de prix d'un lot")
  public List<PriceLineView> priceLines(@PathParam("id") long id) {
    return agreements.lot(id).priceLines().stream().map(PriceLineView::of).toList();
  }

  @POST
  @Allowed(Role.ADMIN)
  @Path("price-lines")
  @Operation(summary = "Ajoute une ligne au bordereau de prix d'un lot")
  @APIResponses({
    @APIResponse(responseCode = "201", description = "ligne de prix créée"),
    @APIResponse(
        responseCode = "409",
        description = "code de prix déjà pris dans le lot (duplicate-price-code)")
  })
  public Response addPriceLine(@PathParam("id") long id, @NotNull @Valid PriceLineInput input) {
    PriceLine line = agreements.addPriceLine(id, input.details(settings.defaultVatRate()));
    return Response.created(UriBuilder.fromPath("/api/price-lines/{id}").build(line.id()))
        .entity(PriceLineView.of(line))
        .build();
  }
}
