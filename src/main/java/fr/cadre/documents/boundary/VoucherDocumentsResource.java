package fr.cadre.documents.boundary;

import static fr.cadre.kernel.JsonTexts.JSON;

import fr.cadre.access.entity.Scope;
import fr.cadre.documents.control.VoucherArchive;
import fr.cadre.documents.control.VoucherDocuments;
import fr.cadre.ordering.boundary.VoucherFilterParams;
import fr.cadre.ordering.control.VoucherSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.StringReader;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Voucher documents: one PDF (named after its number), its frozen content and digest for checking a
 * copy, and a ZIP of all the vouchers a list's filters select, streamed voucher by voucher so that
 * memory stays flat for thousands of files.
 */
@Path("vouchers")
@ApplicationScoped
public class VoucherDocumentsResource {

  private static final Logger LOG = Logger.getLogger(VoucherDocumentsResource.class.getName());
  @Inject VoucherDocuments documents;
  @Inject VoucherArchive archive;
  @Inject VoucherSearch search;

  @GET
  @Path("{id}/pdf")
  @Produces("application/pdf")
  @Operation(summary = "Télécharge le bon de commande en PDF/A-2b")
  @APIResponse(
      responseCode = "409",
      description = "le bon est un brouillon, sans document (voucher-draft)")
  public Response pdf(@PathParam("id") long id) {
    VoucherDocuments.Frozen frozen = documents.visible(id);
    return Response.ok(frozen.pdf(), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + frozen.number() + ".pdf\"")
        .header("Digest", "sha-256 of content " + frozen.digest())
        .build();
  }

  /**
   * What the document states, as frozen at issue, its SHA-256 and the canonical form the digest was
   * computed on ({@code rfc8785}, or {@code cadre-field-order} for documents frozen before it):
   * anyone can recompute the digest printed on the PDF from {@code content} (README).
   */
  @GET
  @Path("{id}/document")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Lit le contenu figé du bon et son empreinte SHA-256")
  @APIResponse(
      responseCode = "409",
      description = "le bon est un brouillon, sans document (voucher-draft)")
  public JsonObject document(@PathParam("id") long id) {
    VoucherDocuments.Frozen frozen = documents.visible(id);
    return JSON.createObjectBuilder()
        .add("number", frozen.number())
        .add("digest", frozen.digest())
        .add("canonicalForm", frozen.form().code())
        .add("cancelled", frozen.cancellation() != null)
        .add("content", JSON.createReader(new StringReader(frozen.content().toJson())).readObject())
        .build();
  }

  /** A ZIP of the issued vouchers the filters select (for example a holder's, for a month). */
  @GET
  @Path("archive")
  @Produces("application/zip")
  @Operation(summary = "Télécharge en ZIP les PDF des bons émis choisis par les filtres")
  public Response archive(@BeanParam VoucherFilterParams params) {
    VoucherSearch.Filter filter = params.filter();
    // Taken now: the archive is written after this method returns.
    Scope scope = search.scope();
    StreamingOutput zip =
        out -> {
          int written = archive.write(filter, scope, out);
          LOG.info(() -> "Voucher archive of " + written + " document(s) streamed");
        };
    return Response.ok(zip, "application/zip")
        .header("Content-Disposition", "attachment; filename=\"bons-de-commande.zip\"")
        .build();
  }
}
