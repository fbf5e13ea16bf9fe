package fr.cadre.ledger.control;

import java.io.IOException;
import java.util.List;

/**
 * A table written row by row to an export, whatever its format: a header, then rows whose cells are
 * text, amounts ({@code BigDecimal}), whole numbers or dates ({@code LocalDate}); null is an empty
 * cell.
 */
public interface Table extends AutoCloseable {

  /** A column: its header and how wide it is shown, in characters. */
  record Column(String header, int width) {}

  void header(List<Column> columns) throws IOException;

  void row(List<?> cells) throws IOException;

  @Override
  void close() throws IOException;
}
