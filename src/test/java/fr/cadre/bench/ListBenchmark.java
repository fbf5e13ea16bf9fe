package fr.cadre.bench;

import fr.cadre.it.ServerProcess;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The voucher list pages at 100,000 vouchers, on the embedded H2 (and on PostgreSQL when asked):
 * each page as a logged-in browser gets it (the session cookie of the login form), one request
 * after the other, beside a page of the same layout that reads no voucher (the legal notice),
 * measured in the same run. The officer's list: its first page, a page deep in the list, filtered
 * by lot, by status and by period, sorted by amount; the operator's list: its first page and a deep
 * one. Target: under 200 ms a page.
 *
 * <p>{@code mvn -Pbench-list verify}; {@code -Dbench.list.vouchers=100000}, {@code
 * -Dbench.list.databases=h2} ({@code h2,postgresql} for both, the PostgreSQL database of {@link
 * BenchDatabase}), {@code -Dbench.list.requests=300}, {@code -Dbench.list.warmup=100}.
 */
public final class ListBenchmark {

  private static final int VOUCHERS = Integer.getInteger("bench.list.vouchers", 100_000);
  private static final List<String> DATABASES =
      List.of(System.getProperty("bench.list.databases", "h2").split(","));
  private static final int REQUESTS = Integer.getInteger("bench.list.requests", 300);
  private static final int WARMUP = Integer.getInteger("bench.list.warmup", 100);
  private static final int PAGE_SIZE = 50;
  private static final String PASSWORD = "banc-liste-mot-de-passe";
  private static final Pattern ROW = Pattern.compile("<td><a href=\"[^\"]*/app/vouchers/\\d+\">");

  /** One page measured: its name, whose session asks for it, and how many rows it must show. */
  private record Case(String name, String path, Who who, int rows) {}

  /** The users who open the lists: a member's officer, finance staff, a holder's operator. */
  private enum Who {
    OFFICER,
    FINANCE,
    OPERATOR
  }

