package fr.cadre.ledger.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
    "An export's format as the API and the pages ask it: xlsx or else CSV, with its media type,"
        + " its file name and its table")
class TableFormatTest {

  private static byte[] written(TableFormat format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.write(
        out,
        "factures-7",
        t -> {
          t.header(List.of(new Table.Column("Montant", 10)));
          t.row(List.of(new BigDecimal("12.50")));
        });
    return out.toByteArray();
  }

  @Test
  void xlsxIsAskedByNameAndAnythingElseIsCsv() {
    assertThat(TableFormat.of("xlsx")).isEqualTo(TableFormat.XLSX);
    assertThat(TableFormat.of("csv")).isEqualTo(TableFormat.CSV);
    assertThat(TableFormat.of(null)).isEqualTo(TableFormat.CSV);
    assertThat(TableFormat.of("XLSX")).isEqualTo(TableFormat.CSV);
  }

  @Test
  void eachFormatHasItsMediaTypeAndItsFileName() {
    assertThat(TableFormat.CSV.mediaType()).isEqualTo("text/csv;charset=UTF-8");
    assertThat(TableFormat.XLSX.mediaType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(TableFormat.CSV.attachment("bons")).isEqualTo("attachment; filename=\"bons.csv\"");
    assertThat(TableFormat.XLSX.attachment("consommation-3"))
        .isEqualTo("attachment; filename=\"consommation-3.xlsx\"");
  }

  @Test
  void csvIsFrenchCsvAndXlsxAWorkbookWhoseSheetIsNamedAfterTheExport() throws Exception {
    byte[] csv = written(TableFormat.CSV);
    assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))
        .isEqualTo("Montant\r\n12,50\r\n");
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(written(TableFormat.XLSX)))) {
      assertThat(workbook.getSheetName(0)).isEqualTo("factures-7");
      assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getNumericCellValue()).isEqualTo(12.5);
    }
  }
}
