package fr.cadre.pages.ordering;

import fr.cadre.documents.control.VoucherDocuments;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * An issued voucher's frozen PDF, opened in the browser or downloaded, for the pages' users, whose
 * session does not open {@code /api}. Not a controller: its answer is the document, not a view.
 */
@Path("vouchers/{id}/document.pdf")
@RequestScoped
public class VoucherPdfPages {

  @Inject VoucherDocuments documents;

  @GET
  public Response pdf(@PathParam("id") long id, @QueryParam("download") boolean download) {
    VoucherDocuments.Frozen frozen = documents.frozen(id);
    return Response.ok(frozen.pdf(), "application/pdf")
        .header(
            "Content-Disposition",
            (download ? "attachment" : "inline") + "; filename=\"" + frozen.number() + ".pdf\"")
        .build();
  }
}
