package fr.cadre.platform;

import fr.cadre.kernel.DomainException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else: unreadable JSON is the client's fault (400), a concurrent edit is a conflict
 * (409), HTTP errors keep their status; anything unexpected is logged with an id and answered
 * without a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    Throwable cause = unwrap(e);
    if (cause instanceof DomainException domain) {
      return Problems.of(domain);
    }
    if (cause instanceof JsonbException || cause instanceof ProcessingException) {
      return Problems.build(
          400, "json", "corps JSON illisible : " + rootMessage(cause), List.of(), Map.of());
    }
    if (cause instanceof OptimisticLockException) {
      return Problems.build(
          409,
          "concurrent-change",
          "l'enregistrement a été modifié entre-temps ; relisez-le puis recommencez",
          List.of(),
          Map.of());
    }
    if (cause instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      return Problems.build(status, "http-" + status, web.getMessage(), List.of(), Map.of());
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
    return Problems.build(
        500, "internal", "erreur interne, incident " + incident, List.of(), Map.of());
  }

  private static Throwable unwrap(Throwable e) {
    Throwable current = e;
    while ((current instanceof EJBException || current.getClass() == RuntimeException.class)
        && current.getCause() != null) {
      current = current.getCause();
    }
    if (current instanceof jakarta.persistence.PersistenceException
        && current.getCause() instanceof OptimisticLockException) {
      return current.getCause();
    }
    return current;
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
