package fr.cadre.access.boundary;

import fr.cadre.access.entity.Role;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call a resource method (on the method, or on its class for all of them). A
 * method with neither is open to every authenticated user. Checked by {@link Authorization} before
 * the request's body is read, so that a caller without the right gets 403, never a 400 about the
 * body; the OpenAPI document declares the 403 of each restricted operation from it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allowed {
  Role[] value();
}
