package fr.cadre.ledger.boundary;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.entity.Role;
import fr.cadre.ledger.control.Alerts;
import fr.cadre.ledger.entity.Alert;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The finance alerts of a day. */
@Path("alerts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AlertsResource {

  @Inject Alerts alerts;

  @GET
  @Allowed({Role.ADMIN, Role.FINANCE, Role.OFFICER, Role.AUDITOR})
  @Operation(
      summary =
          "Alertes : seuils du maximum franchis, minimum menacé, fin d'accord ou de période proche, factures à échéance ou en retard")
  public List<AlertView> list(
      @Parameter(description = "jour d'évaluation, aujourd'hui par défaut") @QueryParam("on")
          LocalDate on,
      @Parameter(description = "un seul accord-cadre") @QueryParam("agreement") Long agreement) {
    return alerts.on(on == null ? LocalDate.now() : on, Optional.ofNullable(agreement)).stream()
        .map(AlertView::of)
        .toList();
  }

  /** One alert: what, where, the figures and since when. */
  public record AlertView(
      Alert.Kind kind,
      String title,
      String message,
      Long agreementId,
      Integer periodIndex,
      Long lotId,
      Long memberId,
      String voucherNumber,
      String invoiceReference,
      Map<String, BigDecimal> figures,
      LocalDate since) {

    static AlertView of(Alert a) {
      return new AlertView(
          a.kind(),
          a.kind().french(),
          a.message(),
          a.agreementId(),
          a.periodIndex(),
          a.lotId(),
          a.memberId(),
          a.voucherNumber(),
          a.invoiceReference(),
          a.figures(),
          a.since());
    }
  }
}
