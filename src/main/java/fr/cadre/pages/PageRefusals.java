package fr.cadre.pages;

import static fr.cadre.kernel.JsonTexts.JSON;

import fr.cadre.platform.Problems;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.util.Map;

/**
 * A refusal the access boundary answers before a controller runs (a role that may not open the
 * page: 403) comes as the API's problem document; under {@code /app} it becomes the application's
 * error page, in French (or the user's language), with its status, what was refused and a link
 * home.
 */
public class PageRefusals implements ContainerResponseFilter {

  @Inject JteViewEngine views;
  @Context HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext in, ContainerResponseContext out) {
    MediaType type = out.getMediaType();
    if (type == null
        || !Problems.MEDIA_TYPE.equals(type.getType() + "/" + type.getSubtype())
        || !(out.getEntity() instanceof String problem)) {
      return;
    }
    int status = out.getStatus();
    String detail = detail(problem);
    String html =
        views.render(
            "error.jte",
            detail == null ? Map.of("status", status) : Map.of("status", status, "detail", detail),
            request);
    out.setEntity(html, null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
  }

  private static String detail(String problem) {
    try {
      JsonObject body = JSON.createReader(new StringReader(problem)).readObject();
      return body.getString("detail", null);
    } catch (JsonException | ClassCastException e) {
      return null;
    }
  }
}
