package fr.cadre.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * Every resource lives under {@code /api}; the OpenAPI document is served at {@code /openapi}. The
 * classes are listed: an application that lists none takes every resource class of the WAR, and the
 * web pages' controllers ({@code fr.cadre.pages}, under {@code /app}) would show up here and in the
 * document. {@code RestApplicationTest} fails when a resource or provider is left out.
 *
 * <p>Jakarta MVC (Eclipse Krazo, for the pages) registers its filters in every JAX-RS application
 * of the WAR, this one too, unless the application already holds Krazo's view filter: the API then
 * ran Krazo's filters on each request for nothing, one of them created anew per request with a
 * class path lookup, about a quarter of the server's CPU per API request. So this application lists
 * that filter, which only ever runs on {@code @Controller} methods (a name binding), and none is
 * here.
 *
 * <p>The resources are {@code @ApplicationScoped}: they hold nothing of a request (the caller comes
 * from {@link fr.cadre.access.control.Caller}, which reads it from the request; parameters come in
 * as method arguments). A request-scoped resource was created and injected by CDI and Jersey at
 * every request, with its interceptors: a tenth of the server's CPU per issue.
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

  /** Krazo's filter whose presence tells Krazo that it has set up this application already. */
  static final String KRAZO_VIEW_FILTER = "org.eclipse.krazo.core.ViewResponseFilter";

  @Override
  public Set<Class<?>> getClasses() {
    Set<Class<?>> classes = new HashSet<>(OpenApiDocument.RESOURCES);
    classes.addAll(PROVIDERS);
    krazoViewFilter().ifPresent(classes::add);
    return classes;
  }

  /** Absent outside Payara (the unit tests): nothing then registers Krazo either. */
  static Optional<Class<?>> krazoViewFilter() {
    try {
      return Optional.of(
          Class.forName(KRAZO_VIEW_FILTER, false, RestApplication.class.getClassLoader()));
    } catch (ClassNotFoundException absent) {
      return Optional.empty();
    }
  }
}
