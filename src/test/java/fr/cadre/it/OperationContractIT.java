package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cadre.it.OpenApiDocuments.Op;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The refusals every operation owes by its shape, tried on every operation the OpenAPI document
 * lists rather than on a few examples: a JSON body over 1 MiB is a 413, a body of another type a
 * 415, an unknown property a 400, and an id that names no record a 404, each as a problem document.
 */
@ExtendWith(ArquillianExtension.class)
@Order(Integer.MAX_VALUE - 1)
@DisplayName(
    "Every operation of the OpenAPI document refuses an oversized body (413), another content type"
        + " (415), an unknown property (400) and an unknown id (404) as problem documents")
class OperationContractIT {

  /** An id no test creates: ids come from sequences that start at 1. */
  private static final String UNKNOWN_ID = "987654321";

  @ArquillianResource URL base;

  private Api api;
  private List<Op> operations;

  @BeforeEach
  void document() {
    api = new Api(base);
    operations = OpenApiDocuments.operations(OpenApiDocuments.parse(api));
  }

  @Test
  void everyJsonBodyIsRefusedWhenTooLargeOfAnotherTypeOrWithAnUnknownProperty() {
    List<String> wrong = new ArrayList<>();
    String oversized = "{\"name\":\"" + "x".repeat(1024 * 1024) + "\"}";
    int tried = 0;
    // A voucher's operations look it up within the caller's scope before reading the body (a
    // voucher one may not see is a 404, whatever the body): they get a voucher that exists.
    String voucher = Long.toString(issuedVoucher());
    for (Op op : operations) {
      if (op.readsJson()) {
        tried++;
        String path =
            op.path().startsWith("/api/vouchers/{id}")
                ? op.path().replaceFirst("^/api", "").replace("{id}", voucher)
                : path(op);
        expect(wrong, op, 413, oversized(op.method(), path, oversized));
        expect(
            wrong, op, 415, api.send(op.method(), path, "x", Map.of("Content-Type", "text/plain")));
        expect(wrong, op, 400, api.send(op.method(), path, "{\"cadreUnknown\":1}", Map.of()));
      }
    }
    assertThat(tried).as("operations reading JSON").isGreaterThan(10);
    assertThat(wrong).isEmpty();
  }

  /**
   * With no body: an operation whose body is optional, or that reads none, gets as far as looking
   * the record up. (Those that require a body refuse it first; their tests try an unknown id.)
   */
  @Test
  void everyRecordPathNamingNoRecordIsA404() {
    List<String> wrong = new ArrayList<>();
    int tried = 0;
    for (Op op : operations) {
      // Payara does not state whether a body is required: one that reads a body gets one below.
      if (op.path().contains("{id}") && op.operation().getRequestBody() == null) {
        tried++;
        expect(wrong, op, 404, api.send(op.method(), path(op), null, Map.of()));
      }
    }
    assertThat(tried).as("record paths").isGreaterThan(10);
    assertThat(wrong).isEmpty();
  }

  /**
   * An operation that requires a body checks it before it looks the record up: it gets a body it
   * accepted earlier in the suite ({@link Exchanges}), sent to an id that names no record. (Run
   * alone, this class has seen no accepted body and tries none; the operations it skips are
   * printed.)
   */
  @Test
  void everyRecordPathWithABodyItAcceptedElsewhereNamingNoRecordIsA404() {
    List<String> wrong = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    Map<String, String> accepted = Exchanges.accepted();
    for (Op op : operations) {
      if (op.path().contains("{id}") && op.operation().getRequestBody() != null) {
        java.util.Optional<String> body =
            accepted.entrySet().stream()
                .filter(e -> e.getKey().startsWith(op.method() + " "))
                .filter(
                    e ->
                        op.pattern()
                            .matcher(e.getKey().substring(op.method().length() + 1))
                            .matches())
                .map(Map.Entry::getValue)
                .findFirst();
        if (body.isEmpty()) {
          skipped.add(op.toString());
        } else {
          expect(wrong, op, 404, api.send(op.method(), path(op), body.get(), Map.of()));
        }
      }
    }
    if (!skipped.isEmpty()) {
      System.out.println("OperationContractIT: no accepted body seen for " + skipped);
    }
    assertThat(wrong).isEmpty();
  }

  private long issuedVoucher() {
    Fixtures fixtures = new Fixtures(api);
    long consortium = fixtures.consortium();
    long member = fixtures.member(consortium, "OPH", true);
    long lot = fixtures.lot(fixtures.agreement(consortium), fixtures.operator(false), "0", "1000");
    fixtures.priceLine(lot, "H-JOUR", "30");
    Api.Reply issued = fixtures.issue(member, fixtures.site(member, lot), "H-JOUR", "1", null);
    assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
    return issued.id();
  }

  /**
   * With {@code Expect: 100-continue}, so that the refusal, decided on the length, comes before the
   * megabyte is sent (without it, a server that answers early can leave the client writing).
   */
  private Api.Reply oversized(String method, String path, String body) {
    java.net.URI uri = java.net.URI.create(base.toString()).resolve("api" + path);
    try {
      java.net.http.HttpResponse<String> response =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(uri)
                      .timeout(java.time.Duration.ofSeconds(15))
                      .version(java.net.http.HttpClient.Version.HTTP_1_1)
                      .expectContinue(true)
                      .header("Content-Type", "application/json")
                      .header("Authorization", api.authorization())
                      .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(body))
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofString());
      Exchanges.record(method, uri, response.statusCode());
      return new Api.Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (java.io.IOException e) {
      return new Api.Reply(0, "connection ended: " + e, "");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String path(Op op) {
    return op.path().replaceFirst("^/api", "").replace("{id}", UNKNOWN_ID);
  }

  private static void expect(List<String> wrong, Op op, int status, Api.Reply reply) {
    if (reply.status() != status || !reply.contentType().startsWith("application/problem+json")) {
      wrong.add(op + " expected " + status + ", got " + reply.status() + " " + reply.contentType());
    }
  }
}
