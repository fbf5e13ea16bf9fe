package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Alerts, forecast, time series and exports on a small fixture of 2022 (reconduction 1, from
 * 01/01/2022 to 31/12/2022): lot A (maximum 1,000 €, minimum 500 €) has 900 € committed, lot B
 * (maximum 10,000 €, minimum 5,000 €) 300 €; one invoice of lot B is unpaid since April.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Alerts, forecast, time series and CSV/XLSX exports read back cell by cell")
class LedgerReportsIT {

  @ArquillianResource URL base;

  private Api api;
  private Fixtures fixtures;
  private long agreement;
  private long lotA;
  private long lotB;
  private String lateVoucher;

  @BeforeEach
  void scheme() {
    api = new Api(base);
    fixtures = new Fixtures(api);
    long consortium = fixtures.consortium();
    long member = fixtures.member(consortium, "OPH", true);
    agreement = fixtures.agreement(consortium);
    lotA = fixtures.lot(agreement, fixtures.operator(false), "500", "1000");
    fixtures.priceLine(lotA, "H-JOUR", "30");
    lotB = fixtures.lot(agreement, fixtures.operator(false), "5000", "10000");
    fixtures.priceLine(lotB, "H-JOUR", "30");
    long siteA = fixtures.site(member, lotA);
    long siteB = fixtures.site(member, lotB);
    fixtures.issue(member, siteA, "H-JOUR", "30", null);
    Api.Reply b = fixtures.issue(member, siteB, "H-JOUR", "10", null);
    lateVoucher = b.json().getString("number");
    api.post(
        "/vouchers/" + b.id() + "/service-done",
        "{\"deliveredQuantities\":{\"H-JOUR\":1},\"doneOn\":\"2022-03-31\"}");
    Api.Reply invoiced =
        api.post(
            "/vouchers/" + b.id() + "/invoice",
            "{\"reference\":\"F-LATE\",\"receivedOn\":\"2022-04-01\",\"amountHt\":30.00,\"amountTtc\":36.00}");
    assertThat(invoiced.status()).as(invoiced.toString()).isEqualTo(200);
  }

  @AfterEach
  void reconciled() {
    Reconciled.check(api, agreement);
  }

  private static BigDecimal n(JsonObject o, String field) {
    return o.getJsonNumber(field).bigDecimalValue();
  }

  private JsonObject alert(JsonArray alerts, String kind) {
    return alerts.getValuesAs(JsonObject.class).stream()
        .filter(a -> a.getString("kind").equals(kind))
        .findFirst()
        .orElseThrow(() -> new AssertionError(kind + " not in " + alerts));
  }

  @Test
  void alertsSayWhatWhereTheFiguresAndSinceWhen() {
    JsonArray alerts = api.get("/alerts?on=2022-11-15&agreement=" + agreement).array();
    JsonObject threshold = alert(alerts, "MAXIMUM_THRESHOLD");
    assertThat(threshold.getJsonNumber("lotId").longValue()).isEqualTo(lotA);
    assertThat(n(threshold.getJsonObject("figures"), "sharePercent")).isEqualByComparingTo("90.0");
    assertThat(n(threshold.getJsonObject("figures"), "thresholdPercent"))
        .isEqualByComparingTo("80");
    assertThat(threshold.getString("since")).isEqualTo("2022-03-01");
    assertThat(threshold.getString("message")).contains("reste 100,00");

    // Lot B: 300 € committed by 15/11, 319 days of 365: 300 × 365 / 319 = 343,26 € < 5 000 €.
    JsonObject minimum = alert(alerts, "MINIMUM_AT_RISK");
    assertThat(minimum.getJsonNumber("lotId").longValue()).isEqualTo(lotB);
    assertThat(n(minimum.getJsonObject("figures"), "forecast")).isEqualByComparingTo("343.26");
    assertThat(minimum.getString("since")).isEqualTo("2022-11-01");
    assertThat(
            alerts.getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("kind").equals("MINIMUM_AT_RISK"))
                .count())
        .as("lot A's 900 € are above its minimum")
        .isEqualTo(1);

