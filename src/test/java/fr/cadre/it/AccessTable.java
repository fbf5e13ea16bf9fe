package fr.cadre.it;

import fr.cadre.it.AccessWorld.Who;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The access matrix as one table: for each operation, the request a caller sends (built afresh for
 * each cell, on its own data or on another's) and the status expected from each caller, in the
 * order of {@link Who}: anonymous, administrator, officer of A, finance of A, consortium finance,
 * operator X, auditor. A row marked {@code scoped} is tried on both data sets.
 */
final class AccessTable {

  private AccessTable() {}

  /** One request. */
  record Req(String method, String path, String body) {}

  /** Who asks, on whose data. */
  record Cell(AccessWorld w, Who who, boolean own) {}

  record Row(
      String operation, boolean scoped, Function<Cell, Req> request, int[] own, int[] other) {}

  //                                 anon admin offA finA finAll opX audit
  private static final String READ = "401 200 200 200 200 200 200";
  private static final String HIDDEN = "401 200 404 404 200 404 200";
  private static final String ADMIN_AUDIT = "401 200 403 403 403 403 200";
  private static final String LEDGER = "401 200 200 200 200 403 200";

  private static Row row(String op, Function<Cell, Req> request, String expected) {
    return new Row(op, false, request, codes(expected), codes(expected));
  }

  private static Row scoped(String op, Function<Cell, Req> request, String own, String other) {
    return new Row(op, true, request, codes(own), codes(other));
  }

  /** Reference data every user reads. */
  private static Row read(String op, Function<AccessWorld, String> path) {
    return row(op, c -> get(path.apply(c.w())), READ);
  }

  /** A change only an administrator makes, answered {@code status}. */
  private static Row admin(String op, Function<Cell, Req> request, int status) {
    return row(op, request, "401 " + status + " 403 403 403 403 403");
  }

  private static int[] codes(String expected) {
    return Arrays.stream(expected.trim().split("\\s+")).mapToInt(Integer::parseInt).toArray();
  }

  static Req get(String path) {
    return new Req("GET", path, null);
  }

  static Req post(String path, String body) {
    return new Req("POST", path, body);
  }

  static Req put(String path, String body) {
    return new Req("PUT", path, body);
  }

  static Req delete(String path) {
    return new Req("DELETE", path, null);
  }

  static List<Row> rows() {
    return List.of(
        // Directory
        read("GET /api/consortia", w -> "/consortia"),
        admin("POST /api/consortia", c -> post("/consortia", Bodies.consortium()), 201),
        read("GET /api/consortia/{id}", w -> "/consortia/" + w.consortium),
        admin(
            "PUT /api/consortia/{id}",
            c -> put("/consortia/" + c.w().fixtures.consortium(), Bodies.consortium()),
            200),
        read("GET /api/consortia/{id}/members", w -> "/consortia/" + w.consortium + "/members"),
        admin(
            "POST /api/consortia/{id}/members",
            c ->
                post(
                    "/consortia/" + c.w().consortium + "/members",
                    Bodies.member(Fixtures.siret(Fixtures.serial()))),
            201),
        read("GET /api/members/{id}", w -> "/members/" + w.memberA),
        admin(
            "PUT /api/members/{id}",
            c -> {
              long id = member(c);
              String siret = c.w().tester.get("/members/" + id).json().getString("siret");
              return put("/members/" + id, Bodies.member(siret));
            },
            200),
        admin("DELETE /api/members/{id}", c -> delete("/members/" + member(c)), 200),
        read("GET /api/operators", w -> "/operators"),
        admin(
            "POST /api/operators",
            c -> post("/operators", Bodies.operator(Fixtures.siret(Fixtures.serial()))),
            201),
        read("GET /api/operators/{id}", w -> "/operators/" + w.operatorX),
        admin(
            "PUT /api/operators/{id}",
            c -> {
              long id = c.w().fixtures.operator(false);
              String siret = c.w().tester.get("/operators/" + id).json().getString("siret");
              return put("/operators/" + id, Bodies.operator(siret));
            },
            200),
        admin(
            "DELETE /api/operators/{id}",
            c -> delete("/operators/" + c.w().fixtures.operator(false)),
            200),
        // Agreements, lots, prices, sites
        read("GET /api/agreements", w -> "/agreements"),
        admin(
            "POST /api/agreements",
            c -> post("/agreements", Bodies.agreement(c.w().consortium, null)),
            201),
        read("GET /api/agreements/{id}", w -> "/agreements/" + w.agreement),
        admin(
            "PUT /api/agreements/{id}",
            c -> {
              long id = c.w().fixtures.agreement(c.w().consortium);
              String ref = c.w().tester.get("/agreements/" + id).json().getString("reference");
              return put("/agreements/" + id, Bodies.agreement(c.w().consortium, ref));
            },
            200),
        admin(
            "POST /api/agreements/{id}/termination",
            c ->
                post(
                    "/agreements/" + c.w().fixtures.agreement(c.w().consortium) + "/termination",
                    "{\"terminatedOn\":\"2024-06-30\"}"),
            200),
        read("GET /api/agreements/{id}/lots", w -> "/agreements/" + w.agreement + "/lots"),
        admin(
            "POST /api/agreements/{id}/lots",
            c ->
                post(
                    "/agreements/" + c.w().fixtures.agreement(c.w().consortium) + "/lots",
                    Bodies.lot(c.w().operatorX)),
            201),
        row(
            "GET /api/agreements/{id}/reconciliation",
            c -> get("/agreements/" + c.w().agreement + "/reconciliation"),
            "401 200 403 403 200 403 200"),
        read("GET /api/lots/{id}", w -> "/lots/" + w.lotX),
        admin(
            "PUT /api/lots/{id}",
            c -> put("/lots/" + lot(c), Bodies.lotUpdate(c.w().operatorX)),
            200),
        admin("DELETE /api/lots/{id}", c -> delete("/lots/" + lot(c)), 200),
        read("GET /api/lots/{id}/sites", w -> "/lots/" + w.lotX + "/sites"),
        read("GET /api/lots/{id}/price-lines", w -> "/lots/" + w.lotX + "/price-lines"),
        admin(
            "POST /api/lots/{id}/price-lines",
            c -> post("/lots/" + lot(c) + "/price-lines", Bodies.priceLine()),
            201),
        read("GET /api/price-lines/{id}", w -> "/price-lines/" + priceLine(w, w.lotX)),
        admin(
            "PUT /api/price-lines/{id}",
            c ->
                put(
                    "/price-lines/" + c.w().fixtures.priceLine(lot(c), "H-X", "30"),
                    Bodies.priceLine()),
            200),
        admin(
            "DELETE /api/price-lines/{id}",
            c -> delete("/price-lines/" + c.w().fixtures.priceLine(lot(c), "H-X", "30")),
            200),
        read("GET /api/sites", w -> "/sites"),
        admin(
            "POST /api/sites",
            c -> post("/sites", Bodies.site(null, c.w().memberA, c.w().lotX)),
            201),
        scoped(
            "GET /api/sites/{id}",
            c -> get("/sites/" + (c.own() ? c.w().siteA : c.w().siteB)),
            READ,
            HIDDEN),
        admin(
            "PUT /api/sites/{id}",
            c -> {
              long site = c.w().fixtures.site(c.w().memberA, c.w().lotX);
              String code = c.w().tester.get("/sites/" + site).json().getString("code");
              return put("/sites/" + site, Bodies.site(code, c.w().memberA, c.w().lotX));
            },
            200),
        // Vouchers
        read("GET /api/vouchers", w -> "/vouchers"),
        scoped(
            "POST /api/vouchers",
            c ->
                post(
                    "/vouchers",
                    AccessWorld.order(
                        c.own() ? c.w().memberA : c.w().memberB,
                        c.own() ? c.w().siteA : c.w().siteB)),
            "401 403 201 403 403 403 403",
            "401 403 403 403 403 403 403"),
        scoped("GET /api/vouchers/{id}", c -> get("/vouchers/" + issued(c)), READ, HIDDEN),
        scoped(
            "POST /api/vouchers/{id}/preview",
            c ->
                post(
                    "/vouchers/" + c.w().draft(c.own()) + "/preview",
                    "{\"issueDate\":\"2022-03-01\"}"),
            "401 403 200 403 403 403 403",
            "401 403 404 403 403 403 403"),
        scoped(
            "POST /api/vouchers/{id}/issue",
            c ->
                post(
                    "/vouchers/" + c.w().draft(c.own()) + "/issue",
                    "{\"issueDate\":\"2022-03-01\"}"),
            "401 403 201 403 403 403 403",
            "401 403 404 403 403 403 403"),
        scoped(
            "POST /api/vouchers/{id}/acknowledgement",
            c -> post("/vouchers/" + issued(c) + "/acknowledgement", "{}"),
            "401 403 403 403 403 200 403",
            "401 403 403 403 403 404 403"),
        scoped(
            "POST /api/vouchers/{id}/service-done",
            c -> post("/vouchers/" + issued(c) + "/service-done", AccessWorld.SERVICE_DONE),
            "401 403 403 200 200 403 403",
            "401 403 403 404 200 403 403"),
        scoped(
            "POST /api/vouchers/{id}/invoice",
            c ->
                post(
                    "/vouchers/" + c.w().advanced(c.own(), "service-done") + "/invoice",
                    AccessWorld.invoice()),
            "401 403 403 200 200 403 403",
            "401 403 403 404 200 403 403"),
        scoped(
            "POST /api/vouchers/{id}/payment",
            c ->
                post(
                    "/vouchers/" + c.w().advanced(c.own(), "service-done", "invoice") + "/payment",
                    "{\"paidOn\":\"2022-05-02\"}"),
            "401 403 403 200 200 403 403",
            "401 403 403 404 200 403 403"),
        scoped(
            "POST /api/vouchers/{id}/closing",
            c ->
                post(
                    "/vouchers/" + c.w().advanced(c.own(), "service-done") + "/closing",
                    "{\"reason\":\"matrice\"}"),
            "401 403 403 200 200 403 403",
            "401 403 403 404 200 403 403"),
        scoped(
            "POST /api/vouchers/{id}/cancellation",
            c -> post("/vouchers/" + issued(c) + "/cancellation", "{\"reason\":\"matrice\"}"),
            "401 403 200 403 403 403 403",
            "401 403 404 403 403 403 403"),
        scoped(
            "GET /api/vouchers/{id}/pdf",
            c -> get("/vouchers/" + issued(c) + "/pdf"),
            READ,
            HIDDEN),
        scoped(
            "GET /api/vouchers/{id}/document",
            c -> get("/vouchers/" + issued(c) + "/document"),
            READ,
            HIDDEN),
        read("GET /api/vouchers/archive", w -> "/vouchers/archive?member=" + w.memberA),
        // The finance ledger: member users read their member's figures, an operator none
        row(
            "GET /api/agreements/{id}/ledger",
            c -> get("/agreements/" + c.w().agreement + "/ledger"),
            LEDGER),
        row(
            "GET /api/agreements/{id}/series",
            c -> get("/agreements/" + c.w().agreement + "/series?by=MEMBER"),
            LEDGER),
        row("GET /api/alerts", c -> get("/alerts?agreement=" + c.w().agreement), LEDGER),
        read("GET /api/ecb-rates", w -> "/ecb-rates"),
        admin(
            "POST /api/ecb-rates",
            c ->
                post(
                    "/ecb-rates",
                    "{\"effectiveFrom\":\"%s\",\"rate\":2.15,\"source\":\"BCE, matrice\"}"
                        .formatted(java.time.LocalDate.of(2040, 1, 1).plusDays(Fixtures.serial()))),
            201),
        row(
            "GET /api/exports/consumption",
            c -> get("/exports/consumption?agreement=" + c.w().agreement),
            LEDGER),
        row(
            "GET /api/exports/invoices",
            c -> get("/exports/invoices?agreement=" + c.w().agreement),
            "401 200 403 200 200 403 200"),
        read("GET /api/exports/vouchers", w -> "/exports/vouchers?member=" + w.memberA),
        scoped(
            "GET /api/members/{id}/finance",
            c -> get("/members/" + (c.own() ? c.w().memberA : c.w().memberB) + "/finance"),
            "401 200 403 200 200 403 200",
            "401 200 403 403 200 403 200"),
        scoped(
            "PUT /api/members/{id}/finance",
            c ->
                put(
                    "/members/" + (c.own() ? c.w().memberA : c.w().memberB) + "/finance",
                    "{\"budgetCheck\":\"WARN\"}"),
            "401 403 403 200 200 403 403",
            "401 403 403 403 200 403 403"),
        scoped(
            "PUT /api/members/{id}/finance/budget-envelopes",
            c ->
                put(
                    "/members/"
                        + (c.own() ? c.w().memberA : c.w().memberB)
                        + "/finance/budget-envelopes",
                    "{\"agreementId\":%d,\"budgetYear\":2031,\"budgetLine\":\"matrice\"}"
                        .formatted(c.w().agreement)),
            "401 403 403 200 200 403 403",
            "401 403 403 403 200 403 403"),
        scoped(
            "GET /api/members/{id}/finance/view",
            c -> get("/members/" + (c.own() ? c.w().memberA : c.w().memberB) + "/finance/view"),
            "401 200 200 200 200 403 200",
            "401 200 403 403 200 403 200"),
        // Imports
        row("GET /api/imports", c -> get("/imports"), ADMIN_AUDIT),
        admin("POST /api/imports", c -> post("/imports", folder(c)), 202),
        row("GET /api/imports/{id}", c -> get("/imports/" + anyRun(c.w())), ADMIN_AUDIT),
        admin(
            "POST /api/imports/{id}/restart",
            c -> post("/imports/" + anyRun(c.w()) + "/restart", null),
            409),
        // The benchmark's baseline: disabled in the tests' settings
        row("POST /api/probe", c -> post("/probe", null), "401 404 404 404 404 404 404"),
        // Users, the caller's own account, the audit log
        row("GET /api/users", c -> get("/users"), ADMIN_AUDIT),
        admin("POST /api/users", c -> post("/users", Bodies.user()), 201),
        row(
            "GET /api/users/{id}",
            c -> get("/users/" + c.w().userIds.get(Who.OPERATOR_X)),
            ADMIN_AUDIT),
        admin("PUT /api/users/{id}", c -> put("/users/" + user(c), Bodies.userUpdate()), 200),
        admin("DELETE /api/users/{id}", c -> delete("/users/" + user(c)), 200),
        admin(
            "POST /api/users/{id}/password",
            c ->
                post("/users/" + user(c) + "/password", "{\"password\":\"un-autre-mot-de-passe\"}"),
            200),
        read("GET /api/me", w -> "/me"),
        row(
            "PUT /api/me/password",
            c ->
                put(
                    "/me/password",
                    "{\"currentPassword\":\"%s\",\"newPassword\":\"%s\"}"
                        .formatted(AccessWorld.PASSWORD, AccessWorld.PASSWORD)),
            "401 204 204 204 204 204 204"),
        read("GET /api/me/tokens", w -> "/me/tokens"),
        row(
            "POST /api/me/tokens",
            c -> post("/me/tokens", "{\"label\":\"matrice\",\"days\":1}"),
            "401 201 201 201 201 201 201"),
        scoped(
            "DELETE /api/me/tokens/{id}",
            c ->
                delete(
                    "/me/tokens/"
                        + token(
                            c.own() && c.who() != Who.ANONYMOUS
                                ? c.w().as(c.who())
                                : c.w().tester)),
            READ,
            "401 404 404 404 404 404 404"),
        row("GET /api/audit", c -> get("/audit?size=5"), ADMIN_AUDIT));
  }

  private static long member(Cell c) {
    return c.w().fixtures.member(c.w().consortium, "OPH", true);
  }

  private static long lot(Cell c) {
    return c.w().fixtures.lot(c.w().agreement, c.w().operatorX, "0", "1000");
  }

  private static long issued(Cell c) {
    return c.w().issued(c.own());
  }

  private static long priceLine(AccessWorld w, long lot) {
    return w.tester
        .get("/lots/" + lot + "/price-lines")
        .array()
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  private static long user(Cell c) {
    return AccessWorld.created(c.w().tester.asAdmin().post("/users", Bodies.user()));
  }

  private static long token(Api owner) {
    return AccessWorld.created(owner.post("/me/tokens", "{\"label\":\"à révoquer\",\"days\":1}"));
  }

  private static long anyRun(AccessWorld w) {
    return w.tester.get("/imports").array().getJsonObject(0).getJsonNumber("id").longValue();
  }

  /** A folder import only an administrator's cell really starts: a copy of the sample. */
  private static String folder(Cell c) {
    try {
      if (c.who() != Who.ADMIN) {
        return "{\"folder\":\"aucun\"}";
      }
      String path = Imports.copyOfSample(AccessMatrixIT.importRoot()).toString().replace("\\", "/");
      return "{\"folder\":\"" + path + "\"}";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
