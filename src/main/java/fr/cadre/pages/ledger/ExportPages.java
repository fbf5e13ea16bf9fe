package fr.cadre.pages.ledger;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.entity.Role;
import fr.cadre.access.entity.Scope;
import fr.cadre.agreement.control.Agreements;
import fr.cadre.ledger.control.Exports;
import fr.cadre.ledger.control.TableFormat;
import fr.cadre.pages.PageUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;

/**
 * The ledger's exports for the pages' users, whose session does not open {@code /api}: the same
 * {@link Exports} as {@code /api/exports}, with the same roles and the caller's scope. Not a
 * controller: its answer is the file.
 */
@Path("exports")
@RequestScoped
public class ExportPages {

  @Inject Exports exports;
  @Inject Agreements agreements;
  @Inject PageUser user;

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

  private static Response export(String name, String format, TableFormat.Body body) {
    TableFormat asked = TableFormat.of(format);
    StreamingOutput stream = out -> asked.write(out, name, body);
    return Response.ok(stream, asked.mediaType())
        .header("Content-Disposition", asked.attachment(name))
        .build();
  }
}
