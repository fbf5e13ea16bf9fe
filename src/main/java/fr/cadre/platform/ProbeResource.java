package fr.cadre.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Inserts one row and answers: the baseline the issue benchmark compares voucher issuing to, on the
 * same server, database and HTTP stack. Off unless {@code cadre.benchmark.probe=true}.
 */
@Path("probe")
@ApplicationScoped
public class ProbeResource {

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "cadre.benchmark.probe", defaultValue = "false")
  boolean enabled;

  @POST
  @Transactional
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Écrit une ligne (référence du banc d'essai ; désactivé par défaut)")
  @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(
      responseCode = "404",
      description = "désactivé : cadre.benchmark.probe n'est pas true")
  public String write() {
    if (!enabled) {
      throw new NotFoundException();
    }
    Probe probe = new Probe();
    em.persist(probe);
    em.flush();
    return "{\"id\":" + probe.id() + "}";
  }
}
