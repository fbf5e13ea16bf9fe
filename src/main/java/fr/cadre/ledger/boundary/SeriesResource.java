package fr.cadre.ledger.boundary;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.entity.Role;
import fr.cadre.kernel.Money;
import fr.cadre.ledger.control.Series;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Time series for charts: cumulative committed per month. */
@Path("agreements/{id}/series")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SeriesResource {

  @Inject Series series;

  @GET
  @Allowed({Role.ADMIN, Role.FINANCE, Role.OFFICER, Role.AUDITOR})
  @Operation(
      summary =
          "Séries pour graphiques : engagé cumulé par mois et par période, par lot (avec maximum et minimum), membre ou site")
  public List<LineView> read(
      @PathParam("id") long agreementId,
      @Parameter(description = "LOT (par défaut), MEMBER ou SITE") @QueryParam("by") Series.By by) {
    return series.of(agreementId, by == null ? Series.By.LOT : by).stream()
        .map(LineView::of)
        .toList();
  }

  /** One series and its points. */
  public record LineView(
      long id,
      String name,
      int periodIndex,
      BigDecimal minimum,
      BigDecimal maximum,
      List<PointView> points) {

    static LineView of(Series.Line l) {
      return new LineView(
          l.id(),
          l.name(),
          l.periodIndex(),
          amount(l.minimum()),
          amount(l.maximum()),
          l.points().stream()
              .map(
                  p ->
                      new PointView(
                          p.month().toString(), p.committed().amount(), p.cumulated().amount()))
              .toList());
    }
  }

  /** One month (yyyy-MM): committed in it, and cumulated since the period's start. */
  public record PointView(String month, BigDecimal committed, BigDecimal cumulated) {}

  private static BigDecimal amount(Money m) {
    return m == null ? null : m.amount();
  }
}
