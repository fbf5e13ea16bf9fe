package fr.cadre.ledger.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as French spreadsheets open it: UTF-8 with a byte-order mark, {@code ;} between cells, a
 * decimal comma, dates as dd/MM/yyyy, CRLF line ends.
 */
public final class CsvTable implements Table {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final Writer writer;
  private final CSVPrinter printer;

  public CsvTable(OutputStream out) throws IOException {
    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    printer =
        new CSVPrinter(
            writer, CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get());
  }

  @Override
  public void header(List<Column> columns) throws IOException {
    printer.printRecord(columns.stream().map(Column::header).toList());
  }

  @Override
  public void row(List<?> cells) throws IOException {
    List<String> texts = new ArrayList<>(cells.size());
    for (Object cell : cells) {
      texts.add(text(cell));
    }
    printer.printRecord(texts);
  }

  static String text(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof BigDecimal amount) {
      return amount.toPlainString().replace('.', ',');
    }
    if (cell instanceof LocalDate day) {
      return DAY.format(day);
    }
    return cell.toString();
  }

  @Override
  public void close() throws IOException {
    printer.flush();
    writer.flush();
  }
}
