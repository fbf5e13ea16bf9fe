package fr.cadre.pages.access;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.control.Audit;
import fr.cadre.access.entity.AuditEntry;
import fr.cadre.access.entity.Role;
import fr.cadre.pages.FormErrors;
import fr.cadre.pages.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.MvcContext;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;

/**
 * The audit log, newest first, for administrators and auditors: filters by who, what and which days
 * (UTC), 50 entries a page, read through {@link Audit#find} as {@code /api/audit} reads it.
 */
@Controller
@Path("audit")
@RequestScoped
@Allowed({Role.ADMIN, Role.AUDITOR})
public class AuditPages {

  static final int PAGE_SIZE = 50;

  @Inject Models models;
  @Inject MvcContext mvc;
  @Inject Audit audit;

  @GET
  public Response list(@BeanParam AuditQuery query) {
    FormErrors errors = new FormErrors();
    Texts texts = new Texts(mvc.getLocale());
    AuditEntry.Action action = query.action(texts, errors);
    LocalDate from = query.date("from", texts, errors);
    LocalDate to = query.date("to", texts, errors);
    String actor = query.value("actor");
    List<AuditEntry> found =
        audit.find(
            actor.isBlank() ? null : actor.strip(),
            action,
            from == null ? null : from.atStartOfDay(),
            to == null ? null : to.plusDays(1).atStartOfDay(),
            query.page(),
            PAGE_SIZE + 1);
    boolean more = found.size() > PAGE_SIZE;
    models.put("entries", more ? found.subList(0, PAGE_SIZE) : found);
    models.put("more", more);
    models.put("query", query);
    models.put("errors", errors);
    models.put("actions", List.of(AuditEntry.Action.values()));
    return Response.status(errors.any() ? 400 : 200).entity("access/audit.jte").build();
  }
}
