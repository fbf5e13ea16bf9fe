package fr.cadre.ledger.boundary;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.control.Caller;
import fr.cadre.access.entity.Role;
import fr.cadre.access.entity.Scope;
import fr.cadre.agreement.control.Agreements;
import fr.cadre.ledger.control.Exports;
import fr.cadre.ledger.control.TableFormat;
import fr.cadre.ordering.boundary.VoucherFilterParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Exports of the consumption tables, the invoices and late payments, and voucher lists, as CSV for
 * French spreadsheets or XLSX, streamed within the scope of the request that asked for them.
 */
@Path("exports")
@ApplicationScoped
public class ExportsResource {

  static final String CSV = TableFormat.CSV_MEDIA_TYPE;
  static final String XLSX = TableFormat.XLSX_MEDIA_TYPE;

  @Inject Exports exports;
  @Inject Agreements agreements;
  @Inject Caller caller;

  @GET
  @Allowed({Role.ADMIN, Role.FINANCE, Role.OFFICER, Role.AUDITOR})
  @Path("consumption")
  @Produces({CSV, XLSX})
  @Operation(
      summary = "Exporte la situation de l'accord-cadre (accord, lots, membres, sites, titulaires)")
  @APIResponse(responseCode = "404", description = "accord-cadre introuvable")
  public Response consumption(
      @Parameter(description = "l'accord-cadre") @QueryParam("agreement") @NotNull Long agreement,
      @Parameter(description = "csv ou xlsx")
          @QueryParam("format")
          @DefaultValue("csv")
          @Pattern(regexp = "csv|xlsx", message = "{fr.cadre.export.format}")
          String format) {
    agreements.agreement(agreement);
    Scope scope = caller.scope();
    return export(
        "consommation-" + agreement, format, t -> exports.consumption(agreement, scope, t));
  }

  @GET
  @Allowed({Role.ADMIN, Role.FINANCE, Role.AUDITOR})
  @Path("invoices")
  @Produces({CSV, XLSX})
  @Operation(
      summary =
          "Exporte les factures de l'accord-cadre avec échéances, retards, intérêts moratoires et indemnités ; ?late=true pour les seuls retards")
  @APIResponse(responseCode = "404", description = "accord-cadre introuvable")
  public Response invoices(
      @Parameter(description = "l'accord-cadre") @QueryParam("agreement") @NotNull Long agreement,
      @Parameter(description = "seulement les paiements en retard")
          @QueryParam("late")
          @DefaultValue("false")
          boolean late,
      @Parameter(description = "csv ou xlsx")
          @QueryParam("format")
          @DefaultValue("csv")
          @Pattern(regexp = "csv|xlsx", message = "{fr.cadre.export.format}")
          String format) {
    agreements.agreement(agreement);
    LocalDate today = LocalDate.now();
    Scope scope = caller.scope();
    return export(
        (late ? "retards-" : "factures-") + agreement,
        format,
        t -> exports.invoices(agreement, scope, late, today, t));
  }

  @GET
  @Path("vouchers")
  @Produces({CSV, XLSX})
  @Operation(summary = "Exporte les bons émis, avec les filtres de la liste")
  public Response vouchers(
      @jakarta.ws.rs.BeanParam @Valid VoucherFilterParams filter,
      @Parameter(description = "csv ou xlsx")
          @QueryParam("format")
          @DefaultValue("csv")
          @Pattern(regexp = "csv|xlsx", message = "{fr.cadre.export.format}")
          String format) {
    var selected = filter.filter();
    Scope scope = caller.scope();
    return export("bons", format, t -> exports.vouchers(selected, scope, t));
  }

  private static Response export(String name, String format, TableFormat.Body body) {
    TableFormat asked = TableFormat.of(format);
    StreamingOutput stream = out -> asked.write(out, name, body);
    return Response.ok(stream, asked.mediaType())
        .header("Content-Disposition", asked.attachment(name))
        .build();
  }
}
