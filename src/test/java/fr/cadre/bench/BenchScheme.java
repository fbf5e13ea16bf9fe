package fr.cadre.bench;

import fr.cadre.it.Api;
import fr.cadre.it.Fixtures;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * The issue benchmarks' scheme, created through the API: one member and five lots of one operator
 * each, with one site per lot and a maximum that never runs out, and the {@code wrk} scripts that
 * load them. Ends with the check that every lot's running total equals the sum of its vouchers.
 */
final class BenchScheme {

  static final int LOTS = 5;
  static final BigDecimal MAXIMUM = new BigDecimal("500000000.00");
  static final BigDecimal VOUCHER_HT = new BigDecimal("94.20");

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String api;
  private final Path dir;
  private final long[] lots = new long[LOTS];
  private final long[] sites = new long[LOTS];
  private final long[] operators = new long[LOTS];
  private long member;
  private long agreement;
  private String authorization;

  BenchScheme(String api, Path dir) {
    this.api = api;
    this.dir = dir;
  }

  /**
   * The scheme, built by a user of the benchmark's own with the administrator's, the officer's and
   * finance roles, who then authenticates every request, the {@code wrk} scripts' included, with a
   * personal API token, as scripts do in production (HTTP Basic would cost a password hash per
   * request).
   */
  BenchScheme create() throws IOException, InterruptedException {
    authorization = basic("admin", Api.ADMIN_PASSWORD);
    created(
        "/users",
        "{\"login\":\"banc.essai\",\"name\":\"Banc d'essai\",\"roles\":[\"ADMIN\",\"OFFICER\",\"FINANCE\"],"
            + "\"password\":\"banc-essai-mot-de-passe\"}");
    authorization = basic("banc.essai", "banc-essai-mot-de-passe");
    authorization =
        "Bearer "
            + json(post("/me/tokens", "{\"label\":\"banc\",\"days\":1}", 201)).getString("token");
    long consortium = created("/consortia", "{\"name\":\"Banc d'essai\"}");
    member =
        created(
            "/consortia/" + consortium + "/members",
            "{\"name\":\"Ville\",\"siret\":\"%s\",\"legalForm\":\"LOCAL_AUTHORITY\",\"mayOrder\":true}"
                .formatted(Fixtures.siret(1)));
    agreement =
        created(
            "/agreements",
            """
            {"consortiumId":%d,"reference":"BENCH-%d","object":"Médiation sociale urbaine",
             "procedureLaunchDate":"2021-03-01","notificationDate":"2021-06-15",
             "startDate":"2021-07-01","initialMonths":6,"renewalCount":3,"renewalMonths":12}"""
                .formatted(consortium, System.currentTimeMillis()));
    for (int i = 0; i < LOTS; i++) {
      long operator =
          created(
              "/operators",
              "{\"name\":\"Opérateur %d\",\"siret\":\"%s\"}"
                  .formatted(i + 1, Fixtures.siret(10 + i)));
      operators[i] = operator;
      lots[i] =
          created(
              "/agreements/" + agreement + "/lots",
              "{\"number\":%d,\"label\":\"Secteur %d\",\"holderIds\":[%d],\"minimum\":0,\"maximum\":%s}"
                  .formatted(i + 1, i + 1, operator, MAXIMUM.toPlainString()));
      created(
          "/lots/" + lots[i] + "/price-lines",
          "{\"code\":\"H-JOUR\",\"label\":\"Heure de médiation de jour\",\"unit\":\"heure\","
              + "\"unitPrice\":31.40,\"vatRate\":20}");
      sites[i] =
          created(
              "/sites",
              "{\"code\":\"B-%d\",\"name\":\"Résidence %d\",\"memberId\":%d,\"lotId\":%d,\"dwellings\":600}"
                  .formatted(i, i, member, lots[i]));
    }
    return this;
  }

  /** The baseline: {@code POST /api/probe}, which inserts one row. */
  Path probeScript() throws IOException {
    Path script = dir.resolve("probe.lua");
    Files.writeString(
        script,
        """
        wrk.method = "POST"
        wrk.path = "/api/probe"
        """
            + "wrk.headers[\"Authorization\"] = \""
            + authorization
            + "\"\n"
            + Wrk.DONE);
    return script;
  }

