package fr.cadre.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * Every resource lives under {@code /api}; the OpenAPI document is served at {@code /openapi}. The
 * classes are listed: an application that lists none takes every resource class of the WAR, and the
 * web pages' controllers ({@code fr.cadre.pages}, under {@code /app}) would show up here and in the
 * document. {@code RestApplicationTest} fails when a resource or provider is left out.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Cadre",
            version = "0.1",
            description = "Accords-cadres à bons de commande: groupements, lots, bons de commande"))
public class RestApplication extends Application {

  /** What the API's resources share: error mappers, parameter converters, JSON settings. */
  static final List<Class<?>> PROVIDERS =
      List.of(
          BodyLimit.class,
          ConstraintViolationMapper.class,
          DomainExceptionMapper.class,
          JsonbSettings.class,
          QueryParams.class,
          UnexpectedExceptionMapper.class,
          fr.cadre.importing.boundary.UploadRefusedMapper.class,
          fr.cadre.access.boundary.Authorization.class,
          fr.cadre.ordering.boundary.VoucherInPath.class);

  @Override
  public Set<Class<?>> getClasses() {
    Set<Class<?>> classes = new HashSet<>(OpenApiDocument.RESOURCES);
    classes.addAll(PROVIDERS);
    return classes;
  }
}
