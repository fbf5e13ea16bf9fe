package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The first start imports the sample with its history (sample-data/vouchers.csv: the successor
 * agreement from January 2025 to October 2026), as a fresh installation does: the run counts the
 * vouchers taken over, the ledger reconciles, every lot keeps at least half of its current period's
 * maximum free, late payments are there, and Cadre's numbering goes on after the history.
 */
@DisplayName(
    "Sample history: taken over at first start, reconciled, half of each lot free, late payments, numbering continues")
class SampleHistoryIT {

  private static final String SUCCESSOR = "AC-MSU-2025-001";

  @Test
  void theSampleHistoryIsImportedAtFirstStartAndGivesTheFiguresItPromises() throws Exception {
    Path dir =
        Files.createTempDirectory(
            Path.of(System.getProperty("cadre.test.dir", "target")), "sample-history");
    long lines =
        Files.readAllLines(Path.of("sample-data", "vouchers.csv"), StandardCharsets.UTF_8).size()
            - 1;
    try (ServerProcess server = new ServerProcess(dir, "").start()) {
      Api admin = new Api(server.baseUrl()).asAdmin();
      JsonObject run = admin.get("/imports").array().getJsonObject(0);
      assertThat(run.getString("status")).as(run.toString()).isEqualTo("COMPLETED");
      assertThat(run.toString()).contains("\"voucher\"").contains(String.valueOf(lines));

      long agreement = -1;
      for (JsonValue a : admin.get("/agreements").array()) {
        if (a.asJsonObject().getString("reference").equals(SUCCESSOR)) {
          agreement = a.asJsonObject().getJsonNumber("id").longValue();
        }
      }
      assertThat(agreement).isPositive();
      Reconciled.check(admin, agreement);

      // The current period (2026, the first renewal): every lot has vouchers and at least half its
      // maximum free.
      int lots = 0;
      for (JsonValue r : admin.get("/agreements/" + agreement + "/ledger").array()) {
        JsonObject row = r.asJsonObject();
        if (row.getString("dimension").equals("LOT") && row.getInt("periodIndex") == 1) {
          lots++;
          BigDecimal maximum = row.getJsonNumber("maximum").bigDecimalValue();
          BigDecimal committed = row.getJsonNumber("committedHt").bigDecimalValue();
          assertThat(committed).as(row.toString()).isPositive();
          assertThat(committed.multiply(BigDecimal.valueOf(2)))
              .as(row.toString())
              .isLessThan(maximum);
          assertThat(row.getJsonNumber("paidTtc").bigDecimalValue()).isPositive();
        }
      }
      assertThat(lots).isEqualTo(5);

      // Paid late in the history, and invoices still unpaid past their due date.
      String late =
          new String(
              admin.download("/exports/invoices?agreement=" + agreement + "&late=true").body(),
              StandardCharsets.UTF_8);
      assertThat(late.lines().count()).as("header and late invoices").isGreaterThan(10);
      assertThat(admin.get("/alerts?agreement=" + agreement).body()).contains("INVOICE_LATE");

      // Cadre's numbering goes on after the history's last number of 2026.
      String last = null;
      for (String line : Files.readAllLines(Path.of("sample-data", "vouchers.csv"))) {
        if (line.startsWith("2026-")) {
          last = line.substring(0, line.indexOf(';'));
        }
      }
      Api officer = new Api(server.baseUrl());
      JsonObject site = null;
      for (JsonValue v : officer.get("/sites?size=100").array()) {
        if (v.asJsonObject().getString("code").equals("MRS-101")) {
          site = v.asJsonObject();
        }
      }
      assertThat(site).isNotNull();
      Api.Reply issued =
          officer.post(
              "/vouchers?issue=true",
              """
              {"memberId":%d,"siteId":%d,"object":"Médiation sociale, novembre 2026",
               "issueDate":"2026-11-02","executionStart":"2026-11-01","executionEnd":"2026-11-30",
               "lines":[{"code":"H-JOUR","quantity":10}]}"""
                  .formatted(
                      site.getJsonNumber("memberId").longValue(),
                      site.getJsonNumber("id").longValue()));
      assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
      assertThat(issued.json().getString("number")).isEqualTo(following(last));

      // A history with one good line and one that reuses its number: refused whole, the line,
      // column and value named, and nothing of it kept (the next number is still free).
      String next = following(following(last));
      String header = Files.readAllLines(Path.of("sample-data", "vouchers.csv")).get(0);
      String good =
          next
              + ";2026-11-03;"
              + SUCCESSOR
              + ";1;21136600953662;MRS-101;80877151591785;Médiation, reprise;H-JOUR:10;ISSUED;;;;";
      String again = good.replace("2026-11-03", "2026-11-04");
      Map<String, byte[]> entries = new LinkedHashMap<>(Imports.sampleEntries());
      entries.put(
          "vouchers.csv", String.join("\n", header, good, again).getBytes(StandardCharsets.UTF_8));
      Imports imports = new Imports(admin, new URL(server.baseUrl()));
      Api.Reply started = imports.upload(Imports.zip(entries), "application/zip");
      assertThat(started.status()).as(started.toString()).isEqualTo(202);
      JsonObject refused = imports.awaitEnd(started.id());
      assertThat(refused.getString("status")).as(refused.toString()).isEqualTo("INVALID");
      JsonObject problem = refused.getJsonArray("problems").getJsonObject(0);
      assertThat(refused.getJsonArray("problems")).hasSize(1);
      assertThat(problem.getString("file")).isEqualTo("vouchers.csv");
      assertThat(problem.getInt("line")).isEqualTo(3);
      assertThat(problem.getString("column")).isEqualTo("number");
      assertThat(problem.getString("value")).isEqualTo(next);
      assertThat(problem.getString("reason")).contains("n'est pas au-delà du dernier numéro");
      Api.Reply after =
          officer.post(
              "/vouchers?issue=true",
              """
                  {"memberId":%d,"siteId":%d,"object":"Médiation sociale, novembre 2026",
                   "issueDate":"2026-11-05","executionStart":"2026-11-01","executionEnd":"2026-11-30",
                   "lines":[{"code":"H-JOUR","quantity":5}]}"""
                  .formatted(
                      site.getJsonNumber("memberId").longValue(),
                      site.getJsonNumber("id").longValue()));
      assertThat(after.json().getString("number"))
          .as("the refused history took no number")
          .isEqualTo(next);
    }
  }

  private static String following(String number) {
    int year = Integer.parseInt(number.substring(0, 4));
    int rank = Integer.parseInt(number.substring(5));
    return "%d-%06d".formatted(year, rank + 1);
  }
}
