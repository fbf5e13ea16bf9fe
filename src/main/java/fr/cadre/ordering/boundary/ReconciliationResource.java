package fr.cadre.ordering.boundary;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.entity.Role;
import fr.cadre.agreement.control.Agreements;
import fr.cadre.ordering.control.Reconciliation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The running totals of an agreement's lots, checked against its vouchers. */
@Path("agreements/{id}/reconciliation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReconciliationResource {

  @Inject Reconciliation reconciliation;
  @Inject Agreements agreements;

  /** 404 for an agreement that does not exist, rather than an empty, "consistent" report. */
  @GET
  @Allowed({Role.ADMIN, Role.FINANCE, Role.AUDITOR})
  @Operation(summary = "Rapproche les cumuls des lots de la somme de leurs bons, par période")
  public Report read(@PathParam("id") long agreementId) {
    agreements.agreement(agreementId);
    List<LineView> lines =
        reconciliation.ofAgreement(agreementId).stream()
            .map(
                l ->
                    new LineView(
                        l.lotId(),
                        l.lotNumber(),
                        l.periodIndex(),
                        l.runningTotal(),
                        l.vouchersTotal(),
                        l.voucherCount(),
                        l.consistent()))
            .toList();
    return new Report(lines.stream().allMatch(LineView::consistent), lines);
  }

  public record Report(boolean consistent, List<LineView> lines) {}

  public record LineView(
      long lotId,
      int lotNumber,
      int periodIndex,
      BigDecimal runningTotal,
      BigDecimal vouchersTotal,
      long voucherCount,
      boolean consistent) {}
}
