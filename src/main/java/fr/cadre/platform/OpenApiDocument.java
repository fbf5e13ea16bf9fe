package fr.cadre.platform;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * The last hand on the OpenAPI document Payara builds from the resources (named in {@code
 * microprofile-config.properties}): the inputs' limits, the parameters read through {@code
 * BeanParam} ({@link BeanParamsInOpenApi}), the 401 and 403 of authentication ({@link
 * fr.cadre.access.boundary.AccessInOpenApi}), the error statuses with the problem document's schema
 * ({@link ProblemResponses}), an operation id unique to each operation (Payara uses the Java
 * method's name, so that every {@code list} and {@code read} collide), and without Payara's own
 * {@code endpoints} list, which OpenAPI 3 does not have and parsers reject.
 */
public class OpenApiDocument implements OASFilter {

  /** Every resource class, whose {@code @BeanParam} parameters Payara does not describe. */
  static final List<Class<?>> RESOURCES =
      List.of(
          fr.cadre.agreement.boundary.AgreementsResource.class,
          fr.cadre.agreement.boundary.LotsResource.class,
          fr.cadre.agreement.boundary.PriceLinesResource.class,
          fr.cadre.agreement.boundary.SitesResource.class,
          fr.cadre.directory.boundary.ConsortiaResource.class,
          fr.cadre.directory.boundary.MembersResource.class,
          fr.cadre.directory.boundary.OperatorsResource.class,
          fr.cadre.documents.boundary.VoucherDocumentsResource.class,
          fr.cadre.importing.boundary.ImportsResource.class,
          fr.cadre.ordering.boundary.ReconciliationResource.class,
          fr.cadre.ordering.boundary.VouchersResource.class,
          fr.cadre.access.boundary.UsersResource.class,
          fr.cadre.access.boundary.MeResource.class,
          fr.cadre.access.boundary.AuditResource.class,
          fr.cadre.ledger.boundary.AlertsResource.class,
          fr.cadre.ledger.boundary.EcbRatesResource.class,
          fr.cadre.ledger.boundary.ExportsResource.class,
          fr.cadre.ledger.boundary.LedgerResource.class,
          fr.cadre.ledger.boundary.MemberFinanceResource.class,
          fr.cadre.ledger.boundary.SeriesResource.class,
          ProbeResource.class);

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    InputLimitsInOpenApi.describe(openAPI);
    if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
      BeanParamsInOpenApi.describe(openAPI, RESOURCES);
      openAPI.getPaths().getPathItems().forEach(OpenApiDocument::nameOperations);
      fr.cadre.access.boundary.AccessInOpenApi.describe(
          openAPI, RESOURCES, BeanParamsInOpenApi::path, BeanParamsInOpenApi::verb);
      if (openAPI.getComponents() != null) {
        ProblemResponses.declare(openAPI);
      }
    }
    withoutPayaraEndpoints(openAPI);
  }

  /** {@code GET /api/consortia/{id}/members} is {@code getConsortiaIdMembers}. */
  static String operationId(PathItem.HttpMethod method, String path) {
    StringBuilder id = new StringBuilder(method.name().toLowerCase(Locale.ROOT));
    for (String segment : path.replaceFirst("^/api", "").split("[/{}-]+")) {
      if (!segment.isEmpty()) {
        id.append(Character.toUpperCase(segment.charAt(0))).append(segment.substring(1));
      }
    }
    return id.toString();
  }

  private static void nameOperations(String path, PathItem item) {
    for (Map.Entry<PathItem.HttpMethod, org.eclipse.microprofile.openapi.models.Operation> e :
        item.getOperations().entrySet()) {
      e.getValue().setOperationId(operationId(e.getKey(), path));
    }
  }

  private static void withoutPayaraEndpoints(OpenAPI openAPI) {
    try {
      openAPI
          .getClass()
          .getMethod("setEndpoints", Map.class)
          .invoke(openAPI, new java.util.HashMap<String, java.util.Set<String>>());
    } catch (ReflectiveOperationException e) {
      // Another implementation: it has no such list.
    }
  }
}
