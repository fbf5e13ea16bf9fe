package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cadre.it.AccessWorld.Who;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may do what, operation by operation: every caller of {@link AccessWorld} (and an anonymous
 * one) against every operation of the OpenAPI document, on its own data (member A, operator X) and
 * on another's (member B, operator Y), with the status expected in each cell. The table is {@link
 * AccessTable}; an operation of the document without a row fails the test.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Access matrix: every role and an anonymous caller against every /api operation")
class AccessMatrixIT {

  @ArquillianResource URL base;

  private AccessWorld world;

  @BeforeEach
  void world() {
    world = AccessWorld.of(new Api(base));
  }

  @Test
  @DisplayName("every operation of the OpenAPI document has a row, and no row names another")
  void theTableCoversEveryOperation() {
    Set<String> documented =
        OpenApiDocuments.operations(OpenApiDocuments.parse(world.tester)).stream()
            .map(OpenApiDocuments.Op::toString)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> rows =
        AccessTable.rows().stream()
            .map(AccessTable.Row::operation)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(rows).as("operations of the table").isEqualTo(documented);
  }

  @Test
  @DisplayName("each caller gets the expected status on its own data and on another's")
  void eachCellAnswersItsStatus() {
    List<String> wrong = new ArrayList<>();
    for (AccessTable.Row row : AccessTable.rows()) {
      for (boolean own : row.scoped() ? List.of(true, false) : List.of(true)) {
        int[] expected = own ? row.own() : row.other();
        for (Who who : Who.values()) {
          AccessTable.Req req = row.request().apply(new AccessTable.Cell(world, who, own));
          int status = send(world.as(who), req);
          int want = expected[who.ordinal()];
          if (status != want) {
            wrong.add(
                row.operation()
                    + (own ? " own" : " other's")
                    + " as "
                    + who
                    + ": expected "
                    + want
                    + ", got "
                    + status
                    + " ("
                    + req.method()
                    + " "
                    + req.path()
                    + ")");
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  @DisplayName(
      "an operator's list and archive never hold another operator's voucher, whatever the"
          + " filters; an officer's sites are their member's")
  void listsHoldOnlyTheCallersRecords() {
    long mine = world.issued(true);
    long theirs = world.issued(false);
    Api operator = world.as(Who.OPERATOR_X);
    for (String filter :
        List.of(
            "",
            "?holder=" + world.operatorY,
            "?member=" + world.memberB,
            "?site=" + world.siteB,
            "?lot=" + world.lotY,
            "?size=500")) {
      var list = operator.get("/vouchers" + filter);
      assertThat(list.status()).isEqualTo(200);
      List<Long> ids = ids(list);
      assertThat(ids).as(filter).doesNotContain(theirs);
      list.array()
          .forEach(
              v ->
                  assertThat(v.asJsonObject().getJsonNumber("holderId").longValue())
                      .as(filter)
                      .isEqualTo(world.operatorX));
    }
    assertThat(ids(operator.get("/vouchers?holder=" + world.operatorX + "&size=500")))
        .contains(mine);
    Api.Download zip = operator.download("/vouchers/archive?holder=" + world.operatorY);
    assertThat(zip.status()).isEqualTo(200);
    assertThat(zipEntries(zip.body())).isZero();
    Api officer = world.as(Who.OFFICER_A);
    assertThat(ids(officer.get("/sites?member=" + world.memberB))).isEmpty();
    assertThat(ids(officer.get("/sites?size=500")))
        .contains(world.siteA)
        .doesNotContain(world.siteB);
    assertThat(officer.get("/lots/" + world.lotY + "/sites").array()).isEmpty();
    assertThat(ids(world.as(Who.FINANCE_ALL).get("/vouchers?member=" + world.memberB)))
        .contains(theirs);
  }

  @Test
  @DisplayName("authorization is decided before the body: 403 or 404, never a 400 about the body")
  void authorizationComesBeforeTheBody() {
    long theirs = world.issued(false);
    String bad = "{\"reference\":\"\",\"amount\":-1,\"cadreUnknown\":true}";
    assertThat(world.as(Who.OPERATOR_X).post("/vouchers/" + theirs + "/invoice", bad).status())
        .isEqualTo(403);
    assertThat(world.as(Who.FINANCE_A).post("/vouchers/" + theirs + "/invoice", bad).status())
        .isEqualTo(404);
    assertThat(world.as(Who.AUDITOR).post("/consortia", "{\"cadreUnknown\":1}").status())
        .isEqualTo(403);
    assertThat(world.tester.anonymous().post("/consortia", "{\"cadreUnknown\":1}").status())
        .isEqualTo(401);
  }

  static int send(Api api, AccessTable.Req req) {
    if (req.method().equals("GET")
        && (req.path().endsWith("/pdf") || req.path().contains("archive"))) {
      return api.download(req.path()).status();
    }
    return api.send(req.method(), req.path(), req.body(), Map.of()).status();
  }

  private static List<Long> ids(Api.Reply list) {
    return list.array().stream()
        .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
        .toList();
  }

  private static int zipEntries(byte[] zip) {
    int count = 0;
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
      while (in.getNextEntry() != null) {
        count++;
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return count;
  }

  static Path importRoot() {
    return Path.of(System.getProperty("cadre.test.dir", "target/it"), "imports");
  }
}
