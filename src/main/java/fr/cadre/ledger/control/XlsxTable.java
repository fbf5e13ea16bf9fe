package fr.cadre.ledger.control;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX with real cells: amounts as numbers shown with two decimals, dates as dates, whole numbers
 * as numbers; a bold header row, frozen, and column widths. Written as a stream: only the last
 * hundred rows are held in memory, the others go to a temporary file that closing deletes.
 */
public final class XlsxTable implements Table {

  private final OutputStream out;
  private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
  private final SXSSFSheet sheet;
  private final CellStyle amount;
  private final CellStyle day;
  private final CellStyle header;
  private int next;

  public XlsxTable(OutputStream out, String sheetName) {
    this.out = out;
    this.sheet = workbook.createSheet(sheetName);
    var format = workbook.createDataFormat();
    amount = workbook.createCellStyle();
    amount.setDataFormat(format.getFormat("#,##0.00"));
    day = workbook.createCellStyle();
    day.setDataFormat(format.getFormat("dd/mm/yyyy"));
    header = workbook.createCellStyle();
    Font bold = workbook.createFont();
    bold.setBold(true);
    header.setFont(bold);
  }

  @Override
  public void header(List<Column> columns) {
    Row row = sheet.createRow(next++);
    for (int i = 0; i < columns.size(); i++) {
      Cell cell = row.createCell(i);
      cell.setCellValue(columns.get(i).header());
      cell.setCellStyle(header);
      sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
    }
    sheet.createFreezePane(0, 1);
  }

  @Override
  public void row(List<?> cells) {
    Row row = sheet.createRow(next++);
    for (int i = 0; i < cells.size(); i++) {
      Object value = cells.get(i);
      if (value == null) {
        continue;
      }
      Cell cell = row.createCell(i);
      if (value instanceof BigDecimal number) {
        cell.setCellValue(number.doubleValue());
        cell.setCellStyle(amount);
      } else if (value instanceof LocalDate date) {
        cell.setCellValue(date);
        cell.setCellStyle(day);
      } else if (value instanceof Number whole) {
        cell.setCellValue(whole.longValue());
      } else if (value instanceof Boolean flag) {
        cell.setCellValue(flag ? "oui" : "non");
      } else {
        cell.setCellValue(value.toString());
      }
    }
  }

  @Override
  public void close() throws IOException {
    try {
      workbook.write(out);
    } finally {
      workbook.close();
    }
  }
}
