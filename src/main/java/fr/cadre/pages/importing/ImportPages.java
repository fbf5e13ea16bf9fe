package fr.cadre.pages.importing;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.control.Audit;
import fr.cadre.access.entity.AuditEntry;
import fr.cadre.access.entity.Role;
import fr.cadre.importing.control.ImportRuns;
import fr.cadre.importing.control.Imports;
import fr.cadre.importing.entity.ImportRun;
import fr.cadre.kernel.DomainException;
import fr.cadre.pages.FormErrors;
import fr.cadre.pages.PageUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The scheme imports: the latest runs and the upload form ({@link ImportUploadPages}), then each
 * run's page, whose progress htmx polls every second until the run has ended, with its rejection
 * report (file, line, column, value, reason) and, after a failure, the restart.
 */
@Controller
@Path("imports")
@RequestScoped
@Allowed({Role.ADMIN, Role.AUDITOR})
public class ImportPages {

  @Inject Models models;
  @Inject ImportRuns runs;
  @Inject Imports imports;
  @Inject Audit audit;
  @Inject PageUser user;
  @Context HttpServletRequest request;

  @GET
  public String list() {
    models.put("runs", runs.runs());
    models.put("errors", new FormErrors());
    return "importing/list.jte";
  }

  @GET
  @Path("{id}")
  public String show(@PathParam("id") long id) {
    put(runs.run(id));
    return "importing/show.jte";
  }

  /** The run's state alone, for htmx's polling. */
  @GET
  @Path("{id}/progress")
  public String progress(@PathParam("id") long id) {
    put(runs.run(id));
    return "importing/_run.jte";
  }

  @POST
  @Path("{id}/restart")
  @Allowed(Role.ADMIN)
  public Response restart(@PathParam("id") long id) {
    try {
      ImportRun run = imports.restart(id, user.actor());
      audit.record(
          user.actor(),
          request.getRemoteAddr(),
          AuditEntry.Action.IMPORT_STARTED,
          "import " + run.id(),
          run.source());
      return Response.seeOther(URI.create(request.getContextPath() + "/app/imports/" + id)).build();
    } catch (DomainException refused) {
      if (refused.kind() == DomainException.Kind.NOT_FOUND) {
        throw refused;
      }
      put(runs.run(id));
      models.put("refusal", refused.getMessage());
      return Response.status(409).entity("importing/show.jte").build();
    }
  }

  private void put(ImportRun run) {
    models.put("run", run);
    models.put("report", ImportReport.of(run));
  }
}
