package fr.cadre.access.boundary;

import fr.cadre.access.entity.Role;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * States in the OpenAPI document what authentication implies for each operation: 401 for every
 * operation under {@code /api} (no credentials, or refused ones), 403 for those whose {@link
 * Allowed} leaves out a role. Reads the same annotation {@link Authorization} enforces.
 */
public final class AccessInOpenApi {

  private AccessInOpenApi() {}

  /**
   * {@code path} gives an operation's path in the document and {@code verb} its method, as the
   * document's own filter computes them.
   */
  public static void describe(
      OpenAPI openAPI,
      List<Class<?>> resources,
      BiFunction<Class<?>, Method, String> path,
      Function<Method, PathItem.HttpMethod> verb) {
    schemes(openAPI);
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (p, item) -> {
              if (p.startsWith("/api")) {
                item.getOperations()
                    .values()
                    .forEach(op -> add(op, "401", "authentification requise ou refusée"));
              }
            });
    for (Class<?> resource : resources) {
      for (Method method : resource.getMethods()) {
        PathItem.HttpMethod http = verb.apply(method);
        if (http == null) {
          continue;
        }
        Set<Role> roles = Authorization.allowed(resource, method);
        PathItem item = openAPI.getPaths().getPathItem(path.apply(resource, method));
        if (item != null
            && item.getOperations().get(http) != null
            && roles.size() < Role.values().length) {
          add(
              item.getOperations().get(http),
              "403",
              "réservé aux rôles " + roles.stream().map(Role::name).sorted().toList());
        }
      }
    }
  }

  /** A personal token as {@code Authorization: Bearer}, or HTTP Basic, on every operation. */
  private static void schemes(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    openAPI
        .getComponents()
        .addSecurityScheme(
            "jeton",
            OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .description("jeton personnel, créé par POST /api/me/tokens"))
        .addSecurityScheme(
            "basic",
            OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("basic")
                .description("identifiant et mot de passe, pour les scripts"));
    openAPI.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("jeton"));
    openAPI.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("basic"));
  }

  private static void add(Operation operation, String status, String description) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    if (!operation.getResponses().hasAPIResponse(status)) {
      operation
          .getResponses()
          .addAPIResponse(status, OASFactory.createAPIResponse().description(description));
    }
  }
}
