package fr.cadre.ordering.boundary;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.entity.Role;
import fr.cadre.agreement.control.Agreements;
import fr.cadre.ordering.control.LedgerCheck;
import fr.cadre.ordering.control.Reconciliation;
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

/** The running totals of an agreement's lots, checked against its vouchers. */
@Path("agreements/{id}/reconciliation")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReconciliationResource {

  @Inject Reconciliation reconciliation;
  @Inject Agreements agreements;

  /** 404 for an agreement that does not exist, rather than an empty, "consistent" report. */
  @GET
  @Allowed({Role.ADMIN, Role.FINANCE, Role.AUDITOR})
  @Operation(
      summary =
          "Rapproche chaque cumul (lots, membres, sites, titulaires : engagé, service fait, facturé, payé) de ce que les bons donnent, au centime")
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
    List<LedgerCheck> ledger = reconciliation.ledgerOf(agreementId);
    List<LedgerCheck.Difference> differences =
        ledger.stream().flatMap(c -> c.differences().stream()).toList();
    List<DimensionView> dimensions =
        ledger.stream()
            .map(c -> new DimensionView(c.dimension(), c.rowsChecked(), c.differences().size()))
            .toList();
    return new Report(
        lines.stream().allMatch(LineView::consistent) && differences.isEmpty(),
        lines,
        dimensions,
        differences.stream()
            .map(
                d ->
                    new DifferenceView(
                        d.dimension(),
                        d.key(),
                        d.figure(),
                        d.ledger(),
                        d.vouchers(),
                        d.difference()))
            .toList());
  }

  /**
   * {@code lines}: each lot period's committed total beside its vouchers'; {@code dimensions} and
   * {@code differences}: every ledger figure (committed, service done, invoiced, paid) per lot,
   * member, site and holder, recomputed from the vouchers; consistent when no difference.
   */
  public record Report(
      boolean consistent,
      List<LineView> lines,
      List<DimensionView> dimensions,
      List<DifferenceView> differences) {}

  /** How many rows of one dimension were checked, and how many figures differ. */
  public record DimensionView(String dimension, int rowsChecked, int differences) {}

  /** A ledger figure that its vouchers do not add up to; the key names the row. */
  public record DifferenceView(
      String dimension,
      String key,
      String figure,
      BigDecimal ledger,
      BigDecimal vouchers,
      BigDecimal difference) {}

  public record LineView(
      long lotId,
      int lotNumber,
      int periodIndex,
      BigDecimal runningTotal,
      BigDecimal vouchersTotal,
      long voucherCount,
      boolean consistent) {}
}
