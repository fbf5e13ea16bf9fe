package fr.cadre.agreement.boundary;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.entity.Role;
import fr.cadre.agreement.boundary.AgreementViews.PriceLineInput;
import fr.cadre.agreement.boundary.AgreementViews.PriceLineView;
import fr.cadre.agreement.control.AgreementSettings;
import fr.cadre.agreement.control.Agreements;
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

/** One line of a price schedule. */
@Path("price-lines/{id}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PriceLinesResource {

  @Inject Agreements agreements;
  @Inject AgreementSettings settings;

  @GET
  @Operation(summary = "Lit une ligne de prix")
  public PriceLineView read(@PathParam("id") long id) {
    return PriceLineView.of(agreements.priceLine(id));
  }

  /** Issued vouchers keep the price they were issued at; a change applies to later ones. */
  @PUT
  @Allowed(Role.ADMIN)
  @Operation(summary = "Modifie une ligne de prix (les bons émis gardent leur prix)")
  @APIResponse(
      responseCode = "409",
      description = "code de prix déjà pris dans le lot (duplicate-price-code)")
  public PriceLineView update(@PathParam("id") long id, @NotNull @Valid PriceLineInput input) {
    return PriceLineView.of(
        agreements.revisePriceLine(id, input.details(settings.defaultVatRate())));
  }

  @DELETE
  @Allowed(Role.ADMIN)
  @Operation(summary = "Désactive une ligne de prix")
  public PriceLineView deactivate(@PathParam("id") long id) {
    return PriceLineView.of(agreements.deactivatePriceLine(id));
  }
}
