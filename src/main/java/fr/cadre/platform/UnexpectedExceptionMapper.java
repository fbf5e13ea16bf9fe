package fr.cadre.platform;

import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.Violation;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything else: unreadable JSON is the client's fault (400), and so is a property the body's
 * shape does not have (named in the problem); a concurrent edit is a conflict (409); HTTP errors
 * (404, 405, 406, 413, 415) keep their status with a French detail; anything unexpected is logged
 * with an id and answered without a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  /** How Yasson words an unknown property (message key {@code unknownJsonProperty}). */
  private static final Pattern UNKNOWN_PROPERTY =
      Pattern.compile("Json property (\\S+) can not be mapped to a class (?:class )?(\\S+?)\\.?$");

  @Override
  public Response toResponse(Throwable e) {
    Throwable cause = unwrap(e);
    if (cause instanceof DomainException domain) {
      return Problems.of(domain);
    }
    if (cause instanceof JsonbException || cause instanceof ProcessingException) {
      return unreadable(cause);
    }
    if (cause instanceof OptimisticLockException) {
      return Problems.build(
          409,
          "concurrent-change",
          "l'enregistrement a été modifié entre-temps ; relisez-le puis recommencez",
          List.of(),
          Map.of());
    }
    if (missingBody(e)) {
      return Problems.build(
          400,
          "required",
          "corps de requête JSON manquant",
          List.of(new Violation("body", "required", "corps de requête JSON manquant")),
          Map.of());
    }
    if (cause instanceof WebApplicationException web) {
      return http(web.getResponse());
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
    return Problems.build(
        500, "internal", "erreur interne, incident " + incident, List.of(), Map.of());
  }

  private static Response unreadable(Throwable cause) {
    String message = rootMessage(cause);
    Matcher unknown = UNKNOWN_PROPERTY.matcher(message);
    if (unknown.find()) {
      String property = unknown.group(1);
      String shape = unknown.group(2).replaceAll(".*[.$]", "");
      String text = "propriété inconnue « " + property + " » (" + shape + ")";
      return Problems.build(
          400,
          "unknown-property",
          text,
          List.of(new Violation(property, "unknown-property", text)),
          Map.of());
    }
    return Problems.build(400, "json", "corps JSON illisible : " + message, List.of(), Map.of());
  }

  /** An HTTP error raised by Jakarta REST itself: its status, and its Allow header on a 405. */
  private static Response http(Response original) {
    if (original.hasEntity()
        && original.getMediaType() != null
        && original.getMediaType().toString().startsWith(Problems.MEDIA_TYPE)) {
      return original;
    }
    int status = original.getStatus();
    String detail =
        switch (status) {
          case 400 -> "requête illisible";
          case 404 -> "aucune ressource à cette adresse";
          case 405 -> "méthode non permise ici ; permises : " + original.getAllowedMethods();
          case 406 -> "aucune représentation acceptable : Cadre répond en JSON";
          case 413 -> "corps de requête trop volumineux";
          case 415 -> "type de contenu non pris en charge : " + "le corps attendu est du JSON";
          default -> original.getStatusInfo().getReasonPhrase();
        };
    Response problem = Problems.build(status, "http-" + status, detail, List.of(), Map.of());
    if (status == 405 && !original.getAllowedMethods().isEmpty()) {
      return Response.fromResponse(problem)
          .header(HttpHeaders.ALLOW, String.join(", ", original.getAllowedMethods()))
          .build();
    }
    return problem;
  }

  /**
   * The exception that says what went wrong: EJB and plain runtime wrappers are peeled off, and so
   * is the wrapper Jakarta REST puts around a refused query parameter; a body cut short by {@link
   * BodyLimit} is too large, whatever the JSON reader made of it.
   */
  private static Throwable unwrap(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof WebApplicationException web && web.getResponse().getStatus() == 413) {
        return web;
      }
    }
    Throwable current = e;
    while ((current instanceof EJBException || current.getClass() == RuntimeException.class)
        && current.getCause() != null) {
      current = current.getCause();
    }
    if (current instanceof WebApplicationException
        && current.getCause() instanceof DomainException domain) {
      return domain;
    }
    if (current instanceof jakarta.persistence.PersistenceException
        && current.getCause() instanceof OptimisticLockException) {
      return current.getCause();
    }
    return current;
  }

  /** Jakarta REST refuses an empty body before any constraint sees it. */
  private static boolean missingBody(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof jakarta.ws.rs.core.NoContentException) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null ? root.getClass().getSimpleName() : message;
  }
}
