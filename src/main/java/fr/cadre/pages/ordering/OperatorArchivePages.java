package fr.cadre.pages.ordering;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.entity.Role;
import fr.cadre.access.entity.Scope;
import fr.cadre.documents.control.VoucherArchive;
import fr.cadre.ordering.control.VoucherSearch;
import fr.cadre.pages.FormErrors;
import fr.cadre.pages.PageUser;
import fr.cadre.pages.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.MvcContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.time.YearMonth;
import java.util.logging.Logger;

/**
 * A ZIP of the holder's issued vouchers of one month (and status, if chosen), streamed as it is
 * written ({@link VoucherArchive}, the API's archive): the browser shows the download's progress
 * and the page stays usable. Without a month that parses, back to the list, which says why. Not a
 * controller: its answer is the archive, not a view.
 */
@Path("operator/vouchers/archive")
@RequestScoped
@Allowed(Role.OPERATOR)
public class OperatorArchivePages {

  private static final Logger LOG = Logger.getLogger(OperatorArchivePages.class.getName());

  @Inject VoucherArchive archive;
  @Inject VoucherSearch search;
  @Inject PageUser user;
  @Inject MvcContext mvc;
  @Context HttpServletRequest request;

  @GET
  public Response zip(@BeanParam OperatorQuery query) {
    FormErrors errors = new FormErrors();
    Texts texts = new Texts(mvc.getLocale());
    YearMonth month = query.month(texts, errors);
    VoucherSearch.Filter filter = query.filter(user.scope().operatorId(), texts, errors);
    if (month == null || errors.any()) {
      // Back to the list, which says beside the month field what is missing or wrong.
      String missing = query.month().isBlank() ? "&archive=missing" : "";
      return Response.seeOther(
              URI.create(
                  request.getContextPath() + "/app/operator/vouchers" + query.asQuery() + missing))
          .build();
    }
    // Taken now: the archive is written after this method returns.
    Scope scope = search.scope();
    String login = user.login().orElse("?");
    StreamingOutput zip =
        out -> {
          int written = archive.write(filter, scope, out);
          LOG.info(() -> "Archive of " + month + " (" + written + " PDF) streamed to " + login);
        };
    return Response.ok(zip, "application/zip")
        .header(
            "Content-Disposition", "attachment; filename=\"bons-de-commande-" + month + ".zip\"")
        .build();
  }
}
