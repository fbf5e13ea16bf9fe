package fr.cadre.access.boundary;

import fr.cadre.access.control.Audit;
import fr.cadre.access.entity.AuditEntry;
import fr.cadre.access.entity.Role;
import fr.cadre.platform.PageParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The audit log, newest first, for administrators and auditors. */
@Path("audit")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.ADMIN, Role.AUDITOR})
public class AuditResource {

  @Inject Audit audit;

  @GET
  @Operation(summary = "Lit le journal d'audit (?actor=&action=&from=&to=), page par page")
  public List<EntryView> list(@BeanParam @Valid Filter filter, @BeanParam @Valid PageParams page) {
    return audit
        .find(
            filter.actor,
            filter.action,
            filter.from == null ? null : filter.from.atStartOfDay(),
            filter.to == null ? null : filter.to.plusDays(1).atStartOfDay(),
            page.page(),
            page.size(100))
        .stream()
        .map(EntryView::of)
        .toList();
  }

  /** The log's filters: who, what, from and to which day (UTC), each optional. */
  public static class Filter {

    @QueryParam("actor")
    @Size(max = 100)
    String actor;

    @QueryParam("action")
    AuditEntry.Action action;

    @QueryParam("from")
    LocalDate from;

    @QueryParam("to")
    LocalDate to;
  }

  /** One entry as shown. */
  public record EntryView(
      long id,
      LocalDateTime at,
      String actor,
      String address,
      String action,
      String target,
      String detail) {

    static EntryView of(AuditEntry e) {
      return new EntryView(
          e.id(), e.at(), e.actor(), e.address(), e.action(), e.target(), e.detail());
    }
  }
}
