package fr.cadre.pages.ledger;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.entity.Role;
import fr.cadre.access.entity.Scope;
import fr.cadre.agreement.control.Agreements;
import fr.cadre.ledger.control.CsvTable;
import fr.cadre.ledger.control.Exports;
import fr.cadre.ledger.control.Table;
import fr.cadre.ledger.control.XlsxTable;
import fr.cadre.pages.PageUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStream;
import java.time.LocalDate;

/**
 * The ledger's exports for the pages' users, whose session does not open {@code /api}: the same
 * {@link Exports} as {@code /api/exports}, with the same roles and the caller's scope. Not a
 * controller: its answer is the file.
 */
@Path("exports")
@RequestScoped
public class ExportPages {

  static final String CSV = "text/csv;charset=UTF-8";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject Exports exports;
  @Inject Agreements agreements;
  @Inject PageUser user;

  /** The body of an export, written to a table of the format asked. */
  @FunctionalInterface
  interface Body {
    void write(Table table) throws java.io.IOException;
  }

  @GET
  @Path("consumption")
  @Allowed({Role.ADMIN, Role.FINANCE, Role.OFFICER, Role.AUDITOR})
  public Response consumption(
      @QueryParam("agreement") long agreement, @QueryParam("format") String format) {
    agreements.agreement(agreement);
    Scope scope = user.scope();
    return export(
        "consommation-" + agreement, format, t -> exports.consumption(agreement, scope, t));
  }

  @GET
  @Path("invoices")
  @Allowed({Role.ADMIN, Role.FINANCE, Role.AUDITOR})
  public Response invoices(
      @QueryParam("agreement") long agreement,
      @QueryParam("late") boolean late,
      @QueryParam("format") String format) {
    agreements.agreement(agreement);
    Scope scope = user.scope();
    LocalDate today = LocalDate.now();
    return export(
        (late ? "retards-" : "factures-") + agreement,
        format,
        t -> exports.invoices(agreement, scope, late, today, t));
  }

  private static Response export(String name, String format, Body body) {
    boolean xlsx = "xlsx".equals(format);
    StreamingOutput stream =
        (OutputStream out) -> {
          try (Table table = xlsx ? new XlsxTable(out, name) : new CsvTable(out)) {
            body.write(table);
          }
        };
    return Response.ok(stream, xlsx ? XLSX : CSV)
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + name + (xlsx ? ".xlsx" : ".csv") + "\"")
        .build();
  }
}
