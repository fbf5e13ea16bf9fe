package fr.cadre.ordering.boundary;

import fr.cadre.ordering.control.VoucherSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Before the body of a request on {@code /vouchers/{id}/…} is read: a voucher the caller may not
 * see answers 404, never a 400 about a body the caller had no business sending. Runs after the role
 * check; the control classes look the voucher up within the caller's scope again.
 */
@Provider
@ApplicationScoped
public class VoucherInPath implements DynamicFeature {

  @Inject VoucherSearch search;

  @Override
  public void configure(ResourceInfo info, FeatureContext context) {
    jakarta.ws.rs.Path path = info.getResourceMethod().getAnnotation(jakarta.ws.rs.Path.class);
    // Only the operations that read a body: the others find the voucher before anything else.
    if (info.getResourceClass() == VouchersResource.class
        && path != null
        && path.value().startsWith("{id}")
        && info.getResourceMethod().getParameterCount() > 1) {
      context.register(new Check(search), Priorities.AUTHORIZATION + 10);
    }
  }

  static final class Check implements ContainerRequestFilter {

    private final VoucherSearch search;

    Check(VoucherSearch search) {
      this.search = search;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      String id = request.getUriInfo().getPathParameters().getFirst("id");
      if (id != null && id.matches("\\d{1,18}")) {
        search.visible(Long.parseLong(id));
      }
    }
  }
}