  private final List<String> report = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    ListBenchmark bench = new ListBenchmark();
    for (String database : DATABASES) {
      bench.run(database.strip());
    }
    System.out.println();
    System.out.println("| database | page | p50 / p95 / p99 | p95 under 200 ms |");
    System.out.println("|---|---|---|---|");
    bench.report.forEach(System.out::println);
  }

  private void run(String database) throws Exception {
    try (VoucherVolume volume = VoucherVolume.start("list", database)) {
      ServerProcess server = volume.server();
      BenchScheme scheme = volume.scheme();
      String officer = user(scheme, "banc.agent", "OFFICER", "\"memberId\":" + scheme.member());
      String operator =
          user(scheme, "banc.titulaire", "OPERATOR", "\"operatorId\":" + scheme.operator(0));
      String finance = user(scheme, "banc.finances", "FINANCE", null);
      server.close();
      long count;
      try (Connection c = volume.connect()) {
        count = volume.generate(c, VOUCHERS).vouchers();
      }
      server.start();
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      String officerSession = logIn(http, server.baseUrl(), officer);
      String operatorSession = logIn(http, server.baseUrl(), operator);
      String financeSession = logIn(http, server.baseUrl(), finance);
      Runnable issue = volume.issueBeforeEachRequest();
      String db = volume.databaseName();
      for (Case page :
          List.of(
              new Case(
                  "baseline: the legal notice (same layout, no voucher read)",
                  "/app/legal-notice",
                  Who.OFFICER,
                  0),
              new Case("officer's list, first page", "/app/vouchers", Who.OFFICER, PAGE_SIZE),
              new Case(
                  "officer's list, page 500", "/app/vouchers?page=499", Who.OFFICER, PAGE_SIZE),
              new Case(
                  "officer's list by lot",
                  "/app/vouchers?lot=" + scheme.lot(2),
                  Who.OFFICER,
                  PAGE_SIZE),
              new Case(
                  "officer's list by status (invoiced)",
                  "/app/vouchers?status=INVOICED",
                  Who.OFFICER,
                  PAGE_SIZE),
              new Case(
                  "officer's list by period", "/app/vouchers?period=1", Who.OFFICER, PAGE_SIZE),
              new Case(
                  "officer's list sorted by amount",
                  "/app/vouchers?sort=total&dir=desc",
                  Who.OFFICER,
                  PAGE_SIZE),
              new Case(
                  "officer's list sorted by amount, page 500",
                  "/app/vouchers?sort=total&dir=asc&page=499",
                  Who.OFFICER,
                  PAGE_SIZE),
              new Case(
                  "finance's list (the whole consortium), first page",
                  "/app/vouchers",
                  Who.FINANCE,
                  PAGE_SIZE),
              new Case(
                  "finance's list by status (invoiced), page 100",
                  "/app/vouchers?status=INVOICED&page=99",
                  Who.FINANCE,
                  PAGE_SIZE),
              new Case(
                  "finance's list sorted by amount",
                  "/app/vouchers?sort=total&dir=desc",
                  Who.FINANCE,
                  PAGE_SIZE),
              new Case(
                  "operator's list, first page", "/app/operator/vouchers", Who.OPERATOR, PAGE_SIZE),
              new Case(
                  "operator's list, page 300",
                  "/app/operator/vouchers?page=299",
                  Who.OPERATOR,
                  PAGE_SIZE))) {
        String session =
            switch (page.who()) {
              case OFFICER -> officerSession;
              case FINANCE -> financeSession;
              case OPERATOR -> operatorSession;
            };
        Percentiles latency =
            Percentiles.of(
                WARMUP, REQUESTS, issue, () -> get(http, server.baseUrl(), page, session));
        String line =
            String.format(
                "| %s, %,d vouchers | %s (`%s`) | %s | %s |",
                db,
                count,
                page.name(),
                page.path(),
                latency.line(),
                page.rows() == 0 ? "" : latency.at(0.95) < 200 ? "yes" : "**no**");
        System.out.println(line);
        report.add(line);
      }
      server.close();
    }
  }

  /** A user of the benchmark's, created by its administrator; its login. */
  private static String user(BenchScheme scheme, String login, String role, String scope)
      throws IOException, InterruptedException {
    scheme.call(
        "/users",
        "{\"login\":\"%s\",\"name\":\"Banc des listes\",\"roles\":[\"%s\"],%s\"password\":\"%s\"}"
            .formatted(login, role, scope == null ? "" : scope + ",", PASSWORD),
        201);
    return login;
  }

  /** The login form's post, as a browser sends it; the session cookie it opens. */
  private static String logIn(HttpClient http, String base, String login)
      throws IOException, InterruptedException {
    String form =
        "login="
            + URLEncoder.encode(login, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
            + "&next=/app";
    URI uri = URI.create(base + "/app/login");
    HttpResponse<String> reply =
        http.send(
            HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", uri.getScheme() + "://" + uri.getAuthority())
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (reply.statusCode() != 303) {
      throw new IllegalStateException("login " + login + ": " + reply.statusCode());
    }
    return reply.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("login " + login + ": no session"));
  }

  private static void get(HttpClient http, String base, Case page, String session) {
    try {
      HttpResponse<String> reply =
          http.send(
              HttpRequest.newBuilder(URI.create(base + page.path()))
                  .header("Cookie", session)
                  .header("Accept-Language", "fr-FR")
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (reply.statusCode() != 200) {
        throw new IllegalStateException(page.path() + ": " + reply.statusCode());
      }
      Matcher rows = ROW.matcher(reply.body());
      int shown = 0;
      while (rows.find()) {
        shown++;
      }
      if (shown != page.rows()) {
        throw new IllegalStateException(
            page.path() + ": " + shown + " vouchers shown, " + page.rows() + " expected");
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
