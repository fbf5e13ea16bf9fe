package fr.cadre.ledger.boundary;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.control.Caller;
import fr.cadre.access.entity.Role;
import fr.cadre.kernel.Money;
import fr.cadre.ledger.control.Overview;
import fr.cadre.ledger.entity.Figures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Where an agreement stands: the finance ledger's overview. The forecast (lots and agreement) is
 * linear on the committed amount per day elapsed in the period (see {@code Forecast}).
 */
@Path("agreements/{id}/ledger")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {

  @Inject Overview overview;
  @Inject Caller caller;

  @GET
  @Allowed({Role.ADMIN, Role.FINANCE, Role.OFFICER, Role.AUDITOR})
  @Operation(
      summary =
          "Situation de l'accord-cadre par période : accord, lots, membres, sites, titulaires (maximum, minimum, engagé, service fait, facturé, payé, reste, part consommée)")
  public List<RowView> read(@PathParam("id") long agreementId) {
    return overview.of(agreementId, caller.scope()).stream().map(RowView::of).toList();
  }

  /** One row of the overview; amounts in euros, the share in percent of the maximum. */
  public record RowView(
      String dimension,
      long id,
      String name,
      int periodIndex,
      String period,
      BigDecimal minimum,
      BigDecimal maximum,
      BigDecimal committedHt,
      BigDecimal doneHt,
      BigDecimal invoicedHt,
      BigDecimal invoicedTtc,
      BigDecimal paidHt,
      BigDecimal paidTtc,
      BigDecimal remainingHt,
      BigDecimal sharePercent,
      BigDecimal forecastHt,
      boolean minimumAtRisk) {

    static RowView of(Overview.Row r) {
      Figures f = r.figures();
      return new RowView(
          r.dimension(),
          r.id(),
          r.name(),
          r.periodIndex(),
          r.period(),
          amount(r.minimum()),
          amount(r.maximum()),
          f.committed().amount(),
          f.done().amount(),
          f.invoicedHt().amount(),
          f.invoicedTtc().amount(),
          f.paidHt().amount(),
          f.paidTtc().amount(),
          amount(f.remaining(r.maximum())),
          f.share(r.maximum()),
          amount(r.forecast()),
          r.minimumAtRisk());
    }

    private static BigDecimal amount(Money m) {
      return m == null ? null : m.amount();
    }
  }
}
