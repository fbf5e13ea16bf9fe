package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Cadre's OpenAPI document as served, parsed by swagger-parser, and its operations. */
final class OpenApiDocuments {

  /** One operation of the document: its method, its path template, what it declares. */
  record Op(String method, String path, Operation operation) {

    /** The template as a pattern for a request's path: {@code {id}} is one segment. */
    Pattern pattern() {
      return Pattern.compile(path.replaceAll("\\{[^/]+}", "[^/]+"));
    }

    /** Fewer path parameters match first: {@code /api/vouchers/archive} is not a voucher id. */
    long parameters() {
      return path.chars().filter(c -> c == '{').count();
    }

    boolean readsJson() {
      return operation.getRequestBody() != null
          && operation.getRequestBody().getContent() != null
          && operation.getRequestBody().getContent().keySet().stream()
              .anyMatch(type -> type.contains("json"));
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  private OpenApiDocuments() {}

  /** Fails on any message of the parser. */
  static OpenAPI parse(Api api) {
    Api.Reply served = api.getFromServerRoot("/openapi");
    assertThat(served.status()).isEqualTo(200);
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(served.body(), null, options);
    assertThat(result.getMessages()).as("parser messages").isEmpty();
    assertThat(result.getOpenAPI()).isNotNull();
    return result.getOpenAPI();
  }

  static List<Op> operations(OpenAPI document) {
    List<Op> ops = new ArrayList<>();
    document
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, operation) -> ops.add(new Op(method.name(), path, operation))));
    return ops;
  }
}
