package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@DisplayName(
    "Query parameters checked like bodies, sub-resources of nothing not found, and every error"
        + " (404, 405, 413, 415) a problem document, never an HTML page")
class QueryAndErrorsIT {

  @ArquillianResource URL base;

  private Api api;
  private Fixtures fixtures;

  @BeforeEach
  void client() {
    api = new Api(base);
    fixtures = new Fixtures(api);
  }

  @Test
  void aMalformedDateIsA400NamingTheParameterAndTheFormat() {
    JsonObject v = StrictInputIT.onlyViolation(api.get("/vouchers?from=01-12-2026"));
    assertThat(v.getString("field")).isEqualTo("from");
    assertThat(v.getString("message")).contains("AAAA-MM-JJ");
  }

  @Test
  void anUnknownStatusIsA400ListingTheStatuses() {
    JsonObject v = StrictInputIT.onlyViolation(api.get("/vouchers?status=SENT"));
    assertThat(v.getString("field")).isEqualTo("status");
    assertThat(v.getString("message")).contains("DRAFT").contains("ISSUED").contains("CANCELLED");
    JsonObject archive = StrictInputIT.onlyViolation(api.get("/vouchers/archive?status=SENT"));
    assertThat(archive.getString("field")).isEqualTo("status");
  }

  @Test
  void aNonNumericFilterIsA400() {
    assertThat(StrictInputIT.onlyViolation(api.get("/sites?member=abc")).getString("field"))
        .isEqualTo("member");
    assertThat(
            StrictInputIT.onlyViolation(api.post("/vouchers?issue=yes", "{}")).getString("field"))
        .isEqualTo("issue");
  }

  @Test
  void pagesStartAtZeroAndHoldOneToFiveHundredItems() {
    JsonObject negative = StrictInputIT.onlyViolation(api.get("/vouchers?page=-1"));
    assertThat(negative.getString("field")).isEqualTo("page");
    assertThat(negative.getString("message")).isEqualTo("au moins 0");
    JsonObject huge = StrictInputIT.onlyViolation(api.get("/sites?size=1000000"));
    assertThat(huge.getString("field")).isEqualTo("size");
    assertThat(huge.getString("message")).isEqualTo("au plus 500");
    assertThat(StrictInputIT.onlyViolation(api.get("/sites?size=0")).getString("field"))
        .isEqualTo("size");
    assertThat(api.get("/sites?page=0&size=500").status()).isEqualTo(200);
  }

  /** page * size past an int's range was a negative offset and an empty 500. */
  @Test
  void aPageFarPastAnyListsEndIsA400NotAnOverflow() {
    JsonObject far = StrictInputIT.onlyViolation(api.get("/vouchers?page=50000000&size=500"));
    assertThat(far.getString("field")).isEqualTo("page");
    assertThat(far.getString("message")).isEqualTo("au plus 1000000");
    assertThat(api.get("/vouchers?page=1000000&size=500").status()).isEqualTo(200);
    assertThat(api.get("/vouchers?page=1000000&size=500").array()).isEmpty();
  }

  @Test
  void subResourcesOfSomethingThatDoesNotExistAreNotFound() {
    for (String path :
        new String[] {
          "/agreements/987654321/reconciliation",
          "/agreements/987654321/lots",
          "/lots/987654321/price-lines",
          "/consortia/987654321/members",
          "/vouchers/987654321",
          "/imports/987654321"
        }) {
      Api.Reply reply = api.get(path);
      assertThat(reply.status()).as(path).isEqualTo(404);
      assertThat(reply.contentType()).as(path).startsWith("application/problem+json");
    }
    Api.Reply lot =
        api.post(
            "/agreements/987654321/lots",
            "{\"number\":1,\"label\":\"Nord\",\"holderIds\":[],\"maximum\":10}");
    assertThat(lot.status()).isEqualTo(404);
  }

  @Test
  void anUnknownPathUnderTheApiAndOutsideItIsAProblemDocument() {
    problem(api.get("/nothing-here"), 404);
    problem(api.getFromServerRoot(applicationRoot() + "nothing-here"), 404);
  }

  @Test
  void aWrongMethodIsA405ProblemWithTheAllowedMethods() {
    Api.Reply reply = api.send("DELETE", "/consortia", null, Map.of());
    problem(reply, 405);
    assertThat(reply.json().getString("detail")).contains("GET").contains("POST");
  }

  @Test
  void aWrongMediaTypeIsA415Problem() {
    Api.Reply reply =
        api.send("POST", "/consortia", "name=x", Map.of("Content-Type", "text/plain"));
    problem(reply, 415);
  }

  @Test
  void aBodyTooLargeIsA413Problem() throws Exception {
    String big = "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
    Api.Reply reply = api.post("/consortia", big);
    problem(reply, 413);
    assertThat(reply.json().getString("detail")).contains("1048576");
  }

  @Test
  void aBodyTooLargeWithoutALengthIsA413ProblemToo() throws Exception {
    byte[] chunk = "x".repeat(64 * 1024).getBytes();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "api/consortia"))
            .header("Content-Type", "application/json")
            .header("Authorization", api.authorization())
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () ->
                        new java.io.SequenceInputStream(
                            new java.io.ByteArrayInputStream("{\"name\":\"".getBytes()),
                            new java.io.InputStream() {
                              private long left = 3L * 1024 * 1024;

                              @Override
                              public int read() {
                                return left-- > 0 ? 'x' : -1;
                              }

                              @Override
                              public int read(byte[] b, int off, int len) {
                                if (left <= 0) {
                                  return -1;
                                }
                                int n = (int) Math.min(Math.min(len, chunk.length), left);
                                System.arraycopy(chunk, 0, b, off, n);
                                left -= n;
                                return n;
                              }
                            })))
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    problem(
        new Api.Reply(
            response.statusCode(),
            response.headers().firstValue("Content-Type").orElse(""),
            response.body()),
        413);
  }

  private String applicationRoot() {
    return URI.create(base.toString()).getPath();
  }

  private static void problem(Api.Reply reply, int status) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
    assertThat(reply.body()).doesNotContain("<html").doesNotContain("<HTML");
    assertThat(reply.json().getInt("status")).isEqualTo(status);
  }
}