  /** Issues on the first {@code lotCount} lots in turn: a 3-hour voucher, 94,20 € HT. */
  Path issueScript(int lotCount) throws IOException {
    StringBuilder bodies = new StringBuilder("local bodies = {\n");
    for (int i = 0; i < lotCount; i++) {
      bodies
          .append("  [[")
          .append(
              "{\"memberId\":%d,\"siteId\":%d,\"object\":\"Médiation, mars 2022\",\"issueDate\":\"2022-03-01\",\"executionStart\":\"2022-03-01\",\"executionEnd\":\"2022-03-31\",\"lines\":[{\"code\":\"H-JOUR\",\"quantity\":3}]}"
                  .formatted(member, sites[i]))
          .append("]],\n");
    }
    bodies.append("}\n").append("local AUTH = \"").append(authorization).append("\"\n");
    Path script = dir.resolve("issue-" + lotCount + ".lua");
    Files.writeString(
        script,
        bodies
            + """
            wrk.method = "POST"
            wrk.headers["Content-Type"] = "application/json"
            wrk.headers["Authorization"] = AUTH
            local n = 0
            request = function()
              n = n + 1
              return wrk.format(nil, "/api/vouchers?issue=true", nil, bodies[(n % #bodies) + 1])
            end
            """
            + Wrk.DONE);
    return script;
  }

  /**
   * Every lot's running total must equal the sum of its vouchers (the reconciliation report) and
   * stay within the maximum, and every issue answered 201 must be among those vouchers. A few more
   * vouchers than answers is expected: wrk stops counting while its last requests are in flight.
   */
  void checkNoOverrun(long answered) throws IOException, InterruptedException {
    JsonObject report = json(get("/agreements/" + agreement + "/reconciliation"));
    long vouchers = 0;
    BigDecimal total = BigDecimal.ZERO;
    for (JsonObject line : report.getJsonArray("lines").getValuesAs(JsonObject.class)) {
      vouchers += line.getJsonNumber("voucherCount").longValue();
      total = total.add(line.getJsonNumber("runningTotal").bigDecimalValue());
    }
    boolean ok =
        report.getBoolean("consistent")
            && vouchers >= answered
            && total.compareTo(VOUCHER_HT.multiply(BigDecimal.valueOf(vouchers))) == 0
            && total.compareTo(MAXIMUM) <= 0;
    System.out.printf(
        "reconciliation: %d vouchers (%d answered 201, the rest in flight when wrk stopped),"
            + " running totals %s € HT = vouchers' sum: %s%n",
        vouchers, answered, total.toPlainString(), ok ? "yes, no overrun" : "NO");
    if (!ok) {
      throw new IllegalStateException("running totals differ from the vouchers issued: " + report);
    }
  }

  long agreement() {
    return agreement;
  }

  long member() {
    return member;
  }

  long site(int lot) {
    return sites[lot];
  }

  long lot(int index) {
    return lots[index];
  }

  /** The holder of the lot of that index. */
  long operator(int lot) {
    return operators[lot];
  }

  /** {@code Authorization} header of the benchmark's user: its personal token. */
  String authorization() {
    return authorization;
  }

  /** A POST by the benchmark's user that must answer {@code expected}; its JSON answer. */
  JsonObject call(String path, String body, int expected) throws IOException, InterruptedException {
    return json(post(path, body, expected));
  }

  private long created(String path, String body) throws IOException, InterruptedException {
    return json(post(path, body, 201)).getJsonNumber("id").longValue();
  }

  private HttpResponse<String> post(String path, String body, int expected)
      throws IOException, InterruptedException {
    HttpResponse<String> reply =
        http.send(
            HttpRequest.newBuilder(URI.create(api + path))
                .header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (reply.statusCode() != expected) {
      throw new IllegalStateException(path + ": " + reply.statusCode() + " " + reply.body());
    }
    return reply;
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(api + path))
            .header("Authorization", authorization)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String login, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static JsonObject json(HttpResponse<String> reply) {
    return Json.createReader(new StringReader(reply.body())).readObject();
  }
}
