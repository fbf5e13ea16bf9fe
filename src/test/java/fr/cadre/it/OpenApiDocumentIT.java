package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@DisplayName(
    "The OpenAPI document parses without error, every operation has a summary, dates are"
        + " format: date, enumerations list their values, errors have the problem schema")
class OpenApiDocumentIT {

  @ArquillianResource URL base;

  private OpenAPI document;

  @BeforeEach
  void parse() {
    document = OpenApiDocuments.parse(new Api(base));
  }

  @Test
  void everyOperationHasASummary() {
    List<String> without = new ArrayList<>();
    document
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, operation) -> {
                          if (blank(operation)) {
                            without.add(method + " " + path);
                          }
                        }));
    assertThat(document.getPaths()).isNotEmpty();
    assertThat(without).as("operations without a summary").isEmpty();
  }

  @Test
  void datesAreIsoDatesAndStatusesAreListed() {
    Schema<?> consortium = document.getComponents().getSchemas().get("ConsortiumInput");
    Schema<?> date = resolve(consortium.getProperties().get("constitutiveAgreementDate"));
    assertThat(date.getType()).isEqualTo("string");
    assertThat(date.getFormat()).isEqualTo("date");
    Schema<?> status = document.getComponents().getSchemas().get("VoucherStatus");
    assertThat(status.getEnum())
        .extracting(String::valueOf)
        .contains(
            "DRAFT", "ISSUED", "ACKNOWLEDGED", "SERVICE_DONE", "INVOICED", "PAID", "CANCELLED");
  }

  @Test
  void errorStatusesFollowWhatEachOperationReadsWithTheProblemSchema() {
    Operation create = document.getPaths().get("/api/consortia").getPost();
    assertThat(create.getResponses()).containsKeys("400", "413", "415").doesNotContainKey("404");
    assertThat(
            create
                .getResponses()
                .get("400")
                .getContent()
                .get("application/problem+json")
                .getSchema()
                .get$ref())
        .endsWith("/Problem");
    assertThat(document.getPaths().get("/api/consortia").getGet().getResponses())
        .doesNotContainKeys("400", "404", "409", "413", "415");
    assertThat(document.getPaths().get("/api/sites").getGet().getResponses())
        .containsKey("400")
        .doesNotContainKeys("404", "409", "413");
    assertThat(
            document.getPaths().get("/api/agreements/{id}/reconciliation").getGet().getResponses())
        .containsKey("404")
        .doesNotContainKey("400");
    Schema<?> problem = document.getComponents().getSchemas().get("Problem");
    assertThat(problem.getProperties())
        .containsKeys("type", "status", "rule", "detail", "violations");
  }

  @Test
  void listsNeverDeclare409AndRulesDeclareTheirOwn() {
    List<String> lists = new ArrayList<>();
    for (OpenApiDocuments.Op op : OpenApiDocuments.operations(document)) {
      var ok = op.operation().getResponses().get("200");
      boolean list =
          ok != null
              && ok.getContent() != null
              && ok.getContent().values().stream()
                  .anyMatch(m -> m.getSchema() != null && "array".equals(m.getSchema().getType()));
      if (list && op.operation().getResponses().containsKey("409")) {
        lists.add(op.toString());
      }
    }
    assertThat(lists).as("lists declaring 409").isEmpty();
    assertThat(document.getPaths().get("/api/vouchers/{id}/issue").getPost().getResponses())
        .containsKeys("201", "200", "409", "422")
        .doesNotContainKey("default");
    assertThat(document.getPaths().get("/api/imports").getPost().getResponses())
        .containsKey("202")
        .doesNotContainKey("200");
    assertThat(document.getPaths().get("/api/vouchers").getGet().getResponses())
        .containsKeys("200", "400")
        .doesNotContainKey("409");
  }

  @Test
  void beanParamsAreDescribedWithTheirTypesBoundsAndValues() {
    var parameters = document.getPaths().get("/api/vouchers").getGet().getParameters();
    assertThat(parameters)
        .extracting(p -> p.getName())
        .contains("page", "size", "member", "lot", "status", "from", "to");
    var size = parameters.stream().filter(p -> p.getName().equals("size")).findFirst().get();
    assertThat(size.getIn()).isEqualTo("query");
    assertThat(size.getSchema().getMaximum()).isEqualByComparingTo("500");
    assertThat(size.getSchema().getMinimum()).isEqualByComparingTo("1");
    var status = parameters.stream().filter(p -> p.getName().equals("status")).findFirst().get();
    assertThat(status.getSchema().getEnum()).extracting(String::valueOf).contains("ISSUED", "PAID");
    var from = parameters.stream().filter(p -> p.getName().equals("from")).findFirst().get();
    assertThat(from.getSchema().getFormat()).isEqualTo("date");
    assertThat(document.getPaths().get("/api/vouchers/{id}/issue").getPost().getParameters())
        .anyMatch(p -> p.getName().equals("Idempotency-Key") && p.getIn().equals("header"));
  }

  private Schema<?> resolve(Schema<?> schema) {
    if (schema.get$ref() == null) {
      return schema;
    }
    String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
    return document.getComponents().getSchemas().get(name);
  }

  private static boolean blank(Operation operation) {
    return operation.getSummary() == null || operation.getSummary().isBlank();
  }
}
