package fr.cadre.ledger.control;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The formats an export is asked in, the same for the API and the pages: CSV for French
 * spreadsheets or XLSX, each with its media type, its file name and the {@link Table} that writes
 * it. Anything but {@code xlsx} is CSV: the API refuses other values before asking.
 */
public enum TableFormat {
  CSV(TableFormat.CSV_MEDIA_TYPE, "csv"),
  XLSX(TableFormat.XLSX_MEDIA_TYPE, "xlsx");

  /** Constants, for {@code @Produces}. */
  public static final String CSV_MEDIA_TYPE = "text/csv;charset=UTF-8";

  public static final String XLSX_MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** The body of an export, written to a table of the format asked. */
  @FunctionalInterface
  public interface Body {
    void write(Table table) throws IOException;
  }

  private final String mediaType;
  private final String extension;

  TableFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  /** The format a request names ({@code csv} or {@code xlsx}); CSV when it names none. */
  public static TableFormat of(String format) {
    return "xlsx".equals(format) ? XLSX : CSV;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The {@code Content-Disposition} of an export called {@code name}: a file to save. */
  public String attachment(String name) {
    return "attachment; filename=\"" + name + "." + extension + "\"";
  }

  /** Writes the export to {@code out}; {@code name} is also the XLSX sheet's. */
  public void write(OutputStream out, String name, Body body) throws IOException {
    try (Table table = this == XLSX ? new XlsxTable(out, name) : new CsvTable(out)) {
      body.write(table);
    }
  }
}
