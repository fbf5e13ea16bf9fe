package fr.cadre.platform;

import static fr.cadre.kernel.JsonTexts.JSON;

import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.Violation;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * Builds RFC 9457 problem details: a stable {@code type} per rule, a French {@code title} and
 * {@code detail}, and the list of invalid fields with the rule each one broke.
 */
public final class Problems {

  public static final String MEDIA_TYPE = "application/problem+json";

  private Problems() {}

  public static Response of(DomainException e) {
    int status =
        switch (e.kind()) {
          case INVALID -> 400;
          case NOT_FOUND -> 404;
          case CONFLICT -> 409;
          case FORBIDDEN -> 403;
          case UNPROCESSABLE -> 422;
        };
    return build(status, e.rule(), e.getMessage(), e.violations(), Map.of());
  }

  public static Response build(
      int status,
      String rule,
      String detail,
      List<Violation> violations,
      Map<String, Object> extra) {
    JsonObjectBuilder body =
        JSON.createObjectBuilder()
            .add("type", "urn:cadre:problem:" + rule)
            .add("title", titleFor(status))
            .add("status", status)
            .add("rule", rule)
            .add("detail", detail == null ? titleFor(status) : detail);
    if (!violations.isEmpty()) {
      JsonArrayBuilder list = JSON.createArrayBuilder();
      for (Violation v : violations) {
        list.add(
            JSON.createObjectBuilder()
                .add("field", v.field())
                .add("rule", v.rule())
                .add("message", v.message()));
      }
      body.add("violations", list);
    }
    extra.forEach((k, v) -> body.add(k, String.valueOf(v)));
    return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString()).build();
  }

  private static String titleFor(int status) {
    return switch (status) {
      case 400 -> "Requête invalide";
      case 401 -> "Authentification requise";
      case 403 -> "Action non permise";
      case 404 -> "Ressource introuvable";
      case 405 -> "Méthode non permise";
      case 406 -> "Représentation non disponible";
      case 409 -> "Conflit avec une règle ou l'état existant";
      case 413 -> "Contenu trop volumineux";
      case 415 -> "Type de contenu non pris en charge";
      case 422 -> "Requête contraire à une requête précédente";
      case 500 -> "Erreur interne";
      default -> "Erreur";
    };
  }
}
