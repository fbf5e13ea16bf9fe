package fr.cadre.importing.boundary;

import static fr.cadre.kernel.JsonTexts.JSON;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.control.Audit;
import fr.cadre.access.control.Caller;
import fr.cadre.access.entity.AuditEntry;
import fr.cadre.access.entity.Role;
import fr.cadre.importing.control.ImportRuns;
import fr.cadre.importing.control.Imports;
import fr.cadre.importing.entity.ImportRun;
import fr.cadre.kernel.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.InputStream;
import java.io.StringReader;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

/**
 * Scheme imports: start one from a server folder or an uploaded ZIP of the CSV files, follow its
 * status and progress, read its report, restart it after a failure or a crash.
 */
@Path("imports")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

  @Inject Imports imports;
  @Inject ImportRuns runs;
  @Inject Caller caller;
  @Inject Audit audit;

  @GET
  @Allowed({Role.ADMIN, Role.AUDITOR})
  @Operation(summary = "Liste les derniers imports")
  public List<JsonObject> list() {
    return runs.runs().stream().map(ImportsResource::view).toList();
  }

  @GET
  @Allowed({Role.ADMIN, Role.AUDITOR})
  @Path("{id}")
  @Operation(summary = "Lit un import : statut, progression, défauts")
  public JsonObject read(@PathParam("id") long id) {
    return view(runs.run(id));
  }

  /**
   * {@code {"folder": "marseille-2025"}}: a folder below the import root ({@code
   * cadre.import.root}, relative to it or absolute); its files are copied, then imported.
   */
  @POST
  @Allowed(Role.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Importe un dispositif depuis un dossier du serveur")
  @APIResponse(responseCode = "202", description = "import lancé ; son état se lit à son adresse")
  public Response fromFolder(@NotNull @Valid FolderInput input) {
    return accepted(imports.fromFolder(input.folder(), caller.actor()));
  }

  /**
   * A ZIP holding the scheme's CSV files, checked whole before any run exists (see {@code
   * ZipUpload}); a declared length past the cap is refused before a byte is read.
   */
  @POST
  @Allowed(Role.ADMIN)
  @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
  @Operation(summary = "Importe un dispositif depuis une archive ZIP de ses fichiers CSV")
  @APIResponses({
    @APIResponse(
        responseCode = "202",
        description = "import lancé ; son état se lit à son adresse"),
    @APIResponse(responseCode = "413", description = "archive ZIP au-delà de la taille admise")
  })
  public Response fromZip(@HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length, InputStream zip) {
    imports.checkDeclaredLength(length);
    return accepted(imports.fromZip(zip, caller.actor()));
  }

  @POST
  @Allowed(Role.ADMIN)
  @Path("{id}/restart")
  @Operation(summary = "Reprend un import échoué ou interrompu")
  @APIResponses({
    @APIResponse(responseCode = "202", description = "import relancé"),
    @APIResponse(responseCode = "409", description = "l'import n'est pas en échec (import-restart)")
  })
  public Response restart(@PathParam("id") long id) {
    return accepted(imports.restart(id, caller.actor()));
  }

  /** Every run started through the API is recorded in the audit log, with who and from where. */
  private Response accepted(ImportRun run) {
    audit.record(
        caller.login(),
        caller.address(),
        AuditEntry.Action.IMPORT_STARTED,
        "import " + run.id(),
        run.source());
    return Response.accepted(view(run))
        .location(UriBuilder.fromPath("/api/imports/{id}").build(run.id()))
        .build();
  }

  static JsonObject view(ImportRun run) {
    JsonObjectBuilder o =
        JSON.createObjectBuilder()
            .add("id", run.id())
            .add("status", run.status().name())
            .add("source", run.source())
            .add("startedBy", run.startedBy())
            .add("startedAt", run.startedAt().toString() + "Z")
            .add("attempts", run.attempts())
            .add(
                "progress",
                JSON.createObjectBuilder()
                    .add("items", run.totalItems())
                    .add("written", run.writtenItems()));
    o.add(
        "endedAt", run.endedAt() == null ? JsonValue.NULL : JSON.createValue(run.endedAt() + "Z"));
    o.add(
        "executionId",
        run.executionId() == null ? JsonValue.NULL : JSON.createValue(run.executionId()));
    o.add(
        "counts",
        run.counts() == null ? JsonValue.EMPTY_JSON_OBJECT : parse(run.counts()).asJsonObject());
    JsonArray problems =
        run.problems() == null ? JsonValue.EMPTY_JSON_ARRAY : parse(run.problems()).asJsonArray();
    o.add("problems", problems);
    o.add("failure", run.failure() == null ? JsonValue.NULL : JSON.createValue(run.failure()));
    return o.build();
  }

  private static JsonValue parse(String json) {
    return JSON.createReader(new StringReader(json)).readValue();
  }

  /** As long as the column that records the folder. */
  public record FolderInput(@NotBlank @Size(max = 1000) @Text String folder) {}
}
