package fr.cadre.pages.importing;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.control.Audit;
import fr.cadre.access.entity.AuditEntry;
import fr.cadre.access.entity.Role;
import fr.cadre.importing.control.ImportRuns;
import fr.cadre.importing.control.Imports;
import fr.cadre.importing.control.UploadRefused;
import fr.cadre.importing.entity.ImportRun;
import fr.cadre.kernel.DomainException;
import fr.cadre.pages.FormErrors;
import fr.cadre.pages.JteViewEngine;
import fr.cadre.pages.PageUser;
import fr.cadre.pages.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.MvcContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The upload of a scheme's ZIP from the imports page: a {@code multipart/form-data} post, which
 * Krazo cannot check for its token (it reads only url-encoded forms), so this resource is not a
 * controller and compares the form's token with the session's itself. The archive goes to {@link
 * Imports#fromZip}, as {@code POST /api/imports} sends it: checked whole before any run exists, a
 * refusal shown beside the file field; then to the run's page, which shows its progress.
 */
@Path("imports/upload")
@RequestScoped
@Allowed(Role.ADMIN)
public class ImportUploadPages {

  @Inject Imports imports;
  @Inject ImportRuns runs;
  @Inject Audit audit;
  @Inject PageUser user;
  @Inject MvcContext mvc;
  @Inject JteViewEngine views;
  @Context HttpServletRequest request;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response upload(List<EntityPart> parts) throws IOException {
    String token = part(parts, mvc.getCsrf().getName()).map(ImportUploadPages::text).orElse("");
    if (!MessageDigest.isEqual(
        token.getBytes(StandardCharsets.UTF_8),
        mvc.getCsrf().getToken().getBytes(StandardCharsets.UTF_8))) {
      return html(403, views.render("error.jte", Map.of("status", 403), request));
    }
    Texts texts = new Texts(mvc.getLocale());
    Optional<EntityPart> archive = part(parts, "archive");
    FormErrors errors = new FormErrors();
    if (archive.isEmpty() || archive.get().getFileName().orElse("").isBlank()) {
      errors.add("archive", texts.get("imports.error.none"));
      return refused(400, errors);
    }
    ImportRun run;
    try (InputStream zip = archive.get().getContent()) {
      run = imports.fromZip(zip, user.actor());
    } catch (UploadRefused refused) {
      errors.add("archive", refused.getMessage());
      return refused(refused.status(), errors);
    } catch (DomainException refused) {
      errors.add("archive", refused.getMessage());
      return refused(400, errors);
    }
    audit.record(
        user.actor(),
        request.getRemoteAddr(),
        AuditEntry.Action.IMPORT_STARTED,
        "import " + run.id(),
        run.source());
    return Response.seeOther(URI.create(request.getContextPath() + "/app/imports/" + run.id()))
        .build();
  }

  private Response refused(int status, FormErrors errors) {
    return html(
        status,
        views.render("importing/list.jte", Map.of("runs", runs.runs(), "errors", errors), request));
  }

  private static Response html(int status, String html) {
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(html)
        .build();
  }

  private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
    return parts.stream().filter(p -> name.equals(p.getName())).findFirst();
  }

  private static String text(EntityPart part) {
    try {
      return part.getContent(String.class);
    } catch (IOException e) {
      return "";
    }
  }
}
