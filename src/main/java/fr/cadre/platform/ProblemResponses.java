package fr.cadre.platform;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The error statuses each operation answers by its shape, with the problem document's schema: 400
 * when it reads a body or query parameters (both are checked), 404 when its path names a record,
 * 413 and 415 when it reads a JSON body. The statuses that depend on an operation's rules (409,
 * 422) and its success status are stated once, on the resource method, with MicroProfile's {@code
 * APIResponse}; this gives every error status, however declared, the problem document's schema.
 */
final class ProblemResponses {

  static final String SCHEMA = "Problem";

  private ProblemResponses() {}

  static void declare(OpenAPI openAPI) {
    openAPI.getComponents().addSchema(SCHEMA, problem());
    openAPI
        .getPaths()
        .getPathItems()
        .forEach((path, item) -> item.getOperations().forEach((m, op) -> declare(path, op)));
  }

  private static void declare(String path, Operation operation) {
    successAsItIs(operation);
    if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
      operation.getResponses().getAPIResponses().forEach(ProblemResponses::withProblem);
    }
    boolean body = operation.getRequestBody() != null;
    boolean json =
        body
            && operation.getRequestBody().getContent() != null
            && operation.getRequestBody().getContent().getMediaTypes().keySet().stream()
                .anyMatch(type -> type.contains("json"));
    boolean query =
        operation.getParameters() != null
            && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
    if (body || query) {
      add(operation, "400", "requête invalide : champ, paramètre ou propriété nommé");
    }
    if (path.contains("{")) {
      add(operation, "404", "ressource introuvable");
    }
    if (json) {
      add(operation, "413", "corps JSON de plus de 1 Mio");
    }
    if (body) {
      add(operation, "415", "type de contenu non pris en charge");
    }
  }

  /**
   * Payara names the answer it derives from the method's return type {@code default}: it is the
   * 200, unless the method states its own success status (201, 202), which replaces it.
   */
  private static void successAsItIs(Operation operation) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    if (!operation.getResponses().hasAPIResponse("default")) {
      // Payara derives no answer once the method states a refusal of its own.
      if (operation.getResponses().getAPIResponses() == null
          || operation.getResponses().getAPIResponses().keySet().stream()
              .noneMatch(c -> c.startsWith("2"))) {
        operation
            .getResponses()
            .addAPIResponse("200", OASFactory.createAPIResponse().description("succès"));
      }
      return;
    }
    APIResponse derived = operation.getResponses().getAPIResponse("default");
    operation.getResponses().removeAPIResponse("default");
    boolean stated =
        operation.getResponses().getAPIResponses().keySet().stream()
            .anyMatch(c -> c.startsWith("2"));
    if (!stated) {
      operation.getResponses().addAPIResponse("200", derived);
    }
  }

  /** A status the resource method declares itself keeps its own description. */
  private static void add(Operation operation, String status, String description) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    if (!operation.getResponses().hasAPIResponse(status)) {
      APIResponse response = OASFactory.createAPIResponse().description(description);
      withProblem(status, response);
      operation.getResponses().addAPIResponse(status, response);
    }
  }

  private static void withProblem(String status, APIResponse response) {
    if (status.startsWith("4")) {
      response.setContent(
          OASFactory.createContent()
              .addMediaType(
                  Problems.MEDIA_TYPE,
                  OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMA))));
    }
  }

  private static Schema problem() {
    Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING);
    Schema violation =
        OASFactory.createSchema()
            .type(Schema.SchemaType.OBJECT)
            .properties(Map.of("field", text, "rule", text, "message", text));
    return OASFactory.createSchema()
        .type(Schema.SchemaType.OBJECT)
        .description("RFC 9457 ; messages en français")
        .required(List.of("type", "title", "status", "rule", "detail"))
        .properties(
            Map.of(
                "type", text,
                "title", text,
                "status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER),
                "rule", text,
                "detail", text,
                "violations",
                    OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(violation)));
  }
}
