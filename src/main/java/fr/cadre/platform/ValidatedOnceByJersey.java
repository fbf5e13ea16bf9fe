package fr.cadre.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.util.function.Predicate;

/**
 * Keeps Hibernate Validator's CDI interceptor off the REST resources, which Jersey validates itself
 * (parameters and bodies, as JAX-RS requires) and maps to a problem naming each field. Without
 * this, every resource method with a constraint was validated twice per request: Jersey ships a
 * module that does the same ({@code jersey-cdi1x-validation}), and Payara Micro lacks it. Other
 * beans keep method validation as it was; none of them relies on it today.
 *
 * <p>Hibernate Validator's extension marks each constrained method of a bean with its interceptor
 * binding as the bean's type is discovered; this observer runs after it (a later priority) and
 * takes the binding off again on classes with {@code @Path}.
 */
public class ValidatedOnceByJersey implements Extension {

  /** Hibernate Validator's binding, named only: the class is internal to the server. */
  private static final String BINDING =
      "org.hibernate.validator.cdi.internal.interceptor.MethodValidated";

  private static final Predicate<Annotation> IS_BINDING =
      a -> a.annotationType().getName().equals(BINDING);

  <T> void resourcesValidatedByJersey(
      @Observes @Priority(5000) @WithAnnotations(Path.class) ProcessAnnotatedType<T> type) {
    var configurator = type.configureAnnotatedType();
    configurator.remove(IS_BINDING);
    configurator.methods().forEach(method -> method.remove(IS_BINDING));
    configurator.constructors().forEach(constructor -> constructor.remove(IS_BINDING));
  }
}
