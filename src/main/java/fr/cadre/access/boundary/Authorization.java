package fr.cadre.access.boundary;

import fr.cadre.access.control.Audit;
import fr.cadre.access.control.Caller;
import fr.cadre.access.control.Identity;
import fr.cadre.access.entity.AuditEntry.Action;
import fr.cadre.access.entity.Role;
import fr.cadre.platform.Problems;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gives every resource method the role check its {@link Allowed} states, as a filter that runs once
 * the method is matched and before its body is read or validated. The identity comes from the
 * request attribute the authentication mechanism set, not from the container's role mapping, which
 * would cost a permission check per request.
 */
@Provider
@ApplicationScoped
public class Authorization implements DynamicFeature {

  @Inject Audit audit;
  @Inject Caller caller;

  @Override
  public void configure(ResourceInfo info, FeatureContext context) {
    Set<Role> roles = allowed(info.getResourceClass(), info.getResourceMethod());
    if (roles.size() < Role.values().length) {
      context.register(new RoleCheck(roles, audit, caller), Priorities.AUTHORIZATION);
    }
  }

  /** The roles a resource method admits: its own {@link Allowed}, its class's, or all. */
  public static Set<Role> allowed(Class<?> resource, Method method) {
    Allowed allowed = method.getAnnotation(Allowed.class);
    if (allowed == null) {
      allowed = resource.getAnnotation(Allowed.class);
    }
    if (allowed == null) {
      return EnumSet.allOf(Role.class);
    }
    return EnumSet.copyOf(Arrays.asList(allowed.value()));
  }

  @Priority(Priorities.AUTHORIZATION)
  static final class RoleCheck implements ContainerRequestFilter {

    private final Set<Role> roles;
    private final Audit audit;
    private final Caller caller;

    RoleCheck(Set<Role> roles, Audit audit, Caller caller) {
      this.roles = roles;
      this.audit = audit;
      this.caller = caller;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      if (request.getProperty(Identity.ATTRIBUTE) instanceof Identity who
          && roles.stream().anyMatch(who::has)) {
        return;
      }
      String labels = roles.stream().map(Role::label).sorted().collect(Collectors.joining(", "));
      Object who = request.getProperty(Identity.ATTRIBUTE);
      String login = who instanceof Identity id ? id.login() : null;
      audit.record(
          login,
          caller.address(),
          Action.ACCESS_REFUSED,
          request.getMethod() + " /" + request.getUriInfo().getPath(),
          "rôles requis : " + labels);
      request.abortWith(
          Problems.build(
              403, "forbidden", "action réservée aux rôles : " + labels, List.of(), Map.of()));
    }
  }
}