    assertThat(alert(alerts, "PERIOD_ENDING").getString("since")).isEqualTo("2022-10-02");

    // Due 01/05/2022, 198 days late on 15/11: 36 × 8 % × 198 / 365 = 1,56 €, and 40 €.
    JsonObject late = alert(alerts, "INVOICE_LATE");
    assertThat(late.getString("voucherNumber")).isEqualTo(lateVoucher);
    assertThat(late.getString("invoiceReference")).isEqualTo("F-LATE");
    assertThat(n(late.getJsonObject("figures"), "lateInterest")).isEqualByComparingTo("1.56");
    assertThat(n(late.getJsonObject("figures"), "flatFee")).isEqualByComparingTo("40.00");
    assertThat(late.getString("since")).isEqualTo("2022-05-02");

    JsonArray april = api.get("/alerts?on=2022-04-28&agreement=" + agreement).array();
    assertThat(alert(april, "INVOICE_DUE").getJsonObject("figures").getInt("daysLeft"))
        .isEqualTo(3);
    assertThat(api.get("/alerts").status()).isEqualTo(200);
  }

  @Test
  void theOverviewForecastsTheLotsAndTheSeriesCumulateByMonth() {
    JsonArray series = api.get("/agreements/" + agreement + "/series?by=LOT").array();
    JsonObject a =
        series.getValuesAs(JsonObject.class).stream()
            .filter(l -> l.getJsonNumber("id").longValue() == lotA)
            .findFirst()
            .orElseThrow();
    assertThat(n(a, "maximum")).isEqualByComparingTo("1000.00");
    assertThat(n(a, "minimum")).isEqualByComparingTo("500.00");
    assertThat(a.getJsonArray("points").getJsonObject(0).getString("month")).isEqualTo("2022-03");
    assertThat(n(a.getJsonArray("points").getJsonObject(0), "cumulated"))
        .isEqualByComparingTo("900.00");
    assertThat(api.get("/agreements/" + agreement + "/series?by=SITE").array()).hasSize(2);
    assertThat(api.get("/agreements/" + agreement + "/series?by=MEMBER").array()).hasSize(1);
    // The period is over: the forecast is what it committed.
    JsonObject lot =
        api
            .get("/agreements/" + agreement + "/ledger")
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(r -> r.getString("dimension").equals("LOT"))
            .filter(r -> r.getJsonNumber("id").longValue() == lotB && r.getInt("periodIndex") == 1)
            .findFirst()
            .orElseThrow();
    assertThat(n(lot, "forecastHt")).isEqualByComparingTo("300.00");
    assertThat(lot.getBoolean("minimumAtRisk")).isTrue();
  }

  @Test
  void csvExportsAreForFrenchSpreadsheets() throws Exception {
    Api.Download csv = api.download("/exports/invoices?agreement=" + agreement + "&format=csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.disposition()).contains("factures-" + agreement + ".csv");
    assertThat(csv.body()[0]).isEqualTo((byte) 0xEF);
    assertThat(csv.body()[1]).isEqualTo((byte) 0xBB);
    assertThat(csv.body()[2]).isEqualTo((byte) 0xBF);
    String text = new String(csv.body(), 3, csv.body().length - 3, StandardCharsets.UTF_8);
    List<CSVRecord> records =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .get()
            .parse(new StringReader(text))
            .getRecords();
    assertThat(records).hasSize(2);
    assertThat(records.get(0).get(0)).isEqualTo("Bon");
    assertThat(records.get(0).get(11)).isEqualTo("Échéance");
    CSVRecord invoice = records.get(1);
    assertThat(invoice.get(0)).isEqualTo(lateVoucher);
    assertThat(invoice.get(4)).isEqualTo("F-LATE");
    assertThat(invoice.get(5)).isEqualTo("01/04/2022");
    assertThat(invoice.get(6)).isEqualTo("30,00");
    assertThat(invoice.get(7)).isEqualTo("6,00");
    assertThat(invoice.get(8)).isEqualTo("36,00");
    assertThat(invoice.get(10)).isEqualTo("30");
    assertThat(invoice.get(11)).isEqualTo("01/05/2022");
    assertThat(invoice.get(12)).isEmpty();

    Api.Download late =
        api.download("/exports/invoices?agreement=" + agreement + "&late=true&format=csv");
    assertThat(new String(late.body(), StandardCharsets.UTF_8)).contains("F-LATE");

    Api.Download vouchers = api.download("/exports/vouchers?lot=" + lotA + "&format=csv");
    String list =
        new String(vouchers.body(), 3, vouchers.body().length - 3, StandardCharsets.UTF_8);
    List<CSVRecord> rows =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .get()
            .parse(new StringReader(list))
            .getRecords();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).get(1)).isEqualTo("01/03/2022");
    assertThat(rows.get(1).get(9)).isEqualTo("900,00");
    assertThat(rows.get(1).get(11)).isEqualTo("1080,00");

    Api.Reply badFormat = api.get("/exports/vouchers?format=ods");
    assertThat(badFormat.status()).isEqualTo(400);
    assertThat(api.get("/exports/consumption?agreement=987654321&format=csv").status())
        .isEqualTo(404);
    assertThat(api.get("/exports/invoices?agreement=987654321").status()).isEqualTo(404);
  }

  @Test
  void xlsxExportsHoldRealNumberAndDateCells() throws Exception {
    Api.Download xlsx =
        api.download("/exports/consumption?agreement=" + agreement + "&format=xlsx");
    assertThat(xlsx.status()).isEqualTo(200);
    assertThat(xlsx.contentType()).contains("spreadsheetml");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Niveau");
      assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Engagé HT");
      assertThat(sheet.getColumnWidth(1)).isEqualTo(40 * 256);
      Row lot = null;
      for (Row row : sheet) {
        if (row.getRowNum() > 0
            && row.getCell(0).getStringCellValue().equals("LOT")
            && row.getCell(2).getStringCellValue().equals("reconduction 1")
            && row.getCell(4).getNumericCellValue() == 1000.0) {
          lot = row;
        }
      }
      assertThat(lot).isNotNull();
      Cell committed = lot.getCell(5);
      assertThat(committed.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(committed.getNumericCellValue()).isEqualTo(900.0);
      assertThat(committed.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
      assertThat(lot.getCell(11).getNumericCellValue()).isEqualTo(100.0);
      assertThat(lot.getCell(12).getNumericCellValue()).isEqualTo(90.0);
    }
    Api.Download invoices =
        api.download("/exports/invoices?agreement=" + agreement + "&format=xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(invoices.body()))) {
      Cell received = workbook.getSheetAt(0).getRow(1).getCell(5);
      assertThat(received.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(received)).isTrue();
      assertThat(
              received.getDateCellValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate())
          .isEqualTo(LocalDate.of(2022, 4, 1));
      assertThat(workbook.getSheetAt(0).getRow(1).getCell(8).getNumericCellValue()).isEqualTo(36.0);
    }
    Api.Download list = api.download("/exports/vouchers?lot=" + lotA + "&format=xlsx");
    assertThat(list.status()).isEqualTo(200);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(list.body()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).as("a header and the lot's one voucher").isEqualTo(1);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Numéro");
      assertThat(sheet.getRow(0).getCell(9).getStringCellValue()).isEqualTo("Total HT");
      Row voucher = sheet.getRow(1);
      assertThat(voucher.getCell(0).getStringCellValue()).matches("2022-\\d{6}");
      Cell issued = voucher.getCell(1);
      assertThat(DateUtil.isCellDateFormatted(issued)).isTrue();
      assertThat(issued.getDateCellValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate())
          .isEqualTo(LocalDate.of(2022, 3, 1));
      for (int money : new int[] {9, 11}) {
        assertThat(voucher.getCell(money).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(voucher.getCell(money).getCellStyle().getDataFormatString())
            .isEqualTo("#,##0.00");
      }
      assertThat(voucher.getCell(9).getNumericCellValue()).isEqualTo(900.0);
      assertThat(voucher.getCell(11).getNumericCellValue()).isEqualTo(1080.0);
    }
  }
}
