package fr.cadre.pages;

import fr.cadre.kernel.DomainException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An error under {@code /app} is a page of the application, in its language, with its menu: not the
 * API's problem document. A refusal keeps its status (404 for what does not exist, 409 for a step
 * the voucher's status does not allow); anything unexpected is logged and shown as 500.
 */
public class PageErrors implements ExceptionMapper<RuntimeException> {

  private static final Logger LOG = Logger.getLogger(PageErrors.class.getName());

  @Inject JteViewEngine views;
  @Context HttpServletRequest request;

  @Override
  public Response toResponse(RuntimeException e) {
    int status;
    String detail = null;
    if (e instanceof DomainException refused) {
      status =
          switch (refused.kind()) {
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case FORBIDDEN -> 403;
            case UNPROCESSABLE -> 422;
            case INVALID -> 400;
          };
      detail = refused.getMessage();
    } else if (e instanceof WebApplicationException web) {
      status = web.getResponse().getStatus();
    } else {
      status = 500;
      LOG.log(Level.SEVERE, "page " + request.getRequestURI() + " failed", e);
    }
    String html =
        views.render(
            "error.jte",
            detail == null ? Map.of("status", status) : Map.of("status", status, "detail", detail),
            request);
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(html)
        .build();
  }
}
