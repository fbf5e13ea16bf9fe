package fr.cadre.ledger.boundary;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.control.Caller;
import fr.cadre.access.entity.Role;
import fr.cadre.kernel.Text;
import fr.cadre.ordering.control.EcbRateTable;
import fr.cadre.ordering.entity.EcbRate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

/**
 * The ECB main refinancing rates late interest is computed with (R2192-31): the shipped table and
 * those an administrator added since.
 */
@Path("ecb-rates")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EcbRatesResource {

  private static final Logger LOG = Logger.getLogger(EcbRatesResource.class.getName());

  @Inject EcbRateTable table;
  @Inject Caller caller;

  @GET
  @Operation(
      summary =
          "Liste les taux de la BCE (opérations principales de refinancement) par date d'effet")
  public List<RateView> list() {
    return table.rates().table().entrySet().stream()
        .map(e -> new RateView(e.getKey(), e.getValue(), table.shipped(e.getKey())))
        .toList();
  }

  @POST
  @Allowed(Role.ADMIN)
  @Operation(summary = "Ajoute un taux de la BCE décidé après la table livrée")
  @APIResponses({
    @APIResponse(responseCode = "201", description = "taux ajouté"),
    @APIResponse(
        responseCode = "409",
        description = "un taux est déjà connu à cette date (ecb-rate-exists)")
  })
  public Response add(@NotNull @Valid RateInput input) {
    EcbRate added = table.add(input.effectiveFrom(), input.rate(), input.source(), caller.actor());
    LOG.info(
        () ->
            "ECB rate "
                + added.rate()
                + " from "
                + added.effectiveFrom()
                + " added by "
                + caller.actor());
    return Response.status(Response.Status.CREATED)
        .entity(new RateView(added.effectiveFrom(), added.rate(), false))
        .build();
  }

  /** A rate by its date of effect; {@code shipped} when it came with Cadre's table. */
  public record RateView(LocalDate effectiveFrom, BigDecimal rate, boolean shipped) {}

  /** A rate in percent, the day it takes effect and where it was published. */
  public record RateInput(
      @NotNull LocalDate effectiveFrom,
      @NotNull @DecimalMin("-5") @DecimalMax("25") @Digits(integer = 2, fraction = 3)
          BigDecimal rate,
      @NotBlank @Size(max = 300) @Text String source) {}
}
